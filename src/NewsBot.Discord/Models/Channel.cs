namespace NewsBot.Discord.Models;

public sealed record Channel
{
    public Snowflake Id { get; init; }
    public ChannelType Type { get; init; }
    public Snowflake? GuildId { get; init; }
    public string? Name { get; init; }
    public int? Position { get; init; }
    public Snowflake? ParentId { get; init; }
    public IReadOnlyList<PermissionOverwrite>? PermissionOverwrites { get; init; }
    /// <summary>Threads: who started it.</summary>
    public Snowflake? OwnerId { get; init; }
    /// <summary>Threads only: archive state and auto-archive duration.</summary>
    public ThreadMetadata? ThreadMetadata { get; init; }
    /// <summary>Threads: messages in it (the starter message not counted).</summary>
    public int? MessageCount { get; init; }

    public bool IsThread => Type is ChannelType.AnnouncementThread or ChannelType.PublicThread or ChannelType.PrivateThread;
}

/// <summary>Numeric on the wire; values Discord adds later still deserialize.</summary>
public enum ChannelType
{
    GuildText = 0,
    Dm = 1,
    GuildVoice = 2,
    GroupDm = 3,
    GuildCategory = 4,
    GuildAnnouncement = 5,
    AnnouncementThread = 10,
    PublicThread = 11,
    PrivateThread = 12,
    GuildStageVoice = 13,
    GuildDirectory = 14,
    GuildForum = 15,
    GuildMedia = 16,
}

public sealed record PermissionOverwrite
{
    public Snowflake Id { get; init; }
    public PermissionOverwriteType Type { get; init; }
    public Permissions Allow { get; init; }
    public Permissions Deny { get; init; }
}

public enum PermissionOverwriteType
{
    Role = 0,
    Member = 1,
}
