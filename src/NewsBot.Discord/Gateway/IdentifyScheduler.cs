using NewsBot.Discord.Models;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Paces IDENTIFY across shards: one per <c>max_concurrency</c> bucket (<c>shard_id % max_concurrency</c>) every
/// 5 s, and none while <c>session_start_limit.remaining</c> is spent until it resets.
/// </summary>
internal sealed class IdentifyScheduler(TimeProvider time)
{
    // Discord allows one identify per bucket per 5 s, counted where it receives them: the margin absorbs the
    // difference in transit and scheduling between two identifies, which would otherwise cost an INVALID_SESSION.
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5.25);
    private readonly Lock _lock = new();
    private readonly Dictionary<int, DateTimeOffset> _nextAllowed = [];
    private int _maxConcurrency = 1;
    private int _total = int.MaxValue;
    private int _remaining = int.MaxValue;
    private DateTimeOffset _resetAt;

    public void Configure(SessionStartLimit limit)
    {
        lock (_lock)
        {
            _maxConcurrency = Math.Max(1, limit.MaxConcurrency);
            _total = limit.Total;
            _remaining = limit.Remaining;
            _resetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(limit.ResetAfter);
        }
    }

    public async ValueTask WaitTurnAsync(int shardId, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                if (_remaining <= 0 && now >= _resetAt)
                {
                    _remaining = _total;
                    _resetAt = now + TimeSpan.FromDays(1);
                }
                var key = shardId % _maxConcurrency;
                var next = _nextAllowed.GetValueOrDefault(key);
                if (_remaining <= 0)
                {
                    wait = _resetAt - now;
                }
                else if (next <= now)
                {
                    _nextAllowed[key] = now + Spacing;
                    _remaining--;
                    return;
                }
                else
                {
                    wait = next - now;
                }
            }
            await ClockDelay.AtLeastAsync(wait, time, cancellationToken);
        }
    }
}
