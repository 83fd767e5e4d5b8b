using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Schedule;

namespace NewsBot.Announcements.Events;

/// <summary>Runs the <see cref="EventMirrorReconciler"/> at start, on schedule changes, on re-plan requests and every re-plan interval.</summary>
internal sealed partial class EventMirrorService(
    EventMirrorReconciler reconciler,
    IStreamSchedule schedule,
    ReplanSignal replan,
    IOptions<AnnouncementOptions> options,
    TimeProvider time,
    ILogger<EventMirrorService> logger) : BackgroundService
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
                try
                {
                    await reconciler.ReconcileAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    LogRoundFailed(ex);
                }

                using var timer = new CancellationTokenSource(options.Value.ReplanInterval, time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timer.Token);
                try
                {
                    await _wake.WaitAsync(linked.Token);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // The interval passed.
                }
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Mirroring scheduled events failed; retrying at the next interval")]
    private partial void LogRoundFailed(Exception exception);
}
