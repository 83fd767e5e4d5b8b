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
    private readonly ReplanLoop _loop = new(
        [WakeSource.ScheduleChanges(schedule), WakeSource.Replans(replan)], () => options.Value.ReplanInterval, time);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => _loop.RunAsync(RoundAsync, LogRoundFailed, stoppingToken);

    public override void Dispose()
    {
        _loop.Dispose();
        base.Dispose();
    }

    /// <summary>One reconciliation; the next one comes at the re-plan interval or an earlier wake-up.</summary>
    private async Task<DateTimeOffset?> RoundAsync(CancellationToken cancellationToken)
    {
        await reconciler.ReconcileAsync(cancellationToken);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Mirroring scheduled events failed; retrying at the next interval")]
    private partial void LogRoundFailed(Exception exception);
}
