using System.Runtime.CompilerServices;
using System.Text.Json;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// One dispatch event (op 0) as received: its name, its data, and the shard it came from. The client keeps the data as
/// UTF-8 and reads its own models straight from it; <see cref="Data"/> is parsed only when someone asks for it.
/// </summary>
public sealed class GatewayDispatch
{
    private StrongBox<JsonElement>? _data;

    public GatewayDispatch(string name, JsonElement data, int shardId)
    {
        Name = name;
        ShardId = shardId;
        _data = new StrongBox<JsonElement>(data);
        Utf8Data = data.ValueKind == JsonValueKind.Undefined ? default : JsonSerializer.SerializeToUtf8Bytes(data, Json.DiscordJsonContext.Default.JsonElement);
    }

    /// <summary>From a received frame's <c>d</c>: <paramref name="utf8Data"/> must stay unchanged (the session hands over a copy).</summary>
    internal GatewayDispatch(string name, ReadOnlyMemory<byte> utf8Data, int shardId)
    {
        Name = name;
        ShardId = shardId;
        Utf8Data = utf8Data;
    }

    public string Name { get; }

    public int ShardId { get; }

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

/// <summary>Register implementations to observe gateway events (e.g. GUILD_CREATE). Keep them quick.</summary>
public interface IGatewayEventObserver
{
    ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken);
}
