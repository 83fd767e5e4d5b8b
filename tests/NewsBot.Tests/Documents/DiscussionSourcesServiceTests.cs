using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Documents;
using NewsBot.Core.Documents.Sources;
using NewsBot.Documents;

namespace NewsBot.Tests.Documents;

public sealed class DiscussionSourcesServiceTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly string _root = Directory.CreateTempSubdirectory("newsbot-watch-").FullName;
    private readonly FakeTimeProvider _time = new();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Doc(string headline) => $"{headline}\nEin Absatz.\nZu Gast ist die Ökonomin Veronika Grimm.\n";

    private FolderDiscussionSource Folder(string folder, TimeSpan debounce) => new(
        Options.Create(new DocumentsOptions { Folder = folder, RescanInterval = TimeSpan.FromSeconds(10), Debounce = debounce }),
        _time,
        NullLogger<FolderDiscussionSource>.Instance);

    private static Task ChangedAsync(DiscussionCatalog catalog, Func<bool> until)
    {
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        catalog.Changed += (_, _) =>
        {
            if (until())
                changed.TrySetResult();
        };
        return changed.Task.WaitAsync(Patience);
    }

    [Fact]
    public async Task Documents_are_loaded_at_start_and_a_new_one_is_picked_up_by_the_file_watcher()
    {
        await File.WriteAllTextAsync(Path.Combine(_root, "a.txt"), Doc("Erste"));
        using var catalog = new DiscussionCatalog([Folder(_root, TimeSpan.Zero)], NullLogger<DiscussionCatalog>.Instance);
        using var service = new DiscussionSourcesService(catalog, NullLogger<DiscussionSourcesService>.Instance);

        await service.StartAsync(CancellationToken.None);
        Assert.Equal(["a"], catalog.VisibleTo(null).Select(d => d.Id));

        var changed = ChangedAsync(catalog, () => catalog.Find("b", guildId: null) is not null);
        await File.WriteAllTextAsync(Path.Combine(_root, "b.txt"), Doc("Zweite"));
        await changed;

        await service.StopAsync(CancellationToken.None);
        Assert.Equal("Zweite", catalog.Find("b", guildId: null)?.Headline);
    }

    [Fact]
    public async Task A_folder_that_appears_after_the_start_is_read_at_the_next_rescan()
    {
        var folder = Path.Combine(_root, "later");
        using var catalog = new DiscussionCatalog([Folder(folder, TimeSpan.FromMilliseconds(500))], NullLogger<DiscussionCatalog>.Instance);
        using var service = new DiscussionSourcesService(catalog, NullLogger<DiscussionSourcesService>.Instance);
        await service.StartAsync(CancellationToken.None);
        Assert.Empty(catalog.VisibleTo(null));

        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), Doc("Erste"));
        var changed = ChangedAsync(catalog, () => catalog.Find("a", guildId: null) is not null);
        _time.Advance(TimeSpan.FromSeconds(10));
        await changed;

        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_source_whose_watching_fails_does_not_stop_the_others()
    {
        using var catalog = new DiscussionCatalog(
            [new BrokenWatchSource(), Folder(_root, TimeSpan.Zero)], NullLogger<DiscussionCatalog>.Instance);
        using var service = new DiscussionSourcesService(catalog, NullLogger<DiscussionSourcesService>.Instance);
        await service.StartAsync(CancellationToken.None);

        var changed = ChangedAsync(catalog, () => catalog.Find("b", guildId: null) is not null);
        await File.WriteAllTextAsync(Path.Combine(_root, "b.txt"), Doc("Zweite"));
        await changed;

        await service.StopAsync(CancellationToken.None);
        Assert.NotNull(catalog.Find("own", 7));
    }

    [Fact]
    public async Task Stopping_after_the_hosts_shutdown_time_ran_out_ends_the_wait_without_failing_the_stop()
    {
        var watchEnded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var source = new SlowToStopSource(watchEnded.Task);
        using var catalog = new DiscussionCatalog([source], NullLogger<DiscussionCatalog>.Instance);
        using var service = new DiscussionSourcesService(catalog, NullLogger<DiscussionSourcesService>.Instance);
        await service.StartAsync(CancellationToken.None);

        await service.StopAsync(new CancellationToken(canceled: true));

        Assert.True(source.StopRequested.IsCancellationRequested);
        watchEnded.SetResult();
    }

    /// <summary>Watches until the test lets it end, whatever the token says (e.g. a slow web request).</summary>
    private sealed class SlowToStopSource(Task ended) : IDiscussionSource
    {
        public CancellationToken StopRequested { get; private set; }

        public string Name => "slow to stop";

        public Task<SourceReading> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(SourceReading.Nothing);

        public Task WatchAsync(Func<CancellationToken, Task> refresh, CancellationToken stoppingToken)
        {
            StopRequested = stoppingToken;
            return ended;
        }
    }

    private sealed class BrokenWatchSource : IDiscussionSource
    {
        public string Name => "broken";

        public Task<SourceReading> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(new SourceReading(
            [new SourcedDiscussion(new Discussion("own", "Eigene", "Eigene | Server", null, null, DocumentLanguage.German, [], [], []), DiscussionScope.Guild(7), "test")],
            []));

        public Task WatchAsync(Func<CancellationToken, Task> refresh, CancellationToken stoppingToken) =>
            throw new InvalidOperationException("cannot watch");
    }
}
