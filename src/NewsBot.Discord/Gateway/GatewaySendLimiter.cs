namespace NewsBot.Discord.Gateway;

/// <summary>Discord allows 120 gateway sends per 60 s per connection; this waits instead of getting disconnected.</summary>
internal sealed class GatewaySendLimiter(TimeProvider time, int limit = 120, TimeSpan? window = null)
{
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly TimeSpan _window = window ?? TimeSpan.FromSeconds(60);
    private readonly Lock _lock = new();

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                while (_sent.Count > 0 && now - _sent.Peek() >= _window)
                    _sent.Dequeue();
                if (_sent.Count < limit)
                {
                    _sent.Enqueue(now);
                    return;
                }
                wait = _sent.Peek() + _window - now;
            }
            await ClockDelay.AtLeastAsync(wait, time, cancellationToken);
        }
    }
}
