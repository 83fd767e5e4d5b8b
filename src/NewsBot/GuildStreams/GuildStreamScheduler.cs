using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Announcements;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Settings;

namespace NewsBot.GuildStreams;

/// <inheritdoc cref="IGuildStreamScheduler"/>
internal sealed partial class GuildStreamScheduler(
    IGuildStreamStore store,
    IGuildSettingsLookup settings,
    GuildStreamCache cache,
    IDiscussionCatalog catalog,
    IAnnouncementReplanner replanner,
    IOptions<ScheduleOptions> options,
    TimeProvider time,
    ILogger<GuildStreamScheduler> logger) : IGuildStreamScheduler
{
    public async Task<string> DefaultTimeZoneAsync(ulong guildId, CancellationToken cancellationToken) =>
        (await settings.FindAsync(guildId, cancellationToken))?.TimeZone ?? options.Value.DefaultTimeZone;

    public Task<GuildStream?> FindAsync(ulong guildId, string streamKey, CancellationToken cancellationToken) =>
        store.FindAsync(guildId, streamKey, cancellationToken);

    public async Task<GuildStreamChange> ScheduleAsync(
        ulong guildId, string discussionId, DateTimeOffset start, DateTimeOffset? end, Uri? link, string timeZoneId, ulong actor,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (catalog.Find(discussionId, guildId) is null)
            return new GuildStreamChange.Refused(GuildStreamRefusal.UnknownDiscussion);
        if (Check(start, end, timeZoneId, now) is { } refused)
            return refused;
        var limit = options.Value.MaxStreamsPerGuild;
        var stream = new GuildStream(guildId, NewKey(), discussionId, start.ToUniversalTime(), end?.ToUniversalTime(), link, timeZoneId, actor, now, actor, now);
        if (!await store.AddWithinLimitAsync(stream, limit, now, options.Value.DefaultDuration, cancellationToken))
            return new GuildStreamChange.Refused(GuildStreamRefusal.LimitReached, limit);
        LogScheduled(guildId, actor, stream.StreamKey, discussionId, stream.StartsAt);
        await AppliedAsync(cancellationToken);
        return new GuildStreamChange.Done(stream, null);
    }

    public async Task<GuildStreamChange> MoveAsync(
        ulong guildId, string streamKey, DateTimeOffset start, DateTimeOffset? end, Uri? link, string timeZoneId, ulong actor,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (await store.FindAsync(guildId, streamKey, cancellationToken) is not { } before)
            return new GuildStreamChange.Refused(GuildStreamRefusal.UnknownStream);
        if (Check(start, end, timeZoneId, now) is { } refused)
            return refused;

        var moved = before with
        {
            StartsAt = start.ToUniversalTime(), EndsAt = end?.ToUniversalTime(), Link = link, TimeZoneId = timeZoneId, UpdatedBy = actor, UpdatedAt = now,
        };
        if (!await store.UpdateAsync(moved, cancellationToken))
            return new GuildStreamChange.Refused(GuildStreamRefusal.UnknownStream);
        LogMoved(guildId, actor, streamKey, before.StartsAt, moved.StartsAt);
        await AppliedAsync(cancellationToken);
        return new GuildStreamChange.Done(moved, before);
    }

    public async Task<GuildStreamChange> CancelAsync(ulong guildId, string streamKey, ulong actor, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(guildId, streamKey, cancellationToken) is not { } before
            || !await store.RemoveAsync(guildId, streamKey, cancellationToken))
            return new GuildStreamChange.Refused(GuildStreamRefusal.UnknownStream);
        LogCancelled(guildId, actor, streamKey, before.DiscussionId, before.StartsAt);
        await AppliedAsync(cancellationToken);
        return new GuildStreamChange.Done(before, before);
    }

    private static GuildStreamChange.Refused? Check(DateTimeOffset start, DateTimeOffset? end, string timeZoneId, DateTimeOffset now)
    {
        if (start <= now)
            return new(GuildStreamRefusal.StartInThePast);
        if (end is { } e && e <= start)
            return new(GuildStreamRefusal.EndNotAfterStart);
        return StartTimeParser.IsKnownZone(timeZoneId) ? null : new(GuildStreamRefusal.UnknownTimeZone);
    }

    /// <summary>The commands see the change at once (the cache), and announcements and events re-plan.</summary>
    private async Task AppliedAsync(CancellationToken cancellationToken)
    {
        await cache.RefreshAsync(cancellationToken);
        replanner.Replan();
    }

    private static string NewKey() => Guid.NewGuid().ToString("N")[..12];

    [LoggerMessage(Level = LogLevel.Information, Message = "Guild {GuildId}: user {UserId} scheduled stream {StreamKey} of {DiscussionId} at {StartsAt:u}")]
    private partial void LogScheduled(ulong guildId, ulong userId, string streamKey, string discussionId, DateTimeOffset startsAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Guild {GuildId}: user {UserId} moved stream {StreamKey} from {From:u} to {To:u}")]
    private partial void LogMoved(ulong guildId, ulong userId, string streamKey, DateTimeOffset from, DateTimeOffset to);

    [LoggerMessage(Level = LogLevel.Information, Message = "Guild {GuildId}: user {UserId} cancelled stream {StreamKey} of {DiscussionId} at {StartsAt:u}")]
    private partial void LogCancelled(ulong guildId, ulong userId, string streamKey, string discussionId, DateTimeOffset startsAt);
}
