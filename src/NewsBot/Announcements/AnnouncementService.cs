using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Schedule;

namespace NewsBot.Announcements;

/// <summary>
/// Wakes at the next due step (injected clock), on a schedule change, on <see cref="IAnnouncementReplanner.Replan"/>,
/// and at least every <see cref="AnnouncementOptions.ReplanInterval"/> to pick up settings; each wake runs one
/// <see cref="AnnouncementProcessor"/> round. A failed round is logged and the loop goes on.
/// </summary>
internal sealed partial class AnnouncementService(
    AnnouncementProcessor processor,
    IStreamSchedule schedule,
    ReplanSignal replan,
    IOptions<AnnouncementOptions> options,
    TimeProvider time,
    ILogger<AnnouncementService> logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
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
                    next = await processor.RunOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    LogRoundFailed(ex);
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

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

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

    [LoggerMessage(Level = LogLevel.Error, Message = "An announcement round failed; retrying at the next wake-up")]
    private partial void LogRoundFailed(Exception exception);
}
