using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Announcements;
using NewsBot.Settings;

namespace NewsBot.Companion.Questions;

/// <summary>
/// Keeps the question messages in a live thread showing their current state and vote count, however fast members click:
/// a change only marks the question; one pump per thread edits marked questions, each edit showing the count read from
/// the database at that moment, and never more than <see cref="CompanionOptions.EditsPerWindow"/> edits per
/// <see cref="CompanionOptions.EditWindow"/> in the thread (Discord limits edits per channel). Many votes between two
/// edits thus cost one edit.
/// </summary>
internal sealed partial class VoteCountEditor(
    IQuestionStore store, ILiveThreadStore threads, IGuildSettingsStore guildSettings, IMessageEditor editor,
    IOptions<CompanionOptions> options, TimeProvider time, ILogger<VoteCountEditor> logger) : IDisposable
{
    private readonly ConcurrentDictionary<ulong, ThreadPump> _pumps = new();
    private readonly TimeProvider _time = time;
    private readonly CompanionOptions _options = options.Value;

    // An open thread's id never changes: looked up once per stream and guild, not on every vote.
    private readonly ConcurrentDictionary<(string StreamKey, ulong GuildId), ulong> _threadIds = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Marks the question's thread message for an edit (it must be posted in an open thread).</summary>
    public async Task MarkChangedAsync(AudienceQuestion question, CancellationToken cancellationToken)
    {
        if (question.ThreadMessageId is null)
            return;
        if (!_threadIds.TryGetValue((question.StreamKey, question.GuildId), out var threadId))
        {
            if (await threads.OpenThreadAsync(question.StreamKey, question.GuildId, cancellationToken) is not { ThreadId: { } open })
                return;
            threadId = _threadIds.GetOrAdd((question.StreamKey, question.GuildId), open);
        }
        _pumps.GetOrAdd(threadId, id => new ThreadPump(this, id)).Mark(question.Id);
    }

    /// <summary>Completes when no thread has a marked question left (tests, benchmarks).</summary>
    public async Task IdleAsync(CancellationToken cancellationToken)
    {
        while (_pumps.Values.FirstOrDefault(p => p.Busy) is { } busy)
            await busy.IdleAsync(cancellationToken);
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task<bool> EditAsync(ulong threadId, long questionId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(questionId, cancellationToken) is not { ThreadMessageId: { } messageId } question)
            return true;
        var texts = QuestionTexts.For((await guildSettings.GetAsync(question.GuildId, cancellationToken)).Language);
        var result = await editor.EditAsync(threadId, messageId, QuestionMessages.InThread(question, question.Votes, texts), cancellationToken);
        switch (result)
        {
            case PublishResult.Posted:
                await store.SetShownVotesAsync(questionId, question.Votes, cancellationToken);
                return true;
            case PublishResult.TransientFailure transient:
                LogEditFailed(questionId, transient.Reason);
                return false;
            default:
                LogEditFailed(questionId, result.ToString());
                return true;
        }
    }

    /// <summary>The marked questions of one thread and the times of its recent edits.</summary>
    private sealed class ThreadPump(VoteCountEditor owner, ulong threadId)
    {
        private readonly Lock _lock = new();
        private readonly HashSet<long> _marked = [];
        // When the recent edits were made; an edit counts from when it finished (Discord counts it on arrival, which is
        // no later), so one slow edit cannot squeeze a sixth into Discord's window. One edit is in flight at a time.
        private readonly LinkedList<DateTimeOffset> _recentEdits = new();
        private TaskCompletionSource? _idle;

        public bool Busy
        {
            get
            {
                lock (_lock)
                    return _idle is not null;
            }
        }

        public void Mark(long questionId)
        {
            lock (_lock)
            {
                _marked.Add(questionId);
                if (_idle is not null)
                    return;
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            _ = Task.Run(RunAsync);
        }

        public Task IdleAsync(CancellationToken cancellationToken)
        {
            lock (_lock)
                return _idle?.Task.WaitAsync(cancellationToken) ?? Task.CompletedTask;
        }

        private async Task RunAsync()
        {
            var cancellationToken = owner._stopping.Token;
            while (true)
            {
                long next;
                TimeSpan wait;
                lock (_lock)
                {
                    if (_marked.Count == 0 || cancellationToken.IsCancellationRequested)
                    {
                        _idle!.TrySetResult();
                        _idle = null;
                        return;
                    }
                    var now = owner._time.GetUtcNow();
                    var window = owner._options.EditWindow;
                    while (_recentEdits.First is { } oldest && oldest.Value + window <= now)
                        _recentEdits.RemoveFirst();
                    wait = _recentEdits.Count < owner._options.EditsPerWindow ? TimeSpan.Zero : _recentEdits.First!.Value + window - now;
                    next = _marked.First();
                    if (wait == TimeSpan.Zero)
                    {
                        _marked.Remove(next);
                        _recentEdits.AddLast(now);
                    }
                }

                try
                {
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, owner._time, cancellationToken);
                        continue;
                    }
                    var edited = await owner.EditAsync(threadId, next, cancellationToken);
                    lock (_lock)
                        _recentEdits.Last!.Value = owner._time.GetUtcNow();
                    if (!edited)
                    {
                        Mark(next);
                        await Task.Delay(owner._options.EditWindow, owner._time, cancellationToken);
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Stopping: the counts are caught up after the restart (the shown count is stored).
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    owner.LogEditCrashed(ex, next);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The thread message of question {Id} could not be edited: {Reason}")]
    private partial void LogEditFailed(long id, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Editing the thread message of question {Id} failed unexpectedly")]
    private partial void LogEditCrashed(Exception exception, long id);
}
