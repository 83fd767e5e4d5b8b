using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Settings;
using NewsBot.GuildStreams;

namespace NewsBot.Announcements.Events;

/// <summary>
/// Keeps one Discord event per stream in every guild with <see cref="GuildSettings.MirrorEvents"/>: creates it,
/// updates the same event when the stream changes, cancels it when the stream is removed (or mirroring is switched off).
/// A failure (too many events, missing permission) is stored and logged, and tried again only when the stream changes
/// or after <see cref="FailedRetryAfter"/>; one guild's failure never stops another.
/// </summary>
internal sealed partial class EventMirrorReconciler(
    IStreamSchedule schedule,
    IDiscussionCatalog catalog,
    IGuildSettingsStore settingsStore,
    IMirroredEventStore store,
    IScheduledEventMirror mirror,
    IOptions<AnnouncementOptions> options,
    TimeProvider time,
    ILogger<EventMirrorReconciler> logger,
    GuildStreamCache? storedStreams = null)
{
    public static readonly TimeSpan FailedRetryAfter = TimeSpan.FromHours(1);
    private readonly DailyHousekeeping _housekeeping = new();

    public async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (storedStreams is not null)
            await storedStreams.RefreshAsync(cancellationToken);
        var streams = storedStreams?.With(schedule.Streams) ?? schedule.Streams;
        foreach (var guild in await settingsStore.ListAsync(cancellationToken))
        {
            try
            {
                var specs = guild.MirrorEvents
                    ? ScheduledEventSpecs.For(streams, catalog, now, options.Value.DefaultStreamDuration, guild.GuildId)
                    : new Dictionary<string, ScheduledEventSpec>();
                await ReconcileGuildAsync(guild, specs, now, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogGuildFailed(ex, guild.GuildId);
            }
        }

        await DeleteOldRowsAsync(now, cancellationToken);
    }

    /// <summary>
    /// Once a day, drops the rows of streams over for longer than <see cref="AnnouncementOptions.KeepFinishedFor"/>: such a
    /// stream is never wanted again and its event has ended on Discord, so a row only costs each pass a read.
    /// </summary>
    private async Task DeleteOldRowsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deleted = await _housekeeping.RunIfDueAsync(now, () => store.DeleteEndedBeforeAsync(now - options.Value.KeepFinishedFor, cancellationToken));
        if (deleted > 0)
            LogDeletedOld(deleted.Value);
    }

    private async Task ReconcileGuildAsync(
        GuildSettings guild, IReadOnlyDictionary<string, ScheduledEventSpec> wanted, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = (await store.ListAsync(guild.GuildId, cancellationToken)).ToDictionary(e => e.MirrorKey, StringComparer.Ordinal);
        foreach (var (key, spec) in wanted)
        {
            var fingerprint = ScheduledEventSpecs.Fingerprint(spec);
            existing.TryGetValue(key, out var current);
            if (current is { State: MirroredEventState.Active } && current.Fingerprint == fingerprint)
                continue;
            if (current is { State: MirroredEventState.Failed } && current.Fingerprint == fingerprint && now - current.UpdatedAt < FailedRetryAfter)
                continue;

            var result = current is { State: MirroredEventState.Active, EventId: { } eventId }
                ? await mirror.UpdateAsync(guild.GuildId, eventId, spec, cancellationToken)
                : await mirror.CreateAsync(guild.GuildId, spec, cancellationToken);
            if (result is EventMirrorResult.Failed { Kind: EventMirrorFailure.UnknownEvent })
                result = await mirror.CreateAsync(guild.GuildId, spec, cancellationToken);
            await RecordAsync(guild.GuildId, key, spec.EndsAt, fingerprint, current, result, now, cancellationToken);
        }

        var stale = existing.Values.Where(e => e.State == MirroredEventState.Active && !wanted.ContainsKey(e.MirrorKey)).ToList();
        if (stale.Count > 0)
        {
            // Another instance stores a stream (or switches mirroring on) before it mirrors it; so an event listed above that
            // this pass does not want may belong to a stream stored, or to settings saved, after this pass read them. Reading
            // both again, after the events, keeps such an event; only events of streams really removed (or of a guild that
            // really stopped mirroring) are cancelled.
            var fresh = await settingsStore.GetAsync(guild.GuildId, cancellationToken);
            if (storedStreams is not null)
                await storedStreams.RefreshAsync(cancellationToken);
            var again = fresh.MirrorEvents
                ? ScheduledEventSpecs.For(storedStreams?.With(schedule.Streams) ?? schedule.Streams, catalog, now, options.Value.DefaultStreamDuration, guild.GuildId)
                : new Dictionary<string, ScheduledEventSpec>();
            stale = [.. stale.Where(e => !again.ContainsKey(e.MirrorKey))];
        }

        foreach (var current in stale)
        {
            if (current.EndsAt <= now || current.EventId is not { } eventId)
            {
                await store.SaveAsync(current with { State = MirroredEventState.Ended, UpdatedAt = now }, cancellationToken);
                continue;
            }

            var result = await mirror.CancelAsync(guild.GuildId, eventId, cancellationToken);
            if (result is EventMirrorResult.Done or EventMirrorResult.Failed { Kind: EventMirrorFailure.UnknownEvent })
            {
                await store.SaveAsync(current with { State = MirroredEventState.Cancelled, Reason = null, UpdatedAt = now }, cancellationToken);
                LogCancelled(guild.GuildId, current.MirrorKey, eventId);
            }
            else if (result is EventMirrorResult.Failed failed)
            {
                LogFailed(guild.GuildId, current.MirrorKey, failed.Kind, failed.Reason);
            }
        }
    }

    private async Task RecordAsync(
        ulong guildId, string key, DateTimeOffset endsAt, string fingerprint, MirroredEvent? current, EventMirrorResult result,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (result)
        {
            case EventMirrorResult.Done done:
                await store.SaveAsync(new MirroredEvent(guildId, key, done.EventId, fingerprint, endsAt, MirroredEventState.Active, null, now), cancellationToken);
                LogMirrored(guildId, key, done.EventId);
                break;
            case EventMirrorResult.Failed { Kind: EventMirrorFailure.Transient } failed:
                LogFailed(guildId, key, failed.Kind, failed.Reason);
                break;
            case EventMirrorResult.Failed failed:
                var reason = failed.Kind switch
                {
                    EventMirrorFailure.TooManyEvents => $"too many scheduled events in this server (Discord error 30038): {failed.Reason}",
                    EventMirrorFailure.MissingPermission => $"missing permission Manage Events: {failed.Reason}",
                    _ => failed.Reason,
                };
                var keepEvent = current?.State == MirroredEventState.Active ? current.EventId : null;
                await store.SaveAsync(new MirroredEvent(guildId, key, keepEvent, fingerprint, endsAt, MirroredEventState.Failed, reason, now), cancellationToken);
                LogFailed(guildId, key, failed.Kind, reason);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} mirrored-event row(s) of streams over for longer than the keep time")]
    private partial void LogDeletedOld(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Guild {GuildId}: event for stream {Key} is {EventId}")]
    private partial void LogMirrored(ulong guildId, string key, ulong eventId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Guild {GuildId}: event {EventId} of removed stream {Key} cancelled")]
    private partial void LogCancelled(ulong guildId, string key, ulong eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Guild {GuildId}: event for stream {Key} failed ({Kind}): {Reason}")]
    private partial void LogFailed(ulong guildId, string key, EventMirrorFailure kind, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Guild {GuildId}: mirroring events failed unexpectedly")]
    private partial void LogGuildFailed(Exception exception, ulong guildId);
}
