using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Announcements;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;

namespace NewsBot.GuildStreams;

/// <summary>
/// The stored guild streams in memory, so the schedule can be read without a query, and their merge with the shared
/// streams (<see cref="With"/>). Re-read after every change made here, at the start of every announcement and event round
/// (so a stream another instance stored is never mistaken for a removed one), and every
/// <see cref="ScheduleOptions.RescanInterval"/> on the injected clock, re-planning when that finds a change. Streams over
/// for more than <see cref="KeepOver"/> are not kept.
/// </summary>
internal sealed partial class GuildStreamCache(
    IGuildStreamStore store,
    IDiscussionCatalog catalog,
    IAnnouncementReplanner replanner,
    IOptions<ScheduleOptions> options,
    TimeProvider time,
    ILogger<GuildStreamCache> logger) : BackgroundService
{
    /// <summary>How long a stream that is over stays in the schedule (so /stream can still name the latest one).</summary>
    public static readonly TimeSpan KeepOver = TimeSpan.FromDays(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _mergeGate = new();
    private IReadOnlyList<StreamEntry> _streams = [];
    private (IReadOnlyList<StreamEntry> Shared, IReadOnlyList<StreamEntry> Stored, DiscussionSnapshot Catalog, IReadOnlyList<StreamEntry> Merged)? _merged;

    /// <summary>Every guild's stored streams, by start, each with its <see cref="StreamEntry.Owner"/>.</summary>
    public IReadOnlyList<StreamEntry> Streams => Volatile.Read(ref _streams);

    /// <summary>
    /// The shared streams plus the stored ones, by start. A stored stream whose discussion its guild can no longer see is
    /// left out, as the schedule file leaves out a stream whose document is gone.
    /// </summary>
    public IReadOnlyList<StreamEntry> With(IReadOnlyList<StreamEntry> shared)
    {
        var stored = Streams;
        if (stored.Count == 0)
            return shared;
        var snapshot = catalog.Current;
        lock (_mergeGate)
        {
            if (_merged is { } cached && ReferenceEquals(cached.Shared, shared) && ReferenceEquals(cached.Stored, stored) && ReferenceEquals(cached.Catalog, snapshot))
                return cached.Merged;
            IReadOnlyList<StreamEntry> merged = [.. shared.Concat(stored.Where(s => snapshot.Find(s.DiscussionId, s.Owner!.GuildId) is not null))
                .OrderBy(s => s.StartsAt).ThenBy(s => s.DiscussionId, StringComparer.Ordinal).ThenBy(s => s.Owner?.GuildId)];
            _merged = (shared, stored, snapshot, merged);
            return merged;
        }
    }

    /// <summary>Reads the stored streams again; true when they changed.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var stored = await store.ListAsync(time.GetUtcNow() - KeepOver, cancellationToken);
            IReadOnlyList<StreamEntry> entries = [.. stored.Select(s => s.ToEntry())];
            if (entries.SequenceEqual(_streams))
                return false;
            Volatile.Write(ref _streams, entries);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RefreshAsync(stoppingToken))
                    replanner.Replan();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogRefreshFailed(ex);
            }

            try
            {
                await Task.Delay(options.Value.RescanInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
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
