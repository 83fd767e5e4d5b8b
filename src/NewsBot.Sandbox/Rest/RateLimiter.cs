namespace NewsBot.Sandbox.Rest;

/// <summary>The state of one bucket after a request was counted.</summary>
internal readonly record struct RateDecision(bool Allowed, int Limit, int Remaining, DateTimeOffset ResetAt, TimeSpan ResetAfter);

/// <summary>A bucket and its major parameter (channel, guild, interaction or webhook token); "" for none.</summary>
internal readonly record struct RateKey(string Bucket, string Major);

/// <summary>
/// Fixed-window counters per bucket key, on the injected clock. Windows that have ended are dropped now and then:
/// every interaction token is a major parameter of its own, so keeping them all would grow without end.
/// </summary>
internal sealed class RateLimiter(TimeProvider time)
{
    private const int PruneThreshold = 1024;
    private readonly Lock _lock = new();
    private readonly Dictionary<RateKey, (DateTimeOffset Start, DateTimeOffset End, int Count)> _windows = [];
    private DateTimeOffset _nextPrune;

    /// <summary>Buckets currently held.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
                return _windows.Count;
        }
    }

    public RateDecision Acquire(RateKey key, int limit, TimeSpan period)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (_windows.Count >= PruneThreshold && now >= _nextPrune)
                Prune(now);
            if (!_windows.TryGetValue(key, out var window) || now >= window.Start + period)
                window = (now, now + period, 0);
            var allowed = window.Count < limit;
            if (allowed)
                window.Count++;
            _windows[key] = window;
            var resetAt = window.Start + period;
            return new RateDecision(allowed, limit, Math.Max(0, limit - window.Count), resetAt, resetAt - now);
        }
    }

    /// <summary>Under the lock: forgets windows that have ended (a new request starts a fresh one anyway); at most once a second.</summary>
    private void Prune(DateTimeOffset now)
    {
        _nextPrune = now + TimeSpan.FromSeconds(1);
        foreach (var (key, window) in _windows)
        {
            if (now >= window.End)
                _windows.Remove(key);
        }
    }
}
