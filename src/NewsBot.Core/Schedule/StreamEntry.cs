namespace NewsBot.Core.Schedule;

/// <summary>One planned livestream of a discussion. Instants are UTC; the zone is kept for display and DST-safe parsing.</summary>
/// <param name="DiscussionId">The id of the discussion document it streams.</param>
/// <param name="StartsAt">Start, in UTC.</param>
/// <param name="EndsAt">End, in UTC, if known.</param>
/// <param name="Link">Where to watch, if known.</param>
/// <param name="TimeZoneId">The IANA zone the start was given in (default Europe/Berlin).</param>
/// <param name="Owner">The guild that scheduled it from Discord (seen and announced only there), or null for a stream of the
/// shared schedule file (every guild).</param>
public sealed record StreamEntry(
    string DiscussionId,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    Uri? Link,
    string TimeZoneId,
    StreamOwner? Owner = null)
{
    /// <summary>Whether a request from <paramref name="guildId"/> (null: no guild) may see this stream.</summary>
    public bool IsVisibleTo(ulong? guildId) => Owner is null || Owner.GuildId == guildId;
}

/// <summary>Who scheduled a stream from Discord: the guild and the stored stream's key (stable across moves).</summary>
public sealed record StreamOwner(ulong GuildId, string StreamKey);
