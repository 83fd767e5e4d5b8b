namespace NewsBot.Sandbox.Rest;

/// <summary>The state of one bucket after a request was counted.</summary>
internal readonly record struct RateDecision(bool Allowed, int Limit, int Remaining, DateTimeOffset ResetAt, TimeSpan ResetAfter);

/// <summary>Fixed-window counters per bucket key, on the injected clock.</summary>
internal sealed class RateLimiter(TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _windows = [];

    public RateDecision Acquire(string key, int limit, TimeSpan period)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (!_windows.TryGetValue(key, out var window) || now >= window.Start + period)
                window = (now, 0);
            var allowed = window.Count < limit;
            if (allowed)
                window.Count++;
            _windows[key] = window;
            var resetAt = window.Start + period;
            return new RateDecision(allowed, limit, Math.Max(0, limit - window.Count), resetAt, resetAt - now);
        }
    }
}
