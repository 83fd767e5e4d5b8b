using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Documents;
using NewsBot.Core.Documents.Sources;

namespace NewsBot.Documents;

/// <summary>
/// Reads every discussion source at start (before the bot answers), then keeps the catalog current: each source watches
/// for its own changes (the documents folder with a debounced file watcher and a periodic rescan) and has the catalog
/// read it again.
/// </summary>
internal sealed partial class DiscussionSourcesService(DiscussionCatalog catalog, ILogger<DiscussionSourcesService> logger)
    : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _watching = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await catalog.RefreshAsync(cancellationToken);
        // Started here rather than on a background thread, so every source already watches when the host has started.
        _watching = Task.WhenAll(catalog.Sources.Select(source => WatchAsync(source, _stopping.Token)));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        // Like a BackgroundService: the host's shutdown timeout (shared by every service, so it may have run out before
        // this one stops) only ends the wait; it is not an error that would fail the host's stop.
        await _watching.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task WatchAsync(IDiscussionSource source, CancellationToken stoppingToken)
    {
        try
        {
            await source.WatchAsync(ct => catalog.RefreshAsync(source, ct), stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // One source that cannot watch must not stop the bot or the other sources; what it offered stays loaded.
            LogWatchStopped(source.Name, e);
        }
    }

    [LoggerMessage(EventId = 112, Level = LogLevel.Error, Message = "Watching {Source} stopped; its discussions stay as last read")]
    private partial void LogWatchStopped(string source, Exception exception);
}
