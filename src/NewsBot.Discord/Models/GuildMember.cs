namespace NewsBot.Discord.Models;

/// <summary>Settable so reading it takes the source generator's setter path (see <see cref="Interaction"/>).</summary>
public sealed record GuildMember
{
    /// <summary>Absent in MESSAGE_CREATE members; present in GUILD_CREATE and interactions.</summary>
    public User? User { get; set; }
    public string? Nick { get; set; }
    public IReadOnlyList<Snowflake> Roles { get; set; } = [];
    public DateTimeOffset? JoinedAt { get; set; }
    /// <summary>The member's permissions in the interaction's channel (interactions only).</summary>
    public Permissions? Permissions { get; set; }
}
