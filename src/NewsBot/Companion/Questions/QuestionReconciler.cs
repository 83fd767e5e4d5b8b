namespace NewsBot.Companion.Questions;

/// <summary>
/// What a crash or a Discord outage can leave behind, caught up each companion round: questions stored but not yet in
/// the queue, approved ones not yet in their open thread, and thread messages whose shown count lags their votes.
/// Posts carry nonces, so catching up never doubles a message.
/// </summary>
internal sealed class QuestionReconciler(IQuestionStore store, QuestionPoster poster, VoteCountEditor editor)
{
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        foreach (var question in await store.ListUnpostedAsync(cancellationToken))
        {
            if (question.QueueMessageId is null)
                await poster.PostToQueueAsync(question, cancellationToken);
            await poster.PostToThreadAsync(question, cancellationToken);
        }
        foreach (var question in await store.ListStaleCountsAsync(cancellationToken))
            await editor.MarkChangedAsync(question, cancellationToken);
    }

    /// <summary>The thread's recap is posted (<paramref name="justPosted"/>: this moment): keep it current until the question window closes.</summary>
    public void WatchRecap(LiveThreadRecord thread, DateTimeOffset closesAt, bool justPosted = false) => editor.WatchRecap(thread, closesAt, justPosted);
}
