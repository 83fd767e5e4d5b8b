namespace NewsBot.Discord.Models;

public sealed record GuildMember
{
    /// <summary>Absent in MESSAGE_CREATE members; present in GUILD_CREATE and interactions.</summary>
    public User? User { get; init; }
    public string? Nick { get; init; }
    public IReadOnlyList<Snowflake> Roles { get; init; } = [];
    public DateTimeOffset? JoinedAt { get; init; }
    /// <summary>The member's permissions in the interaction's channel (interactions only).</summary>
    public Permissions? Permissions { get; init; }
}
