using NewsBot.Core.Schedule;

namespace NewsBot.GuildStreams;

/// <summary>A stream a moderator scheduled from Discord: seen and announced only in its guild.</summary>
/// <param name="GuildId">The guild it belongs to.</param>
/// <param name="StreamKey">Its id within the guild; stays when the stream is moved.</param>
/// <param name="DiscussionId">The discussion it streams (shared or the guild's own).</param>
/// <param name="StartsAt">Start, in UTC.</param>
/// <param name="EndsAt">End, in UTC, if given.</param>
/// <param name="Link">Where to watch, if given.</param>
/// <param name="TimeZoneId">The IANA zone the start was typed in.</param>
/// <param name="CreatedBy">The moderator who scheduled it.</param>
/// <param name="CreatedAt">When.</param>
/// <param name="UpdatedBy">The moderator who last moved it (else <paramref name="CreatedBy"/>).</param>
/// <param name="UpdatedAt">When.</param>
internal sealed record GuildStream(
    ulong GuildId,
    string StreamKey,
    string DiscussionId,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    Uri? Link,
    string TimeZoneId,
    ulong CreatedBy,
    DateTimeOffset CreatedAt,
    ulong UpdatedBy,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The stream as the schedule, announcements and events see it.</summary>
    public StreamEntry ToEntry() => new(DiscussionId, StartsAt, EndsAt, Link, TimeZoneId, new StreamOwner(GuildId, StreamKey));
}
