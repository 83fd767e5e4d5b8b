using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Documents;

namespace NewsBot.Documents;

/// <summary>
/// Loads the documents at start, then keeps the catalog current: a file watcher (debounced) for quick pick-up
/// and a periodic rescan on the injected <see cref="TimeProvider"/> as a safety net.
/// </summary>
internal sealed partial class DocumentWatchService(
    DiscussionCatalog catalog,
    IOptions<DocumentsOptions> options,
    TimeProvider timeProvider,
    ILogger<DocumentWatchService> logger) : BackgroundService
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await catalog.RefreshAsync(cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogRefreshFailed(logger, e);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var watcher = CreateWatcher(catalog.Folder);
        var rescans = RescanLoopAsync(stoppingToken);
        try
        {
            while (await _signals.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(options.Value.Debounce, timeProvider, stoppingToken);
                while (_signals.Reader.TryRead(out _))
                {
                }

                try
                {
                    await catalog.RefreshAsync(stoppingToken);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    LogRefreshFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await rescans;
    }

    private async Task RescanLoopAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RescanInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                _signals.Writer.TryWrite(true);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private FileSystemWatcher? CreateWatcher(string folder)
    {
        if (!Directory.Exists(folder))
            return null;
        var watcher = new FileSystemWatcher(folder, "*.txt")
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Created += OnFileEvent;
        watcher.Changed += OnFileEvent;
        watcher.Deleted += OnFileEvent;
        watcher.Renamed += (_, e) =>
        {
            catalog.Invalidate(e.OldFullPath);
            OnFileEvent(null, e);
        };
        watcher.Error += (_, _) => _signals.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void OnFileEvent(object? sender, FileSystemEventArgs e)
    {
        catalog.Invalidate(e.FullPath);
        _signals.Writer.TryWrite(true);
    }

    [LoggerMessage(EventId = 110, Level = LogLevel.Warning, Message = "Refreshing the documents failed; the next change or rescan retries")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
