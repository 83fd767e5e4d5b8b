using Microsoft.Extensions.Options;
using NewsBot.Core.Schedule;

namespace NewsBot.Announcements;

/// <summary>
/// The loop of the announcement and event-mirror services: a round at once, then the next one at the due time the
/// round returned, on a schedule change, on <see cref="IAnnouncementReplanner.Replan"/>, and at the latest after
/// <see cref="AnnouncementOptions.ReplanInterval"/> (injected clock). A failed round is reported and the loop goes on.
/// </summary>
internal sealed class ReplanLoop(
    IStreamSchedule schedule,
    ReplanSignal replan,
    IOptions<AnnouncementOptions> options,
    TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>
    /// Runs <paramref name="round"/> until <paramref name="stoppingToken"/> is cancelled; the round returns when it next
    /// wants to run (null: at the re-plan interval); <paramref name="failed"/> is told about a round that threw.
    /// </summary>
    public async Task RunAsync(
        Func<CancellationToken, Task<DateTimeOffset?>> round, Action<Exception> failed, CancellationToken stoppingToken)
    {
        schedule.Changed += OnReplan;
        replan.Requested += OnReplan;
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
                var wakeAt = now + options.Value.ReplanInterval;
                if (next is { } due && due < wakeAt)
                    wakeAt = due;
                await WaitAsync(wakeAt - now, stoppingToken);
            }
        }
        finally
        {
            schedule.Changed -= OnReplan;
            replan.Requested -= OnReplan;
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

    private void OnReplan(object? sender, EventArgs e)
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
