namespace NewsBot.Companion.Questions;

/// <summary>
/// A member's question to the panel of one stream in one guild. <c>Votes</c> is counted from the votes table (one row per
/// member); <c>ShownVotes</c> is the count the thread message last showed; <c>SimilarTo</c> names another member's
/// question this one is close to (flagged to moderators); <c>Merged</c> counts the asker's repeats folded into it.
/// </summary>
public sealed record AudienceQuestion(
    long Id,
    string StreamKey,
    ulong GuildId,
    ulong MemberId,
    string Text,
    string? Panelist,
    QuestionState State,
    DateTimeOffset AskedAt,
    long? SimilarTo,
    int Merged,
    ulong? QueueMessageId,
    ulong? ThreadMessageId,
    int ShownVotes,
    int Votes);

public enum QuestionState
{
    Pending,
    Approved,
    Rejected,
    Answered,
}

/// <summary>A question as asked, before it is stored.</summary>
public sealed record NewQuestion(string StreamKey, ulong GuildId, ulong MemberId, string Text, string? Panelist, long? SimilarTo);

/// <summary>What came of asking: stored, folded into the asker's same question, or too soon after their last one.</summary>
public abstract record AskOutcome
{
    private AskOutcome() { }

    public sealed record Added(long Id) : AskOutcome;

    public sealed record Merged(long Id) : AskOutcome;

    public sealed record TooSoon(DateTimeOffset NextAllowedAt) : AskOutcome;
}
