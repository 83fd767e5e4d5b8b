using System.Text.Json;

namespace NewsBot.Discord.Gateway;

/// <summary>One dispatch event (op 0) as received: its name, its raw data, and the shard it came from.</summary>
public sealed record GatewayDispatch(string Name, JsonElement Data, int ShardId);

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
