using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsBot.GuildFeeds;

/// <summary>
/// Runs a polling round at start, every minute on the injected clock (each feed is due only every
/// <see cref="GuildFeedsOptions.PollInterval"/>), and when <see cref="FeedPollSignal"/> wakes it. A failed round is
/// logged and the next one comes as usual.
/// </summary>
internal sealed partial class FeedPollingService(FeedPoller poller, FeedPollSignal signal, TimeProvider time, ILogger<FeedPollingService> logger)
    : BackgroundService
{
    private static readonly TimeSpan Round = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        signal.Wake();
        await using var timer = time.CreateTimer(_ => signal.Wake(), null, Round, Round);
        try
        {
            while (await signal.WaitAsync(stoppingToken))
            {
                try
                {
                    await poller.PollDueAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogRoundFailed(e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Feeds: a polling round failed; the next round tries again")]
    private partial void LogRoundFailed(Exception exception);
}
