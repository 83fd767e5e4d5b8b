namespace NewsBot.Discord.Rest.RateLimits;

/// <summary>Discord's per-bot global limit (requests per second), plus the pause a global 429 imposes.</summary>
internal sealed class GlobalRateLimiter(TimeProvider time, int requestsPerSecond)
{
    private readonly Lock _lock = new();
    private DateTimeOffset _windowStart;
    private int _used;
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

    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await WaitForPauseAsync(cancellationToken);
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                if (now - _windowStart >= TimeSpan.FromSeconds(1))
                {
                    _windowStart = now;
                    _used = 0;
                }
                if (_used < requestsPerSecond && _pausedUntil <= now)
                {
                    _used++;
                    return;
                }
                wait = _pausedUntil > now ? _pausedUntil - now : _windowStart + TimeSpan.FromSeconds(1) - now;
            }
            await ClockDelay.AtLeastAsync(wait, time, cancellationToken);
        }
    }
}
