namespace NewsBot.Discord.Rest.RateLimits;

/// <summary>
/// What Discord last told us about one bucket. Requests of a bucket go one at a time. The bucket counts the requests
/// holding or waiting for it, so the last one out can retire it (see <see cref="RestRateLimiter"/>).
/// </summary>
internal sealed class RateLimitBucket(string key)
{
    private readonly Lock _lock = new();
    private int _users;
    private bool _retired;

    public SemaphoreSlim Gate { get; } = new(1, 1);
    public string Key { get; } = key;
    /// <summary>The learned bucket-id key that also maps to this state (set by the first route to name the bucket).</summary>
    public string? AliasKey { get; set; }
    public int? Remaining { get; set; }
    public DateTimeOffset ResetAt { get; set; }

    /// <summary>False once retired: the caller must look the key up again.</summary>
    public bool TryEnter()
    {
        lock (_lock)
        {
            if (_retired)
                return false;
            _users++;
            return true;
        }
    }

    /// <summary>
    /// Leaves the bucket; returns true when this was the last user and the bucket now retires, because it holds nothing a
    /// fresh bucket would not learn with its first request (no exhausted window still running).
    /// </summary>
    public bool LeaveAndTryRetire(DateTimeOffset now)
    {
        lock (_lock)
        {
            _users--;
            return TryRetireLocked(now);
        }
    }

    /// <summary>Retires an unused bucket whose window has passed (the periodic sweep of buckets left exhausted).</summary>
    public bool TryRetireIdle(DateTimeOffset now)
    {
        lock (_lock)
            return TryRetireLocked(now);
    }

    private bool TryRetireLocked(DateTimeOffset now)
    {
        if (_retired || _users > 0 || (Remaining == 0 && ResetAt > now))
            return false;
        _retired = true;
        return true;
    }
}
