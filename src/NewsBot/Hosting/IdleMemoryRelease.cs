using System.Runtime.CompilerServices;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsBot.Hosting;

/// <summary>
/// Once the process has gone quiet — after start-up, and again after each busy spell — gives memory it no longer uses
/// back to the operating system: one aggressive compacting collection returns the GC's spare regions and unused
/// allocation budget, and <see cref="FileBackedPages"/> the pages of code and read-only data that start-up touched
/// (they are read from the file again when needed). Without it an idle bot keeps the memory of its start resident.
/// A quiet check is the bytes allocated since the last one: a connected idle bot allocates a few kilobytes a minute.
/// </summary>
internal sealed partial class IdleMemoryRelease : BackgroundService
{
    /// <summary>How often the allocations are looked at; the first release comes two of these after start.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(20);

    /// <summary>Less than this allocated within an <see cref="Interval"/> counts as quiet.</summary>
    public const long QuietBytes = 1024 * 1024;

    private readonly TimeProvider _time;
    private readonly ILogger<IdleMemoryRelease> _logger;
    private readonly Func<long> _allocatedBytes;
    private readonly Action _release;

    public IdleMemoryRelease(TimeProvider time, ILogger<IdleMemoryRelease> logger)
        : this(time, logger, static () => GC.GetTotalAllocatedBytes(), ReleaseNow)
    {
    }

    /// <summary>For tests: where allocations are counted and what releasing does.</summary>
    internal IdleMemoryRelease(TimeProvider time, ILogger<IdleMemoryRelease> logger, Func<long> allocatedBytes, Action release)
    {
        _time = time;
        _logger = logger;
        _allocatedBytes = allocatedBytes;
        _release = release;
    }

    /// <summary>
    /// Native AOT only. Under the JIT the process maps the whole framework: paging its code out after quiet spells made
    /// every next command fault it back in (the end-to-end tests, many hosts in one process, ran four times slower). The
    /// heap's spare memory is given back under both (under the JIT about 10 MB of an idle bot's 142).
    /// </summary>
    internal static bool ReleasesFilePages => !RuntimeFeature.IsDynamicCodeSupported;

    private static void ReleaseNow()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (ReleasesFilePages)
            FileBackedPages.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, _time);
        var allocated = _allocatedBytes();
        var released = false;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var now = _allocatedBytes();
                var quiet = now - allocated < QuietBytes;
                allocated = now;
                if (!quiet)
                    released = false;
                else if (!released)
                {
                    _release();
                    released = true;
                    LogReleased(_logger, Environment.WorkingSet / (1024 * 1024));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Quiet: unused memory released, {WorkingSetMb} MB resident")]
    private static partial void LogReleased(ILogger logger, long workingSetMb);
}
