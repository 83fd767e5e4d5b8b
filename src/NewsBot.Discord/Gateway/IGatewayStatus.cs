namespace NewsBot.Discord.Gateway;

/// <summary>
/// Whether this process's gateway shards have a live session (READY or RESUMED received, connection not lost since):
/// what a readiness probe needs. Registered with the gateway (<c>AddDiscordGateway</c>).
/// </summary>
public interface IGatewayStatus
{
    /// <summary>False when <c>Discord:ConnectGateway</c> is off: this process runs no shards.</summary>
    bool Enabled { get; }

    /// <summary>The shards this process runs; 0 until Discord has told how many there are.</summary>
    int ShardCount { get; }

    /// <summary>The shards whose session is established right now.</summary>
    int ReadyShardCount { get; }
}
