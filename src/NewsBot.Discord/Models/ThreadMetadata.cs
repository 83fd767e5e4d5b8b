namespace NewsBot.Discord.Models;

/// <summary>A thread's archive state. <see cref="AutoArchiveDuration"/> is in minutes: 60, 1440, 4320 or 10080.</summary>
public sealed record ThreadMetadata
{
    public bool Archived { get; init; }
    public int AutoArchiveDuration { get; init; }
    public DateTimeOffset? ArchiveTimestamp { get; init; }
    public bool Locked { get; init; }
    public DateTimeOffset? CreateTimestamp { get; init; }
}
