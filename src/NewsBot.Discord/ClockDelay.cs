namespace NewsBot.Discord;

/// <summary>Waits on the injected clock for at least a given time.</summary>
internal static class ClockDelay
{
    /// <summary>
    /// <see cref="Task.Delay(TimeSpan, TimeProvider, CancellationToken)"/> counts whole milliseconds and drops the rest:
    /// a wait of 0.4 ms ends at once, and a loop waiting for an instant spins until the clock has passed it (for good on
    /// a clock that only a test moves). Rounded up, the wait ends at or after the instant.
    /// </summary>
    public static Task AtLeastAsync(TimeSpan wait, TimeProvider time, CancellationToken cancellationToken) =>
        Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), time, cancellationToken);
}
