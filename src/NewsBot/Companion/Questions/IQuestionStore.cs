namespace NewsBot.Companion.Questions;

/// <summary>Audience questions and their votes. Votes are rows with a unique (question, member) key, so concurrent votes count exactly.</summary>
public interface IQuestionStore
{
    /// <summary>
    /// Stores a question unless the member asked the same (compared after <see cref="QuestionText.Normalize"/>) in this
    /// stream before (then it is merged into that one) or asked anything within <paramref name="cooldown"/>.
    /// </summary>
    Task<AskOutcome> AskAsync(NewQuestion question, DateTimeOffset now, TimeSpan cooldown, CancellationToken cancellationToken);

    Task<AudienceQuestion?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Every question of the stream in the guild, oldest first.</summary>
    Task<IReadOnlyList<AudienceQuestion>> ListAsync(ulong guildId, string streamKey, CancellationToken cancellationToken);

    /// <summary>Questions whose queue message, or (approved or answered) thread message, is not recorded yet.</summary>
    Task<IReadOnlyList<AudienceQuestion>> ListUnpostedAsync(CancellationToken cancellationToken);

    /// <summary>Approved or answered questions in a thread whose shown count differs from their votes.</summary>
    Task<IReadOnlyList<AudienceQuestion>> ListStaleCountsAsync(CancellationToken cancellationToken);

    /// <summary>Moves the question to <paramref name="target"/> if it is in one of <paramref name="from"/>; false otherwise.</summary>
    Task<bool> DecideAsync(long id, IReadOnlyCollection<QuestionState> from, QuestionState target, ulong decidedBy, DateTimeOffset now, CancellationToken cancellationToken);

    Task SetQueueMessageAsync(long id, ulong messageId, CancellationToken cancellationToken);

    Task SetThreadMessageAsync(long id, ulong messageId, CancellationToken cancellationToken);

    /// <summary>
    /// Records the member's vote on an approved or answered question of the guild; a second vote of the member is not
    /// counted (the votes table's primary key). The task completes once the vote is committed: votes arriving together
    /// are committed together (group commit), so a burst costs one transaction, not one each.
    /// </summary>
    Task<VoteResult> VoteAsync(VoteRequest vote, CancellationToken cancellationToken);

    Task<int> CountVotesAsync(long id, CancellationToken cancellationToken);

    Task SetShownVotesAsync(long id, int votes, CancellationToken cancellationToken);
}
