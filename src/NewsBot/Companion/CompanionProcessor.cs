using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Announcements;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Settings;

namespace NewsBot.Companion;

/// <summary>
/// One round of the companion: plan a thread for every posted "live now" announcement (guilds with the thread on), start
/// each on its announcement and post the panel and guiding questions there, once a stream is over post its recap (kept
/// current while questions may still be asked), and when the question window closes send the CSV. Each step is claimed
/// first (a lease in <c>live_threads</c>) and is safe to repeat after a crash: a second start on the message answers
/// with the thread it has, and every post is looked for among the bot's own messages first and carries a nonce
/// derived from its identity (see <see cref="OncePoster"/>).
/// </summary>
internal sealed partial class CompanionProcessor(
    ILiveThreadStore threads,
    IGuildSettingsStore guildSettings,
    IDiscussionCatalog catalog,
    IStreamSchedule schedule,
    ILiveThreadStarter starter,
    OncePoster poster,
    IEnumerable<ILiveThreadFollowUp> followUps,
    IOptions<CompanionOptions> options,
    IOptions<AnnouncementOptions> announcementOptions,
    TimeProvider time,
    ILogger<CompanionProcessor> logger,
    Questions.QuestionReconciler? questions = null)
{
    private readonly CompanionOptions _options = options.Value;
    private readonly ILiveThreadFollowUp[] _followUps = [.. followUps];

    /// <summary>Runs one round; returns when it next has work (a stream's end for its recap, a lease running out), or null.</summary>
    public async Task<DateTimeOffset?> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await threads.PlanFromLiveAnnouncementsAsync(now, announcementOptions.Value.DefaultStreamDuration, cancellationToken);
        if (questions is not null)
            await questions.CatchUpAsync(cancellationToken);
        var unfinished = await threads.ListUnfinishedAsync(cancellationToken);
        DateTimeOffset? next = null;
        foreach (var row in unfinished)
        {
            if (row.Recap == RecapState.Posted)
                questions?.WatchRecap(row, ClosesAt(row));
            var dueAt = row.State == LiveThreadState.Planned ? now : row.Recap == RecapState.Waiting ? row.EndsAt : ClosesAt(row);
            if (row.ClaimedAt is { } claimed && claimed + _options.ClaimLease > dueAt)
                dueAt = claimed + _options.ClaimLease;
            if (dueAt > now)
            {
                next = next is null || dueAt < next ? dueAt : next;
                continue;
            }
            try
            {
                await ProcessAsync(row, now, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The claim stays; after the lease the step is tried again (every step is safe to repeat).
                LogUnexpected(ex, row.StreamKey, row.GuildId);
                var retry = now + _options.ClaimLease;
                next = next is null || retry < next ? retry : next;
            }
        }

        return next;
    }

    private async Task ProcessAsync(LiveThreadRecord row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await threads.TryClaimAsync(row.StreamKey, row.GuildId, now, _options.ClaimLease, cancellationToken) is null)
            return;
        if (row.State == LiveThreadState.Planned)
            await StartThreadAsync(row, now, cancellationToken);
        else
            await FinishAsync(row, now, cancellationToken);
    }

    private async Task StartThreadAsync(LiveThreadRecord row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (row.EndsAt <= now)
        {
            await GiveUpAsync(row, LiveThreadState.Skipped, $"the stream ended at {row.EndsAt:u} before its thread could start", now, cancellationToken);
            return;
        }
        var discussion = catalog.Find(row.DiscussionId, row.GuildId);
        if (discussion is null)
        {
            await GiveUpAsync(row, LiveThreadState.Skipped, $"the discussion '{row.DiscussionId}' is no longer loaded", now, cancellationToken);
            return;
        }

        var started = await starter.StartAsync(row.ChannelId, row.AnnouncementMessageId, LiveThreadComposer.ThreadName(discussion),
            _options.ThreadAutoArchiveMinutes, cancellationToken);
        switch (started)
        {
            case ThreadStartResult.PermanentFailure failure:
                await GiveUpAsync(row, LiveThreadState.Failed, failure.Reason, now, cancellationToken);
                return;
            case ThreadStartResult.TransientFailure transient:
                await threads.NoteAttemptAsync(row.StreamKey, row.GuildId, transient.Reason, now, cancellationToken);
                LogRetrying(row.StreamKey, row.GuildId, transient.Reason);
                return;
        }

        var threadId = ((ThreadStartResult.Started)started).ThreadId;
        var settings = await guildSettings.GetAsync(row.GuildId, cancellationToken);
        var stream = FindStream(row.StreamKey);
        var intro = LiveThreadComposer.Intro(discussion, stream, settings.Language);
        // The thread is the stream's own: its intro is found from the thread's start, whenever an earlier attempt posted it.
        var posted = await poster.PostAsync(threadId, DateTimeOffset.UnixEpoch, new OwnMessageMark(LiveThreadComposer.IntroTitles(discussion)), intro,
            AnnouncementNonce.For($"thread|{row.StreamKey}|{row.GuildId}"), cancellationToken);
        switch (posted)
        {
            case PublishResult.Posted:
                if (await threads.MarkOpenAsync(row.StreamKey, row.GuildId, threadId, stream?.Link?.AbsoluteUri, time.GetUtcNow(), cancellationToken))
                    LogOpened(row.StreamKey, row.GuildId, threadId);
                foreach (var followUp in _followUps)
                    await followUp.ThreadOpenedAsync(row with { ThreadId = threadId, State = LiveThreadState.Open, Link = stream?.Link?.AbsoluteUri }, cancellationToken);
                break;
            case PublishResult.PermanentFailure failure:
                await GiveUpAsync(row, LiveThreadState.Failed, $"the thread was started but its intro could not be posted: {failure.Reason}", now, cancellationToken);
                break;
            case PublishResult.TransientFailure transient:
                await threads.NoteAttemptAsync(row.StreamKey, row.GuildId, transient.Reason, now, cancellationToken);
                LogRetrying(row.StreamKey, row.GuildId, transient.Reason);
                break;
        }
    }

    /// <summary>
    /// The stream is over (recap waiting: the follow-ups post the recap, then it is <c>Posted</c> with its message), or
    /// its question window has closed (recap posted: the last recap edit and the CSV, then <c>Final</c>).
    /// </summary>
    private async Task FinishAsync(LiveThreadRecord row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ended = row.Recap == RecapState.Waiting;
        string? failure = null;
        ulong? recapMessage = null;
        foreach (var followUp in _followUps)
        {
            var outcome = ended
                ? await followUp.StreamEndedAsync(row, cancellationToken)
                : await followUp.QuestionsClosedAsync(row, cancellationToken);
            if (outcome.Transient)
            {
                await threads.NoteAttemptAsync(row.StreamKey, row.GuildId, outcome.Problem ?? "", now, cancellationToken);
                LogRetrying(row.StreamKey, row.GuildId, outcome.Problem ?? "");
                return;
            }
            failure ??= outcome.Problem;
            recapMessage ??= outcome.MessageId;
        }
        var state = failure is not null ? RecapState.Failed : ended ? RecapState.Posted : RecapState.Final;
        await threads.MarkRecapAsync(row.StreamKey, row.GuildId, state, recapMessage, failure, time.GetUtcNow(), cancellationToken);
        if (state == RecapState.Posted)
            questions?.WatchRecap(row with { Recap = state, RecapMessageId = recapMessage ?? row.RecapMessageId }, ClosesAt(row), justPosted: true);
    }

    private DateTimeOffset ClosesAt(LiveThreadRecord row) => row.EndsAt + _options.QuestionsOpenAfterEnd;

    private async Task GiveUpAsync(LiveThreadRecord row, LiveThreadState state, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await threads.GiveUpAsync(row.StreamKey, row.GuildId, state, reason, now, cancellationToken))
            LogGaveUp(row.StreamKey, row.GuildId, state, reason);
    }

    private StreamEntry? FindStream(string streamKey) =>
        schedule.Streams.FirstOrDefault(s => AnnouncementKey.StreamKeyOf(s) == streamKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live thread of {StreamKey} in guild {GuildId} is open: {ThreadId}")]
    private partial void LogOpened(string streamKey, ulong guildId, ulong threadId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live thread of {StreamKey} in guild {GuildId}: {State}, {Reason}")]
    private partial void LogGaveUp(string streamKey, ulong guildId, LiveThreadState state, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live thread of {StreamKey} in guild {GuildId} will be tried again after the lease: {Reason}")]
    private partial void LogRetrying(string streamKey, ulong guildId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Live thread of {StreamKey} in guild {GuildId}: unexpected error; tried again after the lease")]
    private partial void LogUnexpected(Exception exception, string streamKey, ulong guildId);
}
