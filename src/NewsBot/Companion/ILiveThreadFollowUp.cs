namespace NewsBot.Companion;

/// <summary>
/// Work that hangs on a live thread: posting questions approved before it opened, the recap once the stream is over,
/// and the CSV once the question window after the end has closed. Each call must be safe to repeat (a crash mid-way
/// runs it again after the claim lease).
/// </summary>
public interface ILiveThreadFollowUp
{
    Task ThreadOpenedAsync(LiveThreadRecord thread, CancellationToken cancellationToken);

    /// <summary>The stream is over; an outcome with a <see cref="FollowUpOutcome.MessageId"/> names the recap posted.</summary>
    Task<FollowUpOutcome> StreamEndedAsync(LiveThreadRecord thread, CancellationToken cancellationToken);

    /// <summary>No more questions may be asked (<see cref="CompanionOptions.QuestionsOpenAfterEnd"/> after the end).</summary>
    Task<FollowUpOutcome> QuestionsClosedAsync(LiveThreadRecord thread, CancellationToken cancellationToken);
}

/// <summary>Done (<see cref="Problem"/> null), failed for good, or to be tried again (<see cref="Transient"/>); a message it posted.</summary>
public sealed record FollowUpOutcome(string? Problem = null, bool Transient = false, ulong? MessageId = null)
{
    public static FollowUpOutcome Done { get; } = new();
}
