namespace NewsBot.Discord.Models;

/// <summary>
/// POST /channels/{channel.id}/messages/{message.id}/threads: a public thread (type 11; in an announcement channel type 10)
/// on an existing message. The thread gets the message's id; a message carries at most one thread (error 160004).
/// </summary>
public sealed record ThreadFromMessageRequest
{
    /// <summary>1 to 100 characters.</summary>
    public required string Name { get; init; }

    /// <summary>Minutes without activity before the thread archives: 60, 1440, 4320 or 10080.</summary>
    public int? AutoArchiveDuration { get; init; }

    /// <summary>Slow mode in seconds, 0 to 21600.</summary>
    public int? RateLimitPerUser { get; init; }

    /// <summary>The durations Discord accepts for <see cref="AutoArchiveDuration"/>.</summary>
    public static IReadOnlyList<int> AutoArchiveDurations { get; } = [60, 1440, 4320, 10080];
}
