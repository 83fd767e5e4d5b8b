namespace NewsBot.Discord.Models;

public sealed record GuildScheduledEvent
{
    public Snowflake Id { get; init; }
    public Snowflake GuildId { get; init; }
    public Snowflake? ChannelId { get; init; }
    public Snowflake? CreatorId { get; init; }
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public DateTimeOffset ScheduledStartTime { get; init; }
    public DateTimeOffset? ScheduledEndTime { get; init; }
    public GuildScheduledEventPrivacyLevel PrivacyLevel { get; init; }
    public GuildScheduledEventStatus Status { get; init; }
    public GuildScheduledEventEntityType EntityType { get; init; }
    public Snowflake? EntityId { get; init; }
    public GuildScheduledEventEntityMetadata? EntityMetadata { get; init; }
}

public sealed record GuildScheduledEventEntityMetadata(string? Location);

/// <summary>POST /guilds/{guild}/scheduled-events. For external events end time and location are required.</summary>
public sealed record GuildScheduledEventCreateRequest
{
    public required string Name { get; init; }
    public GuildScheduledEventPrivacyLevel PrivacyLevel { get; init; } = GuildScheduledEventPrivacyLevel.GuildOnly;
    public required DateTimeOffset ScheduledStartTime { get; init; }
    public DateTimeOffset? ScheduledEndTime { get; init; }
    public string? Description { get; init; }
    public GuildScheduledEventEntityType EntityType { get; init; } = GuildScheduledEventEntityType.External;
    public GuildScheduledEventEntityMetadata? EntityMetadata { get; init; }
    public Snowflake? ChannelId { get; init; }
}

/// <summary>PATCH /guilds/{guild}/scheduled-events/{id}: only the set properties change.</summary>
public sealed record GuildScheduledEventModifyRequest
{
    public string? Name { get; init; }
    public DateTimeOffset? ScheduledStartTime { get; init; }
    public DateTimeOffset? ScheduledEndTime { get; init; }
    public string? Description { get; init; }
    public GuildScheduledEventEntityType? EntityType { get; init; }
    public GuildScheduledEventEntityMetadata? EntityMetadata { get; init; }
    public GuildScheduledEventStatus? Status { get; init; }
}

public enum GuildScheduledEventPrivacyLevel
{
    GuildOnly = 2,
}

public enum GuildScheduledEventStatus
{
    Scheduled = 1,
    Active = 2,
    Completed = 3,
    Canceled = 4,
}

public enum GuildScheduledEventEntityType
{
    StageInstance = 1,
    Voice = 2,
    External = 3,
}
