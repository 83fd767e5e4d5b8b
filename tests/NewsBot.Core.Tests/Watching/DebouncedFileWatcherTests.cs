using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Tests.Schedule;
using NewsBot.Core.Watching;

namespace NewsBot.Core.Tests.Watching;

public sealed class DebouncedFileWatcherTests : IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Rescan = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly string _directory = Directory.CreateTempSubdirectory("newsbot-watch-").FullName;
    private readonly FakeTimeProvider _time = new();
    private readonly Channel<int> _refreshes = Channel.CreateUnbounded<int>();
    private int _count;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private DebouncedFileWatcher Start(TimeSpan debounce, string? directory = null, Func<int, Task>? refresh = null, ILogger? logger = null,
        Action<string>? onFileEvent = null) =>
        DebouncedFileWatcher.Start(
            new FileWatch("the test files", directory ?? _directory, "*.txt", debounce, Rescan),
            async _ =>
            {
                var number = Interlocked.Increment(ref _count);
                _refreshes.Writer.TryWrite(number);
                if (refresh is not null)
                    await refresh(number);
            },
            _time,
            logger ?? NullLogger.Instance,
            onFileEvent);

    private async Task<int> NextRefreshAsync() => await _refreshes.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    [Fact]
    public async Task A_rescan_that_finds_a_debounce_still_waiting_refreshes_at_once()
    {
        // An event that arrives while the clock moves past a rescan arms a debounce the clock has already passed; the
        // rescan must not wait for it. Modelled here by a debounce longer than the rescan interval.
        await using var watcher = Start(Rescan * 2);

        watcher.Signal();
        _time.Advance(Rescan);

        Assert.Equal(1, await NextRefreshAsync());
        _time.Advance(Rescan);
        Assert.Equal(2, await NextRefreshAsync());
    }

    [Fact]
    public async Task A_burst_of_changes_leads_to_one_refresh_once_the_debounce_has_passed()
    {
        await using var watcher = Start(Debounce);

        watcher.Signal();
        _time.Advance(TimeSpan.FromMilliseconds(200));
        watcher.Signal();
        watcher.Signal();
        _time.Advance(TimeSpan.FromMilliseconds(299));
        Assert.Equal(0, Volatile.Read(ref _count));

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await NextRefreshAsync());

        // The next change is a new burst: it waits for its own debounce, and nothing was refreshed in between.
        watcher.Signal();
        _time.Advance(Debounce);
        Assert.Equal(2, await NextRefreshAsync());
    }

    [Fact]
    public async Task The_periodic_rescan_refreshes_without_any_file_event()
    {
        await using var watcher = Start(Debounce);

        _time.Advance(Rescan - TimeSpan.FromSeconds(1));
        Assert.Equal(0, Volatile.Read(ref _count));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await NextRefreshAsync());

        _time.Advance(Rescan);
        Assert.Equal(2, await NextRefreshAsync());
    }

    [Fact]
    public async Task A_change_during_a_refresh_leads_to_exactly_one_more_refresh_after_it()
    {
        var firstMayEnd = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var phase = 0;
        var phaseSeen = Channel.CreateUnbounded<int>();
        await using var watcher = Start(TimeSpan.Zero, refresh: n =>
        {
            phaseSeen.Writer.TryWrite(Volatile.Read(ref phase));
            return n == 1 ? firstMayEnd.Task : Task.CompletedTask;
        });

        watcher.Signal();
        Assert.Equal(1, await NextRefreshAsync());
        watcher.Signal();
        watcher.Signal();
        Assert.Equal(1, Volatile.Read(ref _count));

        firstMayEnd.SetResult();
        Assert.Equal(2, await NextRefreshAsync());

        // The next refresh must be the one this signal asks for: a third one owed to the earlier signals would see phase 0.
        Volatile.Write(ref phase, 1);
        watcher.Signal();
        Assert.Equal(3, await NextRefreshAsync());
        var phases = await ReadAsync(phaseSeen.Reader, 3);
        Assert.Equal([0, 0, 1], phases);
        Assert.Equal(3, Volatile.Read(ref _count));
    }

    private static async Task<int[]> ReadAsync(ChannelReader<int> reader, int count)
    {
        var items = new int[count];
        for (var i = 0; i < count; i++)
            items[i] = await reader.ReadAsync().AsTask().WaitAsync(Patience);
        return items;
    }

    [Fact]
    public async Task A_failing_refresh_is_logged_and_the_next_change_refreshes_again()
    {
        var logger = new RecordingLogger<DebouncedFileWatcherTests>();
        await using var watcher = Start(TimeSpan.Zero, logger: logger, refresh: n => n == 1 ? throw new IOException("disk gone") : Task.CompletedTask);

        watcher.Signal();
        Assert.Equal(1, await NextRefreshAsync());
        watcher.Signal();
        Assert.Equal(2, await NextRefreshAsync());

        Assert.Contains(logger.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("Refreshing the test files failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_written_in_the_watched_folder_is_reported_and_refreshed()
    {
        var seen = Channel.CreateUnbounded<string>();
        await using var watcher = Start(TimeSpan.Zero, onFileEvent: path => seen.Writer.TryWrite(path));

        var file = Path.Combine(_directory, "a.txt");
        await File.WriteAllTextAsync(file, "Neu");

        Assert.Equal(file, await seen.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        Assert.Equal(1, await NextRefreshAsync());
    }

    [Fact]
    public async Task A_folder_created_after_the_start_is_watched_from_the_next_rescan()
    {
        var later = Path.Combine(_directory, "later");
        var seen = Channel.CreateUnbounded<string>();
        await using var watcher = Start(TimeSpan.Zero, directory: later, onFileEvent: path => seen.Writer.TryWrite(path));

        Directory.CreateDirectory(later);
        _time.Advance(Rescan);
        Assert.Equal(1, await NextRefreshAsync());

        await File.WriteAllTextAsync(Path.Combine(later, "b.txt"), "Neu");
        Assert.EndsWith("b.txt", await seen.Reader.ReadAsync().AsTask().WaitAsync(Patience), StringComparison.Ordinal);
        Assert.Equal(2, await NextRefreshAsync());
    }

    [Fact]
    public async Task After_disposal_neither_changes_nor_rescans_refresh()
    {
        var watcher = Start(Debounce);
        watcher.Signal();
        await watcher.DisposeAsync();

        _time.Advance(Rescan * 3);
        watcher.Signal();

        Assert.Equal(0, Volatile.Read(ref _count));
    }

    [Fact]
    public async Task Disposal_cancels_a_running_refresh_and_waits_for_it()
    {
        var cancelled = false;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var watcher = DebouncedFileWatcher.Start(
            new FileWatch("the test files", _directory, "*.txt", TimeSpan.Zero, Rescan),
            async ct =>
            {
                started.SetResult();
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, ct);
                }
                catch (OperationCanceledException)
                {
                    cancelled = true;
                    throw;
                }
            },
            _time,
            NullLogger.Instance);
        watcher.Signal();
        await started.Task.WaitAsync(Patience);

        await watcher.DisposeAsync().AsTask().WaitAsync(Patience);

        Assert.True(cancelled);
    }
}
