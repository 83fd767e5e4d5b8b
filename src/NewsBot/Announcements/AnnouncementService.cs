using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Schedule;

namespace NewsBot.Announcements;

/// <summary>
/// Runs one <see cref="AnnouncementProcessor"/> round at each wake-up of its <see cref="ReplanLoop"/>: at the next due
/// step, on a schedule change, on <see cref="IAnnouncementReplanner.Replan"/>, and at least every
/// <see cref="AnnouncementOptions.ReplanInterval"/> to pick up settings. A failed round is logged and the loop goes on.
/// </summary>
internal sealed partial class AnnouncementService(
    AnnouncementProcessor processor,
    IStreamSchedule schedule,
    ReplanSignal replan,
    IOptions<AnnouncementOptions> options,
    TimeProvider time,
    ILogger<AnnouncementService> logger) : BackgroundService
{
    private readonly ReplanLoop _loop = new(
        [WakeSource.ScheduleChanges(schedule), WakeSource.Replans(replan)], () => options.Value.ReplanInterval, time);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _loop.RunAsync(processor.RunOnceAsync, LogRoundFailed, stoppingToken);

    public override void Dispose()
    {
        _loop.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An announcement round failed; retrying at the next wake-up")]
    private partial void LogRoundFailed(Exception exception);
}
