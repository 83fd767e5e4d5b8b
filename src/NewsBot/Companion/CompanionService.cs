using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Companion;

/// <summary>
/// Runs a <see cref="CompanionProcessor"/> round at once, when a "live now" announcement is posted, when a round said it
/// has work (a stream's end), and at least every <see cref="CompanionOptions.PollInterval"/> (injected clock).
/// </summary>
internal sealed partial class CompanionService(
    CompanionProcessor processor, LiveStepSignal liveSignal, IOptions<CompanionOptions> options, TimeProvider time,
    ILogger<CompanionService> logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        liveSignal.Posted += OnLivePosted;
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
                var wakeAt = now + options.Value.PollInterval;
                if (next is { } due && due < wakeAt)
                    wakeAt = due;
                await WaitAsync(wakeAt - now, stoppingToken);
            }
        }
        finally
        {
            liveSignal.Posted -= OnLivePosted;
        }
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

    private void OnLivePosted(object? sender, EventArgs e)
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

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A companion round failed; retrying at the next wake-up")]
    private partial void LogRoundFailed(Exception exception);
}
