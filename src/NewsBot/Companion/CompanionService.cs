using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Announcements;

namespace NewsBot.Companion;

/// <summary>
/// Runs a <see cref="CompanionProcessor"/> round at each wake-up of its <see cref="ReplanLoop"/>: at once, when a "live
/// now" announcement is posted or a question changes that a recap shows, when a round said it has work (a stream's end,
/// the close of its question window), and at least every <see cref="CompanionOptions.PollInterval"/> (injected clock).
/// </summary>
internal sealed partial class CompanionService(
    CompanionProcessor processor, LiveStepSignal liveSignal, IOptions<CompanionOptions> options, TimeProvider time,
    ILogger<CompanionService> logger) : BackgroundService
{
    private readonly ReplanLoop _loop = new([WakeSource.LivePosts(liveSignal)], () => options.Value.PollInterval, time);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => _loop.RunAsync(processor.RunOnceAsync, LogRoundFailed, stoppingToken);

    public override void Dispose()
    {
        _loop.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A companion round failed; retrying at the next wake-up")]
    private partial void LogRoundFailed(Exception exception);
}
