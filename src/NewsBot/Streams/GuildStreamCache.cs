using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Schedule;

namespace NewsBot.Streams;

/// <summary>
/// The stored guild streams in memory, so the schedule can be read without a query. Loaded before the announcements
/// start (a hosted service registered ahead of them), re-read after every change made here, at the start of every
/// announcement and event round (so a change another instance made is never mistaken for a removal), and every
/// <see cref="ScheduleOptions.RescanInterval"/> on the injected clock. Streams over for more than a day are not kept.
/// </summary>
internal sealed partial class GuildStreamCache(
    IGuildStreamStore store, IOptions<ScheduleOptions> options, TimeProvider time, ILogger<GuildStreamCache> logger)
    : BackgroundService, IStoredStreamRefresh
{
    /// <summary>How long a stream that is over stays in the schedule (so /stream can still name the latest one).</summary>
    public static readonly TimeSpan KeepOver = TimeSpan.FromDays(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyList<StreamEntry> _streams = [];

    /// <summary>Every guild's stored streams, by start, each with its <see cref="StreamEntry.Owner"/>.</summary>
    public IReadOnlyList<StreamEntry> Streams => Volatile.Read(ref _streams);

    /// <summary>Raised after a re-read found a different set of streams.</summary>
    public event EventHandler? Changed;

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        bool changed;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var stored = await store.ListAsync(time.GetUtcNow() - KeepOver, cancellationToken);
            IReadOnlyList<StreamEntry> entries = [.. stored.Select(s => s.ToEntry())];
            changed = !entries.SequenceEqual(_streams);
            if (changed)
                Volatile.Write(ref _streams, entries);
        }
        finally
        {
            _gate.Release();
        }

        if (changed)
            Changed?.Invoke(this, EventArgs.Empty);
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Before the announcement service's first round: it would otherwise take every stored stream for removed.
        await RefreshAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.RescanInterval, time, stoppingToken);
                await RefreshAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogRefreshFailed(ex);
            }
        }
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-reading the streams scheduled from Discord failed; keeping the last ones read")]
    private partial void LogRefreshFailed(Exception exception);
}
