namespace NewsBot.Announcements;

/// <summary>
/// The loop of the background services (announcements, event mirror, companion): a round at once, then the next one at
/// the due time the round returned, when one of its <paramref name="wakeSources"/> fires (a schedule change, a re-plan
/// request, a "live now" post), and at the latest after <paramref name="interval"/> (read each round, so a changed
/// setting applies; injected clock). A failed round is reported and the loop goes on.
/// </summary>
internal sealed class ReplanLoop(IReadOnlyList<WakeSource> wakeSources, Func<TimeSpan> interval, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>
    /// Runs <paramref name="round"/> until <paramref name="stoppingToken"/> is cancelled; the round returns when it next
    /// wants to run (null: at the re-plan interval); <paramref name="failed"/> is told about a round that threw.
    /// </summary>
    public async Task RunAsync(
        Func<CancellationToken, Task<DateTimeOffset?>> round, Action<Exception> failed, CancellationToken stoppingToken)
    {
        foreach (var source in wakeSources)
            source.Subscribe(OnWake);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                DateTimeOffset? next = null;
                try
                {
                    next = await round(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    failed(ex);
                }

                var wakeAt = time.GetUtcNow() + interval();
                if (next is { } due && due < wakeAt)
                    wakeAt = due;
                await WaitUntilAsync(wakeAt, stoppingToken);
            }
        }
        finally
        {
            foreach (var source in wakeSources)
                source.Unsubscribe(OnWake);
        }
    }

    public void Dispose() => _wake.Dispose();

    private async Task WaitUntilAsync(DateTimeOffset wakeAt, CancellationToken stoppingToken)
    {
        var delay = wakeAt - time.GetUtcNow();
        if (delay <= TimeSpan.Zero)
            return;
        using var timer = new CancellationTokenSource(delay, time);
        // The clock can move on between reading it and arming the timer (an injected clock advanced by another thread,
        // or a long pause): a timer armed after the due time would wait a whole delay too long.
        if (time.GetUtcNow() >= wakeAt)
            return;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timer.Token);
        try
        {
            await _wake.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The timer fired: time for the next round.
        }
    }

    private void OnWake(object? sender, EventArgs e)
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A wake-up is already pending.
        }
        catch (ObjectDisposedException)
        {
            // Stopping.
        }
    }
}
