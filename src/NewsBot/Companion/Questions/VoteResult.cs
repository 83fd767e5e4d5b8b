namespace NewsBot.Companion.Questions;

/// <summary>A member's press of the vote button, as it goes to the store.</summary>
public sealed record VoteRequest(long QuestionId, ulong GuildId, ulong MemberId, DateTimeOffset At);

/// <summary>What a vote did: counted, the member's second vote (not counted), or the question is not open for votes.</summary>
public enum VoteOutcome
{
    Counted,
    AlreadyVoted,
    QuestionGone,
}

/// <summary>The outcome and, unless the question is gone, where its message is (for the count's edit).</summary>
public sealed record VoteResult(VoteOutcome Outcome, QuestionRef? Question);

/// <summary>Just enough of a question to find its thread message: no text, no count.</summary>
public sealed record QuestionRef(long Id, string StreamKey, ulong GuildId, ulong? ThreadMessageId);
