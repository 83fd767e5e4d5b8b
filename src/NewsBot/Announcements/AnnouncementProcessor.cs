using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Settings;
using NewsBot.GuildStreams;

namespace NewsBot.Announcements;

/// <summary>
/// One round of the announcement scheduler: re-plan (add new steps, cancel planned steps that no longer exist), then
/// post every due step — claim it (posting, with its stable nonce, held by this process's <see cref="InstanceIdentity"/>)
/// before publishing, record the outcome after. A claim interrupted by a crash or stop is taken over at once when its
/// instance has restarted since, else after the claim lease. Each step runs on its own, so one guild's failure never
/// holds up another.
/// </summary>
internal sealed partial class AnnouncementProcessor(
    IStreamSchedule schedule,
    IDiscussionCatalog catalog,
    IGuildSettingsStore settingsStore,
    IAnnouncementLedger ledger,
    IAnnouncementComposer composer,
    IAnnouncementPublisher publisher,
    IOptions<AnnouncementOptions> options,
    TimeProvider time,
    ILogger<AnnouncementProcessor> logger,
    AnnouncementMetrics? metrics = null,
    GuildStreamCache? storedStreams = null,
    Companion.LiveStepSignal? liveSignal = null)
{
    private readonly AnnouncementOptions _options = options.Value;

    // Steps this instance already wrote to the ledger (with their channel), so a round only writes what is new.
    private readonly Dictionary<AnnouncementKey, ulong> _written = [];

    private readonly DailyHousekeeping _housekeeping = new();

    private readonly InstanceIdentity _identity = new(ledger, options.Value.InstanceId, logger);

    /// <summary>Runs one round; returns when the next step is due (or a dead claim can be taken over), or null when nothing is open.</summary>
    public async Task<DateTimeOffset?> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var holder = await _identity.HolderAsync(now, cancellationToken);
        var (streams, guilds, plan) = await PlanAsync(now, cancellationToken);
        var open = await ledger.ListOpenAsync(cancellationToken);
        var wanted = plan.Select(p => p.Key).ToHashSet();
        var stale = open.Where(r => r.State == AnnouncementState.Planned && !wanted.Contains(r.Key)).ToList();
        if (stale.Count > 0)
        {
            // Another instance stores a stream (or a guild's settings) before it plans the steps; so a step listed above that
            // this round's plan lacks may belong to a stream or setting stored after this round read them. Reading them again
            // now, after the steps, puts every such stream and setting into the plan, and only steps of streams really moved
            // or removed (or of steps a guild no longer wants) stay stale.
            (streams, guilds, plan) = await PlanAsync(now, cancellationToken);
            wanted = plan.Select(p => p.Key).ToHashSet();
            stale = [.. stale.Where(r => !wanted.Contains(r.Key))];
        }

        // Steps of streams that are over never come back into the plan: forget them, so the set stays small.
        foreach (var key in _written.Keys.Where(k => !wanted.Contains(k)).ToList())
            _written.Remove(key);
        foreach (var row in stale)
        {
            // A stream that is over leaves the plan too (e.g. while a step waited for a retry): say so rather than "moved".
            var endsAt = row.EndsAt ?? row.StartsAt + _options.DefaultStreamDuration;
            if (endsAt <= now)
            {
                var late = $"too late: the stream already ended at {endsAt:u}";
                if (await ledger.CancelPlannedAsync(row.Key, late, now, cancellationToken))
                    LogSkipped(row.Key, late);
                continue;
            }

            const string Reason = "cancelled: the stream was moved or removed, or the guild no longer wants this step";
            if (await ledger.CancelPlannedAsync(row.Key, Reason, now, cancellationToken))
                LogCancelled(row.Key, Reason);
        }

        var streamsByKey = streams.DistinctBy(AnnouncementKey.StreamKeyOf).ToDictionary(AnnouncementKey.StreamKeyOf);
        var guildsById = guilds.ToDictionary(g => g.GuildId);
        var due = open.Where(r => wanted.Contains(r.Key) || r.State == AnnouncementState.Posting).Where(r => IsClaimable(r, now))
            .OrderBy(r => r.DueAt).ToList();
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentPosts, CancellationToken = cancellationToken },
            async (row, token) => await ProcessGuardedAsync(row, holder, streamsByKey, guildsById, token));

        await DeleteOldFinishedStepsAsync(now, cancellationToken);
        var remaining = await ledger.ListOpenAsync(cancellationToken);
        return remaining.Count == 0 ? null : remaining.Min(ClaimableAt);
    }

    /// <summary>
    /// Reads the guilds' settings and the streams (the stored ones again, so a stream another instance stored meanwhile is in
    /// the plan and its steps do not look removed), plans them and writes the steps this instance has not written yet.
    /// </summary>
    private async Task<(IReadOnlyList<StreamEntry> Streams, List<GuildSettings> Guilds, IReadOnlyList<PlannedAnnouncement> Plan)> PlanAsync(
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var guilds = (await settingsStore.ListAsync(cancellationToken)).Where(g => g.AnnouncementChannelId is not null).ToList();
        if (storedStreams is not null)
            await storedStreams.RefreshAsync(cancellationToken);
        var streams = storedStreams?.With(schedule.Streams) ?? schedule.Streams;
        var plan = AnnouncementPlanner.Plan(streams, guilds, now, _options.DefaultStreamDuration);
        var fresh = plan.Where(p => !_written.TryGetValue(p.Key, out var channel) || channel != p.ChannelId).ToList();
        await ledger.AddPlannedAsync(fresh, now, cancellationToken);
        foreach (var step in fresh)
            _written[step.Key] = step.ChannelId;
        return (streams, guilds, plan);
    }

    /// <summary>Once a day, drops finished steps of streams over for longer than <see cref="AnnouncementOptions.KeepFinishedFor"/>.</summary>
    private async Task DeleteOldFinishedStepsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deleted = await _housekeeping.RunIfDueAsync(now, () => ledger.DeleteFinishedAsync(now - _options.KeepFinishedFor, cancellationToken));
        if (deleted > 0)
            LogDeletedFinished(deleted.Value, _options.KeepFinishedFor.TotalDays);
    }

    private bool IsClaimable(AnnouncementRecord row, DateTimeOffset now) => ClaimableAt(row) <= now;

    /// <summary>A planned row at its next attempt; a posting row at once when its holder's run is over, else after the lease.</summary>
    private DateTimeOffset ClaimableAt(AnnouncementRecord row) => row switch
    {
        { State: AnnouncementState.Posting, ClaimAbandoned: true } => row.ClaimedAt ?? row.NextAttemptAt,
        { State: AnnouncementState.Posting } => (row.ClaimedAt ?? row.NextAttemptAt) + _options.ClaimLease,
        _ => row.NextAttemptAt,
    };

    private async Task ProcessGuardedAsync(
        AnnouncementRecord row, ClaimHolder holder, Dictionary<string, StreamEntry> streams, Dictionary<ulong, GuildSettings> guilds,
        CancellationToken cancellationToken)
    {
        try
        {
            await ProcessAsync(row, holder, streams, guilds, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The row stays "posting"; after the claim lease a worker re-posts it with the same nonce.
            LogUnexpected(ex, row.Key);
        }
    }

    private async Task ProcessAsync(
        AnnouncementRecord row, ClaimHolder holder, Dictionary<string, StreamEntry> streams, Dictionary<ulong, GuildSettings> guilds,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var key = row.Key;
        if (await ledger.TryClaimAsync(key, holder, now, _options.ClaimLease, cancellationToken) is not { } claim)
            return;
        var attempt = claim.Attempt;
        if (row is { State: AnnouncementState.Posting, ClaimedAt: { } interruptedAt })
            LogTakingOver(key, row.ClaimedBy, interruptedAt, row.ClaimAbandoned ? "its process has restarted since" : "its lease ran out");

        StreamEntry? stream = null;
        GuildSettings? settings = null;
        Discussion? discussion = null;

        var repostDeadline = RepostDeadline(claim);
        var reason = attempt > 1 && now > repostDeadline
            ? $"outcome unknown: an earlier attempt (first at {claim.FirstClaimedAt:u}) may have been posted and Discord's nonce de-duplication no longer covers another; not re-posted to avoid a double"
            : WhyNotPost(row, streams, guilds, claim.FirstClaimedAt, now, out stream, out settings, out discussion);
        if (reason is not null)
        {
            if (await ledger.SkipClaimedAsync(key, holder, reason, now, cancellationToken))
            {
                LogSkipped(key, reason);
                metrics?.Skipped();
            }
            else
                LogClaimLost(key, "skipped");
            return;
        }

        var message = composer.Compose(discussion!, stream!, key.Offset, settings!, preview: false);
        PublishResult result;
        using (var timeout = new CancellationTokenSource(_options.PublishTimeout, time))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
        {
            try
            {
                result = await publisher.PublishAsync(settings!.AnnouncementChannelId!.Value, message, row.Nonce, linked.Token);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                result = new PublishResult.TransientFailure($"no answer within {_options.PublishTimeout.TotalSeconds:0} s");
            }
            catch (HttpRequestException ex)
            {
                result = new PublishResult.TransientFailure(ex.Message);
            }
        }

        now = time.GetUtcNow();
        switch (result)
        {
            case PublishResult.Posted posted:
                if (await ledger.MarkPostedAsync(key, holder, posted.MessageId, now, cancellationToken))
                {
                    LogPosted(key, posted.MessageId, attempt);
                    metrics?.Posted(key, row.DueAt, now);
                    if (key.Offset <= TimeSpan.Zero)
                        liveSignal?.Raise();
                }
                else
                    LogClaimLost(key, $"posted as message {posted.MessageId}");
                break;
            case PublishResult.PermanentFailure failure:
                await RecordFailedAsync(key, holder, failure.Reason, now, cancellationToken);
                break;
            case PublishResult.TransientFailure transient when attempt >= _options.MaxAttempts:
                await RecordFailedAsync(key, holder, $"gave up after {attempt} attempts: {transient.Reason}", now, cancellationToken);
                break;
            case PublishResult.TransientFailure transient when now >= repostDeadline:
                await RecordFailedAsync(key, holder,
                    $"gave up after {attempt} attempts: {transient.Reason}; a later retry could double an earlier post Discord's nonce no longer de-duplicates",
                    now, cancellationToken);
                break;
            case PublishResult.TransientFailure transient:
                var backoff = _options.RetryBaseDelay * Math.Pow(2, attempt - 1);
                var wanted = now + (transient.RetryAfter is { } after && after > backoff ? after : backoff);
                var next = wanted < repostDeadline ? wanted : repostDeadline;
                if (await ledger.RetryLaterAsync(key, holder, next, transient.Reason, now, cancellationToken))
                    LogRetrying(key, transient.Reason, next);
                else
                    LogClaimLost(key, $"to be retried: {transient.Reason}");
                break;
        }
    }

    /// <summary>
    /// The last moment a post of this step may start: Discord de-duplicates a nonce only for a while after the first
    /// message that carried it, and the first claim is the earliest an attempt may have gone through (a timeout or a
    /// 5xx leaves that open). A post may wait up to the publish timeout before it reaches Discord.
    /// </summary>
    private DateTimeOffset RepostDeadline(LedgerClaim claim) => claim.FirstClaimedAt + _options.NonceWindow - _options.PublishTimeout;

    private async Task RecordFailedAsync(AnnouncementKey key, ClaimHolder holder, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await ledger.MarkFailedAsync(key, holder, reason, now, cancellationToken))
        {
            LogFailed(key, reason);
            metrics?.Failed();
        }
        else
            LogClaimLost(key, $"failed: {reason}");
    }

    private string? WhyNotPost(
        AnnouncementRecord row, Dictionary<string, StreamEntry> streams, Dictionary<ulong, GuildSettings> guilds, DateTimeOffset firstClaimedAt,
        DateTimeOffset now, out StreamEntry? stream, out GuildSettings? settings, out Discussion? discussion)
    {
        settings = null;
        discussion = null;
        if (!streams.TryGetValue(row.Key.StreamKey, out stream))
            return "the stream is no longer scheduled";
        if (!guilds.TryGetValue(row.Key.GuildId, out settings) || !settings.ReminderOffsets.Contains(row.Key.Offset))
            return "the guild no longer wants this step";
        discussion = catalog.Find(stream.DiscussionId, row.Key.GuildId);
        if (discussion is null)
            return $"the discussion '{stream.DiscussionId}' is no longer loaded";
        var endsAt = stream.EndsAt ?? stream.StartsAt + _options.DefaultStreamDuration;
        return CatchUpRule.WhyNotPost(row.Key.Offset, row.DueAt, stream.StartsAt, endsAt, firstClaimedAt, now, _options.CatchUpWindow);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Announcement {Key} posted as message {MessageId} (attempt {Attempt})")]
    private partial void LogPosted(AnnouncementKey key, ulong messageId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Announcement {Key} skipped: {Reason}")]
    private partial void LogSkipped(AnnouncementKey key, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Announcement {Key} {Reason}")]
    private partial void LogCancelled(AnnouncementKey key, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Announcement {Key} failed and will not be retried: {Reason}")]
    private partial void LogFailed(AnnouncementKey key, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Announcement {Key} will be retried at {Next}: {Reason}")]
    private partial void LogRetrying(AnnouncementKey key, string reason, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Information, Message = "Announcement {Key}: taking over the claim of {Holder} from {ClaimedAt} ({Why}); posting again with the same nonce")]
    private partial void LogTakingOver(AnnouncementKey key, ClaimHolder? holder, DateTimeOffset claimedAt, string why);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Announcement {Key}: another worker took over this claim before its outcome ({Outcome}) was recorded; the outcome is left to that worker")]
    private partial void LogClaimLost(AnnouncementKey key, string outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Announcement {Key}: unexpected error; it is retried with the same nonce after the claim lease (at once after a restart)")]
    private partial void LogUnexpected(Exception exception, AnnouncementKey key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} finished announcement step(s) of streams over for more than {Days} days")]
    private partial void LogDeletedFinished(int count, double days);
}
