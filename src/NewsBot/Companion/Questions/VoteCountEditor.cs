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
/// edits thus cost one edit. The thread's recap, while questions may still be asked after the end, is one more item
/// of the same pump (it shares the thread's edit budget): asking, moderating and voting mark it, and its edit shows
/// the recap rendered at that moment. Marked items are edited in the order they were first marked.
/// </summary>
internal sealed partial class VoteCountEditor(
    IQuestionStore store, ILiveThreadStore threads, IGuildSettingsStore guildSettings, IMessageEditor editor,
    IOptions<CompanionOptions> options, TimeProvider time, ILogger<VoteCountEditor> logger, RecapRenderer? recaps = null) : IDisposable
{
    /// <summary>The pump's key for the thread's recap (question ids start at 1).</summary>
    private const long RecapKey = 0;

    private readonly ConcurrentDictionary<ulong, ThreadPump> _pumps = new();
    private readonly TimeProvider _time = time;
    private readonly CompanionOptions _options = options.Value;

    // An open thread's id never changes: looked up once per stream and guild, not on every vote.
    private readonly ConcurrentDictionary<(string StreamKey, ulong GuildId), ulong> _threadIds = new();
    private readonly CancellationTokenSource _stopping = new();

    // Recaps kept current, by stream and guild, until their question window closes.
    private readonly ConcurrentDictionary<(string StreamKey, ulong GuildId), (LiveThreadRecord Thread, DateTimeOffset ClosesAt)> _recaps = new();

    /// <summary>Marks the question's thread message for an edit (it must be posted in an open thread).</summary>
    public Task MarkChangedAsync(AudienceQuestion question, CancellationToken cancellationToken) =>
        MarkChangedAsync(new QuestionRef(question.Id, question.StreamKey, question.GuildId, question.ThreadMessageId), cancellationToken);

    /// <summary>Marks the question's thread message for an edit (it must be posted in an open thread).</summary>
    public async Task MarkChangedAsync(QuestionRef question, CancellationToken cancellationToken)
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

    /// <summary>
    /// Keeps the posted recap of <paramref name="thread"/> current until <paramref name="closesAt"/>. Unless it was just
    /// posted (<paramref name="current"/>), the first call in this process marks it at once: what changed while no
    /// process watched it shows.
    /// </summary>
    public void WatchRecap(LiveThreadRecord thread, DateTimeOffset closesAt, bool current = false)
    {
        if (recaps is null || thread is not { ThreadId: not null, RecapMessageId: not null })
            return;
        var key = (thread.StreamKey, thread.GuildId);
        var added = _recaps.TryAdd(key, (thread, closesAt));
        if (!added)
            _recaps[key] = (thread, closesAt);
        else if (!current)
            MarkRecapChanged(thread.StreamKey, thread.GuildId);
    }

    /// <summary>A question of the stream was asked, moderated or voted on: its recap, if watched and still open, gets an edit.</summary>
    public void MarkRecapChanged(string streamKey, ulong guildId)
    {
        if (_recaps.TryGetValue((streamKey, guildId), out var watched) && _time.GetUtcNow() < watched.ClosesAt)
            _pumps.GetOrAdd(watched.Thread.ThreadId!.Value, id => new ThreadPump(this, id)).MarkRecap(watched.Thread, null);
    }

    /// <summary>
    /// Stops watching the recap and edits it once more, within the thread's edit budget; true once that edit is done
    /// (or failed for good), false when it did not go through within a few edit windows (try again later).
    /// </summary>
    public async Task<bool> EditRecapNowAsync(LiveThreadRecord thread, CancellationToken cancellationToken)
    {
        _recaps.TryRemove((thread.StreamKey, thread.GuildId), out _);
        if (recaps is null || thread is not { ThreadId: { } threadId, RecapMessageId: not null })
            return true;
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pumps.GetOrAdd(threadId, id => new ThreadPump(this, id)).MarkRecap(thread, done);
        try
        {
            return await done.Task.WaitAsync(_options.EditWindow * 4, _time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return false;
        }
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

    private async Task<bool> EditRecapAsync(ulong threadId, LiveThreadRecord thread, CancellationToken cancellationToken)
    {
        var recap = await recaps!.RenderAsync(thread, cancellationToken);
        var result = await editor.EditAsync(threadId, thread.RecapMessageId!.Value, recap.Message, cancellationToken);
        if (result is PublishResult.Posted)
            return true;
        LogRecapEditFailed(thread.StreamKey, result.ToString());
        return result is not PublishResult.TransientFailure;
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

    /// <summary>The marked items (questions, the recap) of one thread, in the order marked, and the times of its recent edits.</summary>
    private sealed class ThreadPump(VoteCountEditor owner, ulong threadId)
    {
        private readonly Lock _lock = new();
        private readonly HashSet<long> _marked = [];
        private readonly Queue<long> _order = new();
        private LiveThreadRecord? _recap;
        private readonly List<TaskCompletionSource<bool>> _recapWaiters = [];
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

        public void Mark(long key)
        {
            lock (_lock)
            {
                if (_marked.Add(key))
                    _order.Enqueue(key);
                if (_idle is not null)
                    return;
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            _ = Task.Run(RunAsync);
        }

        public void MarkRecap(LiveThreadRecord thread, TaskCompletionSource<bool>? done)
        {
            lock (_lock)
            {
                _recap = thread;
                if (done is not null)
                    _recapWaiters.Add(done);
            }
            Mark(RecapKey);
        }

        public Task IdleAsync(CancellationToken cancellationToken)
        {
            lock (_lock)
                return _idle?.Task.WaitAsync(cancellationToken) ?? Task.CompletedTask;
        }

        /// <summary>Edits the recap as it stands now; the callers waiting for an edit that started after they marked it learn the outcome.</summary>
        private async Task<bool> EditRecapAsync(CancellationToken cancellationToken)
        {
            LiveThreadRecord thread;
            TaskCompletionSource<bool>[] waiters;
            lock (_lock)
            {
                thread = _recap!;
                waiters = [.. _recapWaiters];
                _recapWaiters.Clear();
            }
            var edited = await owner.EditRecapAsync(threadId, thread, cancellationToken);
            if (edited)
            {
                foreach (var waiter in waiters)
                    waiter.TrySetResult(true);
            }
            else
            {
                lock (_lock)
                    _recapWaiters.AddRange(waiters);
            }
            return edited;
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
                    next = _order.Peek();
                    if (wait == TimeSpan.Zero)
                    {
                        _order.Dequeue();
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
                    var edited = next == RecapKey ? await EditRecapAsync(cancellationToken) : await owner.EditAsync(threadId, next, cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The recap of {StreamKey} could not be edited: {Reason}")]
    private partial void LogRecapEditFailed(string streamKey, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Editing the thread message of question {Id} failed unexpectedly")]
    private partial void LogEditCrashed(Exception exception, long id);
}
