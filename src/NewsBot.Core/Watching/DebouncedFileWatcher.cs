using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace NewsBot.Core.Watching;

/// <summary>
/// Keeps something read from files current: a file-system watcher whose events are debounced (a burst of writes leads to
/// one refresh, <see cref="FileWatch.Debounce"/> after its first event) and a periodic rescan as a safety net for missed
/// events. Both run on the injected <see cref="TimeProvider"/>. Refreshes never overlap: an event during a refresh leads
/// to one more refresh after the debounce; a rescan while a refresh runs is dropped, and one that finds a debounce still
/// waiting refreshes at once instead. A refresh that throws is
/// logged and the next event or rescan tries again; a watcher that fails (or a folder that appears later) is started
/// again at the next rescan.
/// </summary>
public sealed partial class DebouncedFileWatcher : IDisposable, IAsyncDisposable
{
    private readonly FileWatch _watch;
    private readonly Func<CancellationToken, Task> _refresh;
    private readonly Action<string>? _onFileEvent;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly Channel<bool> _due = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stopping = new();
    private readonly ITimer _debounceTimer;
    private readonly ITimer _rescanTimer;
    private readonly Task _loop;
    private FileSystemWatcher? _watcher;
    private bool _watchFailureLogged;
    private bool _armed;
    private bool _refreshing;
    private bool _changedWhileRefreshing;
    private bool _disposed;

    private DebouncedFileWatcher(
        FileWatch watch, Func<CancellationToken, Task> refresh, TimeProvider time, ILogger logger, Action<string>? onFileEvent)
    {
        _watch = watch;
        _refresh = refresh;
        _onFileEvent = onFileEvent;
        _logger = logger;
        _debounceTimer = time.CreateTimer(_ => _due.Writer.TryWrite(true), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _rescanTimer = time.CreateTimer(_ => Rescan(), null, watch.RescanInterval, watch.RescanInterval);
        StartWatching();
        _loop = RefreshLoopAsync(_stopping.Token);
    }

    /// <summary>
    /// Starts watching. The owner reads once itself before (at start-up); from then on <paramref name="refresh"/> is called
    /// after changes and on every rescan. <paramref name="onFileEvent"/>, if given, hears each changed path at once (also
    /// the old path of a rename), e.g. to mark it for reading again.
    /// </summary>
    public static DebouncedFileWatcher Start(
        FileWatch watch, Func<CancellationToken, Task> refresh, TimeProvider time, ILogger logger, Action<string>? onFileEvent = null)
    {
        ArgumentNullException.ThrowIfNull(watch);
        ArgumentNullException.ThrowIfNull(refresh);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        return new DebouncedFileWatcher(watch, refresh, time, logger, onFileEvent);
    }

    /// <summary>A change was noticed: refresh once the debounce has passed (the file watcher calls this for each event).</summary>
    public void Signal()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            if (_refreshing)
            {
                _changedWhileRefreshing = true;
                return;
            }

            ArmLocked();
        }
    }

    /// <summary>Stops watching and cancels a running refresh without waiting for it.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
            _watcher?.Dispose();
            _watcher = null;
        }

        _debounceTimer.Dispose();
        _rescanTimer.Dispose();
        _stopping.Cancel();
        _due.Writer.TryComplete();
    }

    /// <summary>Stops watching and waits until a running refresh has ended.</summary>
    public async ValueTask DisposeAsync()
    {
        Dispose();
        await _loop.ConfigureAwait(false);
        _stopping.Dispose();
    }

    private void ArmLocked()
    {
        if (_armed)
            return;
        _armed = true;
        if (_watch.Debounce <= TimeSpan.Zero)
            _due.Writer.TryWrite(true);
        else
            _debounceTimer.Change(_watch.Debounce, Timeout.InfiniteTimeSpan);
    }

    private void Rescan()
    {
        StartWatching();
        lock (_gate)
        {
            if (_disposed || _refreshing)
                return;
            // A debounce still waiting is overtaken: the rescan reads now, whenever the event that armed it came in
            // (even one that arrived while the clock was moving past this rescan). The channel holds one "due" at most.
            _debounceTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _armed = true;
            _due.Writer.TryWrite(true);
        }
    }

    private async Task RefreshLoopAsync(CancellationToken stopping)
    {
        try
        {
            while (await _due.Reader.WaitToReadAsync(stopping).ConfigureAwait(false))
            {
                _due.Reader.TryRead(out _);
                lock (_gate)
                {
                    _armed = false;
                    _refreshing = true;
                }

                try
                {
                    await _refresh(stopping).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stopping.IsCancellationRequested)
                {
                    LogRefreshFailed(_logger, _watch.Name, e);
                }
                finally
                {
                    lock (_gate)
                    {
                        _refreshing = false;
                        if (_changedWhileRefreshing && !_disposed)
                        {
                            _changedWhileRefreshing = false;
                            ArmLocked();
                        }
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private void StartWatching()
    {
        lock (_gate)
        {
            if (_disposed || _watcher is not null || !Directory.Exists(_watch.Directory))
                return;
            FileSystemWatcher? watcher = null;
            try
            {
                watcher = new FileSystemWatcher(_watch.Directory, _watch.Filter)
                {
                    IncludeSubdirectories = false,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                };
                watcher.Created += OnFileEvent;
                watcher.Changed += OnFileEvent;
                watcher.Deleted += OnFileEvent;
                watcher.Renamed += OnRenamed;
                watcher.Error += OnWatcherError;
                watcher.EnableRaisingEvents = true;
                _watcher = watcher;
                watcher = null;
                _watchFailureLogged = false;
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
            {
                // E.g. the inotify instance limit is reached: the rescan keeps things current, and tries the watcher again.
                if (!_watchFailureLogged)
                    LogWatchFailed(_logger, _watch.Directory, _watch.Name, e.Message);
                _watchFailureLogged = true;
            }
            finally
            {
                watcher?.Dispose();
            }
        }
    }

    private void OnFileEvent(object? sender, FileSystemEventArgs e)
    {
        _onFileEvent?.Invoke(e.FullPath);
        Signal();
    }

    private void OnRenamed(object? sender, RenamedEventArgs e)
    {
        _onFileEvent?.Invoke(e.OldFullPath);
        OnFileEvent(sender, e);
    }

    private void OnWatcherError(object? sender, ErrorEventArgs e)
    {
        // Events may have been lost (buffer overflow) or the folder went away: read everything, watch again at the next rescan.
        bool log;
        lock (_gate)
        {
            if (ReferenceEquals(_watcher, sender))
                _watcher = null;
            log = !_watchFailureLogged;
            _watchFailureLogged = true;
        }

        (sender as FileSystemWatcher)?.Dispose();
        if (log)
            LogWatchFailed(_logger, _watch.Directory, _watch.Name, e.GetException().Message);
        Signal();
    }

    [LoggerMessage(EventId = 110, Level = LogLevel.Warning, Message = "Refreshing {Name} failed; the next change or rescan retries")]
    private static partial void LogRefreshFailed(ILogger logger, string name, Exception exception);

    [LoggerMessage(EventId = 111, Level = LogLevel.Warning, Message = "Cannot watch {Directory} ({Reason}); {Name} is kept current by the periodic rescan until watching works again")]
    private static partial void LogWatchFailed(ILogger logger, string directory, string name, string reason);
}
