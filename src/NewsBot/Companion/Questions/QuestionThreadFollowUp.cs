namespace NewsBot.Companion.Questions;

/// <summary>When the live thread opens, questions approved before it go in; each round catches up what is left.</summary>
internal sealed class QuestionThreadFollowUp(IQuestionStore store, QuestionPoster poster) : ILiveThreadFollowUp
{
    public async Task ThreadOpenedAsync(LiveThreadRecord thread, CancellationToken cancellationToken)
    {
        foreach (var question in await store.ListAsync(thread.GuildId, thread.StreamKey, cancellationToken))
            await poster.PostToThreadAsync(question, cancellationToken);
    }

    public Task<FollowUpOutcome> StreamEndedAsync(LiveThreadRecord thread, CancellationToken cancellationToken) => Task.FromResult(FollowUpOutcome.Done);

    public Task<FollowUpOutcome> QuestionsClosedAsync(LiveThreadRecord thread, CancellationToken cancellationToken) => Task.FromResult(FollowUpOutcome.Done);
}
