namespace NewsBot.Discord.Models;

/// <summary>GET /gateway/bot.</summary>
public sealed record GatewayBotInfo
{
    public string Url { get; init; } = "";
    public int Shards { get; init; } = 1;
    public SessionStartLimit SessionStartLimit { get; init; } = new();
}

public sealed record SessionStartLimit
{
    public int Total { get; init; } = 1000;
    public int Remaining { get; init; } = 1000;
    /// <summary>Milliseconds until <see cref="Remaining"/> resets.</summary>
    public long ResetAfter { get; init; }
    public int MaxConcurrency { get; init; } = 1;
}

public sealed record Application
{
    public Snowflake Id { get; init; }
    public string? Name { get; init; }
    public long? Flags { get; init; }
}
