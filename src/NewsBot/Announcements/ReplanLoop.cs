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

                var now = time.GetUtcNow();
                var wakeAt = now + interval();
                if (next is { } due && due < wakeAt)
                    wakeAt = due;
                await WaitAsync(wakeAt - now, stoppingToken);
            }
        }
        finally
        {
            foreach (var source in wakeSources)
                source.Unsubscribe(OnWake);
        }
    }

    public void Dispose() => _wake.Dispose();

    private async Task WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        if (delay <= TimeSpan.Zero)
            return;
        using var timer = new CancellationTokenSource(delay, time);
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
