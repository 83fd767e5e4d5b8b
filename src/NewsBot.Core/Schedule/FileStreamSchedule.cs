using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Documents;
using NewsBot.Core.Watching;

namespace NewsBot.Core.Schedule;

/// <summary>
/// The schedule read from <see cref="ScheduleOptions.File"/>: reloaded when the file changes (a
/// <see cref="DebouncedFileWatcher"/>: debounced file events plus a periodic check on the injected clock) and re-validated
/// when the discussion catalog changes. A broken file keeps the last good schedule and logs why. The file is shared by
/// every guild, so its streams name shared discussions.
/// </summary>
public sealed partial class FileStreamSchedule : IStreamSchedule, IHostedService, IDisposable
{
    private readonly IDiscussionCatalog _catalog;
    private readonly ScheduleOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<FileStreamSchedule> _logger;
    private readonly Lock _gate = new();
    private IReadOnlyList<StreamEntry> _streams = [];
    private string? _lastRejectedReason;
    private string? _lastGoodJson;
    private string? _lastLoggedJson;
    private IReadOnlyList<string> _lastLoggedWarnings = [];
    private DebouncedFileWatcher? _watcher;

    public FileStreamSchedule(
        IDiscussionCatalog catalog, IOptions<ScheduleOptions> options, TimeProvider time, ILogger<FileStreamSchedule> logger)
    {
        _catalog = catalog;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _catalog.Changed += OnCatalogChanged;
    }

    public IReadOnlyList<StreamEntry> Streams => Volatile.Read(ref _streams);

    public event EventHandler? Changed;

    private string FullPath => Path.GetFullPath(_options.File);

    /// <summary>
    /// Reads the file now; returns what it found. The schedule changes only when the file parsed; while it is broken,
    /// the last good file's entries stay in use but are checked again against the loaded documents and the clock, so
    /// a stream whose document was deleted is dropped. What a read yields is logged whenever the file's content or that
    /// outcome changed, also when every entry was left out.
    /// </summary>
    public ScheduleParseResult Reload()
    {
        ScheduleParseResult result;
        bool changed;
        lock (_gate)
        {
            string? json = null;
            try
            {
                json = File.ReadAllText(FullPath);
                result = Parse(json);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                result = new ScheduleParseResult.Rejected([$"cannot read {FullPath}: {ex.Message}"]);
            }

            if (result is ScheduleParseResult.Parsed parsed)
            {
                _lastRejectedReason = null;
                _lastGoodJson = json;
                changed = Apply(parsed, json!);
            }
            else
            {
                changed = RecheckLastGood();
                ReportRejected((ScheduleParseResult.Rejected)result);
            }
        }

        if (changed)
            Changed?.Invoke(this, EventArgs.Empty);
        return result;
    }

    private ScheduleParseResult Parse(string json) =>
        StreamScheduleParser.Parse(json, _options.DefaultTimeZone, id => _catalog.Find(id, guildId: null) is not null, _time.GetUtcNow(), _options.DefaultDuration);

    /// <summary>While the file is broken: the last good file's entries, checked again against documents and clock.</summary>
    private bool RecheckLastGood() =>
        _lastGoodJson is { } good && Parse(good) is ScheduleParseResult.Parsed parsed && Apply(parsed, good);

    /// <summary>Takes the parsed streams; logs what the read yielded unless it is the same content with the same outcome.</summary>
    private bool Apply(ScheduleParseResult.Parsed parsed, string json)
    {
        var changed = !parsed.Streams.SequenceEqual(_streams);
        if (changed)
            Volatile.Write(ref _streams, parsed.Streams);
        if (changed || json != _lastLoggedJson || !parsed.Warnings.SequenceEqual(_lastLoggedWarnings))
        {
            _lastLoggedJson = json;
            _lastLoggedWarnings = parsed.Warnings;
            foreach (var warning in parsed.Warnings)
                LogEntryLeftOut(_options.File, warning);
            LogLoaded(parsed.Streams.Count, _options.File);
        }
        return changed;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Reload();
        var watch = new FileWatch(
            _options.File, Path.GetDirectoryName(FullPath) ?? FullPath, Path.GetFileName(FullPath), _options.Debounce, _options.RescanInterval);
        _watcher = DebouncedFileWatcher.Start(watch, _ =>
        {
            SafeReload();
            return Task.CompletedTask;
        }, _time, _logger);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _catalog.Changed -= OnCatalogChanged;
        if (Interlocked.Exchange(ref _watcher, null) is { } watcher)
            await watcher.DisposeAsync();
    }

    public void Dispose()
    {
        _catalog.Changed -= OnCatalogChanged;
        Interlocked.Exchange(ref _watcher, null)?.Dispose();
    }

    private void OnCatalogChanged(object? sender, EventArgs e) => SafeReload();

    private void SafeReload()
    {
        try
        {
            Reload();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A subscriber of Changed threw; the schedule itself is consistent. Log and keep serving.
            LogReloadFailed(ex, _options.File);
        }
    }

    private void ReportRejected(ScheduleParseResult.Rejected rejected)
    {
        if (rejected.Reason == _lastRejectedReason)
            return;
        _lastRejectedReason = rejected.Reason;
        LogKeptLastGood(_options.File, _streams.Count, rejected.Reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} stream(s) from {File}")]
    private partial void LogLoaded(int count, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File}: {Warning}")]
    private partial void LogEntryLeftOut(string file, string warning);

    [LoggerMessage(Level = LogLevel.Error, Message = "{File} rejected, keeping the last good schedule ({Count} stream(s)): {Reason}")]
    private partial void LogKeptLastGood(string file, int count, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading {File} failed")]
    private partial void LogReloadFailed(Exception exception, string file);
}
