namespace NewsBot.Companion;

/// <summary>
/// Work that hangs on a live thread: posting questions approved before it opened, and the recap once the stream is over.
/// Each call must be safe to repeat (a crash mid-way runs it again after the claim lease).
/// </summary>
public interface ILiveThreadFollowUp
{
    Task ThreadOpenedAsync(LiveThreadRecord thread, CancellationToken cancellationToken);

    Task<FollowUpOutcome> StreamEndedAsync(LiveThreadRecord thread, Core.Schedule.StreamEntry? stream, CancellationToken cancellationToken);
}

/// <summary>Done (<see cref="Problem"/> null), failed for good, or to be tried again (<see cref="Transient"/>).</summary>
public sealed record FollowUpOutcome(string? Problem = null, bool Transient = false)
{
    public static FollowUpOutcome Done { get; } = new();
}
