namespace NewsBot.Discord.Models;

/// <summary>A guild as GUILD_CREATE delivers it (with roles, channels and at least the bot's own member).</summary>
public sealed record Guild
{
    public Snowflake Id { get; init; }
    public string Name { get; init; } = "";
    public Snowflake OwnerId { get; init; }
    public string? PreferredLocale { get; init; }
    public bool? Unavailable { get; init; }
    public IReadOnlyList<Role> Roles { get; init; } = [];
    public IReadOnlyList<Channel>? Channels { get; init; }
    public IReadOnlyList<GuildMember>? Members { get; init; }
}

/// <summary>GUILD_DELETE, and the guild stubs in READY.</summary>
public sealed record UnavailableGuild
{
    public Snowflake Id { get; init; }
    public bool? Unavailable { get; init; }
}
