using System.Diagnostics.CodeAnalysis;

namespace NewsBot.Discord.Rest.RateLimits;

/// <summary>
/// Discord's per-bot global limit (requests per second), plus the pause a global 429 imposes. A request holds one of
/// the second's slots from before it is sent until a second after its response arrived. Discord counts a request when
/// it arrives, which is between those two moments, so no 1-second window of Discord's can ever see more requests than
/// there are slots, whatever the network delays — a window counted from send times alone could (a fan-out to 1,000
/// servers met 339 global 429s). The cost is the round trip: a slot serves one request per second plus its latency.
/// Waiters take turns (first come, first served); only the one whose turn it is sleeps on the clock.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "The turn semaphore never creates a wait handle (AvailableWaitHandle is not read).")]
internal sealed class GlobalRateLimiter(TimeProvider time, int requestsPerSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _turn = new(1, 1);

    // When each returned slot becomes free again, oldest first (the clock only moves forward).
    private readonly Queue<DateTimeOffset> _freeAt = new();
    private int _free = requestsPerSecond;
    private TaskCompletionSource _returned = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset _pausedUntil;

    public void PauseUntil(DateTimeOffset until)
    {
        lock (_lock)
        {
            if (until > _pausedUntil)
                _pausedUntil = until;
        }
    }

    /// <summary>Waits while a global 429 is in force; used by exempt routes too.</summary>
    public async ValueTask WaitForPauseAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
                wait = _pausedUntil - time.GetUtcNow();
            if (wait <= TimeSpan.Zero)
                return;
            await ClockDelay.AtLeastAsync(wait, time, cancellationToken);
        }
    }

    /// <summary>Takes a slot (waiting for one and for any pause); give it back with <see cref="Return"/> once the response is in.</summary>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                await WaitForPauseAsync(cancellationToken);
                Task? returned = null;
                TimeSpan wait;
                lock (_lock)
                {
                    var now = time.GetUtcNow();
                    while (_freeAt.TryPeek(out var at) && at <= now)
                    {
                        _freeAt.Dequeue();
                        _free++;
                    }
                    if (_pausedUntil > now)
                        continue;
                    if (_free > 0)
                    {
                        _free--;
                        return;
                    }
                    // Every slot is in flight: the next one frees a second after some response arrives.
                    if (_freeAt.TryPeek(out var next))
                        wait = next - now;
                    else
                    {
                        wait = TimeSpan.Zero;
                        returned = _returned.Task;
                    }
                }
                if (returned is not null)
                    await returned.WaitAsync(cancellationToken);
                else
                    await ClockDelay.AtLeastAsync(wait, time, cancellationToken);
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Gives back the slot of a request whose response arrived now (or that failed); it is free again a second later.</summary>
    public void Return()
    {
        TaskCompletionSource returned;
        lock (_lock)
        {
            _freeAt.Enqueue(time.GetUtcNow() + Window);
            returned = _returned;
            _returned = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        returned.TrySetResult();
    }
}
