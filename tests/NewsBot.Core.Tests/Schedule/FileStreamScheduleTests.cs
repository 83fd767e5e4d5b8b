using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Schedule;

namespace NewsBot.Core.Tests.Schedule;

public sealed class FileStreamScheduleTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("newsbot-schedule-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private readonly FakeDiscussionCatalog _catalog = new("d1", "d2");

    private string FilePath => Path.Combine(_directory, "streams.json");

    private FileStreamSchedule Create(ILogger<FileStreamSchedule>? logger = null, TimeSpan? debounce = null) => new(
        _catalog,
        Options.Create(new ScheduleOptions { File = FilePath, RescanInterval = TimeSpan.FromSeconds(30), Debounce = debounce ?? TimeSpan.FromMilliseconds(500) }),
        _time,
        logger ?? NullLogger<FileStreamSchedule>.Instance);

    [Fact]
    public void A_file_whose_entries_are_all_left_out_logs_each_warning_and_the_count_on_every_new_content()
    {
        var logger = new RecordingLogger<FileStreamSchedule>();
        File.WriteAllText(FilePath, """{ "streams": [ { "discussion": "gone", "start": "2026-12-03T20:15" } ] }""");
        using var schedule = Create(logger);

        schedule.Reload();

        Assert.Contains(logger.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("stream #1 (gone): left out", StringComparison.Ordinal));
        Assert.Contains(logger.Lines, l => l.Message.StartsWith("Loaded 0 stream(s)", StringComparison.Ordinal));

        logger.Clear();
        File.WriteAllText(FilePath, """{ "streams": [ { "discussion": "d1", "start": "2026-11-01T20:15" } ] }""");
        schedule.Reload();

        Assert.Empty(schedule.Streams);
        Assert.Contains(logger.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("stream #1 (d1): left out, it is over", StringComparison.Ordinal));
        Assert.Contains(logger.Lines, l => l.Message.StartsWith("Loaded 0 stream(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void Reading_an_unchanged_file_again_with_the_same_outcome_logs_nothing_new()
    {
        var logger = new RecordingLogger<FileStreamSchedule>();
        File.WriteAllText(FilePath, """{ "streams": [ { "discussion": "gone", "start": "2026-12-03T20:15" } ] }""");
        using var schedule = Create(logger);
        schedule.Reload();
        logger.Clear();

        schedule.Reload();

        Assert.Empty(logger.Lines);
    }

    [Fact]
    public void While_the_file_is_broken_a_deleted_documents_stream_is_dropped_from_the_last_good_schedule()
    {
        Write("d1", "d2");
        using var schedule = Create();
        schedule.Reload();
        File.WriteAllText(FilePath, "{ \"streams\": [ { \"discussion\": \"d1\", \"start\": \"not a time\" } ] }");
        Assert.IsType<ScheduleParseResult.Rejected>(schedule.Reload());
        Assert.Equal(["d1", "d2"], schedule.Streams.Select(s => s.DiscussionId));
        var changed = false;
        schedule.Changed += (_, _) => changed = true;

        _catalog.Remove("d2");

        Assert.Equal(["d1"], schedule.Streams.Select(s => s.DiscussionId));
        Assert.True(changed);
    }

    private void Write(params string[] discussions) => File.WriteAllText(FilePath,
        "{ \"streams\": [" + string.Join(",", discussions.Select((d, i) => $$"""{ "discussion": "{{d}}", "start": "2026-12-0{{i + 1}}T20:15" }""")) + "] }");

    [Fact]
    public void A_broken_file_keeps_the_last_good_schedule_and_raises_no_change()
    {
        Write("d1");
        using var schedule = Create();
        schedule.Reload();
        var changes = 0;
        schedule.Changed += (_, _) => changes++;

        File.WriteAllText(FilePath, """{ "streams": [ { "discussion": "d1", "start": "2026-12-03T20:15", "end": "2026-12-01T00:00" } ] }""");
        var result = schedule.Reload();

        Assert.IsType<ScheduleParseResult.Rejected>(result);
        Assert.Equal("d1", Assert.Single(schedule.Streams).DiscussionId);
        Assert.Equal(0, changes);
    }

    [Fact]
    public void A_missing_file_yields_an_empty_schedule_and_a_reason()
    {
        using var schedule = Create();

        Assert.IsType<ScheduleParseResult.Rejected>(schedule.Reload());
        Assert.Empty(schedule.Streams);
    }

    [Fact]
    public async Task The_periodic_check_picks_up_an_edit_and_raises_changed_once()
    {
        Write("d1");
        using var schedule = Create();
        await schedule.StartAsync(CancellationToken.None);
        var changes = 0;
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        schedule.Changed += (_, _) =>
        {
            Interlocked.Increment(ref changes);
            changed.TrySetResult();
        };

        Write("d1", "d2");
        _time.Advance(TimeSpan.FromSeconds(30));

        await changed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["d1", "d2"], schedule.Streams.Select(s => s.DiscussionId));
        schedule.Reload();
        Assert.True(Volatile.Read(ref changes) >= 1);
        var before = Volatile.Read(ref changes);
        schedule.Reload();
        Assert.Equal(before, Volatile.Read(ref changes));
        await schedule.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void Removing_a_discussion_from_the_catalog_drops_its_stream()
    {
        Write("d1", "d2");
        using var schedule = Create();
        schedule.Reload();
        var changed = false;
        schedule.Changed += (_, _) => changed = true;

        _catalog.Remove("d2");

        Assert.True(changed);
        Assert.Equal("d1", Assert.Single(schedule.Streams).DiscussionId);
    }

    [Fact]
    public async Task The_file_watcher_picks_up_an_edit_without_waiting_for_the_periodic_check()
    {
        Write("d1");
        using var schedule = Create(debounce: TimeSpan.Zero);
        await schedule.StartAsync(CancellationToken.None);
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        schedule.Changed += (_, _) =>
        {
            if (schedule.Streams.Count == 2)
                changed.TrySetResult();
        };

        Write("d1", "d2");

        await changed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["d1", "d2"], schedule.Streams.Select(s => s.DiscussionId));
        await schedule.StopAsync(CancellationToken.None);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
