using System.Runtime.CompilerServices;
using System.Text.Json;
using NewsBot.Discord.Gateway.Events;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// One dispatch event (op 0) as received: its name, its data, the shard it came from, and its typed <see cref="Event"/>
/// when the client has a type for it. The data stays UTF-8; <see cref="Data"/> is parsed only when someone asks for it.
/// </summary>
public sealed class GatewayDispatch
{
    private StrongBox<JsonElement>? _data;

    /// <summary>From a received frame's <c>d</c>: <paramref name="utf8Data"/> must stay unchanged (the session hands over a copy).</summary>
    internal GatewayDispatch(string name, ReadOnlyMemory<byte> utf8Data, int shardId, GatewayEvent? gatewayEvent)
    {
        Name = name;
        ShardId = shardId;
        Utf8Data = utf8Data;
        Event = gatewayEvent;
    }

    public string Name { get; }

    public int ShardId { get; }

    /// <summary>The event read once on arrival (see <see cref="GatewayEventReader"/>); null when the client has no type for it.</summary>
    public GatewayEvent? Event { get; }

    /// <summary>The event's <c>d</c>, parsed on first use (an undefined element when the frame had none).</summary>
    public JsonElement Data => (_data ??= new StrongBox<JsonElement>(Utf8Data.IsEmpty ? default : JsonElement.Parse(Utf8Data.Span))).Value;

    /// <summary>The event's <c>d</c> as received.</summary>
    internal ReadOnlyMemory<byte> Utf8Data { get; }
}

/// <summary>Where a session delivers dispatches, in order. Must return quickly: it runs on the receive loop.</summary>
internal interface IGatewayDispatchSink
{
    ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken);
}

/// <summary>
/// Observes every dispatch as received, those without a type included (see <see cref="GatewayDispatch.Data"/>). For the
/// typed ones prefer <see cref="IGatewayEventObserver{TEvent}"/>. Register as a singleton and keep it quick.
/// </summary>
public interface IGatewayDispatchObserver
{
    ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken);
}
