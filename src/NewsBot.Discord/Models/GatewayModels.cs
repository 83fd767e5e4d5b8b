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

public sealed record ReadyEvent
{
    public int V { get; init; }
    public User User { get; init; } = new();
    public IReadOnlyList<UnavailableGuild> Guilds { get; init; } = [];
    public string SessionId { get; init; } = "";
    public string ResumeGatewayUrl { get; init; } = "";
    public IReadOnlyList<int>? Shard { get; init; }
    public Application Application { get; init; } = new();
}

public sealed record GuildRoleEvent
{
    public Snowflake GuildId { get; init; }
    public Role Role { get; init; } = new();
}

public sealed record GuildRoleDeleteEvent
{
    public Snowflake GuildId { get; init; }
    public Snowflake RoleId { get; init; }
}

public sealed record GuildMemberUpdateEvent
{
    public Snowflake GuildId { get; init; }
    public User User { get; init; } = new();
    public IReadOnlyList<Snowflake> Roles { get; init; } = [];
    public string? Nick { get; init; }
}
