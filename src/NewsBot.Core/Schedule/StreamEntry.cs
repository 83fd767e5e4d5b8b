namespace NewsBot.Core.Schedule;

/// <summary>One planned livestream of a discussion. Instants are UTC; the zone is kept for display and DST-safe parsing.</summary>
/// <param name="DiscussionId">The id of the discussion document it streams.</param>
/// <param name="StartsAt">Start, in UTC.</param>
/// <param name="EndsAt">End, in UTC, if known.</param>
/// <param name="Link">Where to watch, if known.</param>
/// <param name="TimeZoneId">The IANA zone the start was given in (default Europe/Berlin).</param>
public sealed record StreamEntry(
    string DiscussionId,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    Uri? Link,
    string TimeZoneId);
