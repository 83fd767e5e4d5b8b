using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Documents;
using NewsBot.Documents;

namespace NewsBot.Tests.Documents;

public sealed class DocumentWatchServiceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-watch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Doc(string headline) => $"{headline}\nEin Absatz.\nZu Gast ist die Ökonomin Veronika Grimm.\n";

    [Fact]
    public async Task Documents_are_loaded_at_start_and_new_ones_are_picked_up_without_a_restart()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "a.txt"), Doc("Erste"));
        var time = new FakeTimeProvider();
        var options = Options.Create(new DocumentsOptions { Folder = _folder, RescanInterval = TimeSpan.FromSeconds(10), Debounce = TimeSpan.Zero });
        using var catalog = new DiscussionCatalog(options, time, NullLogger<DiscussionCatalog>.Instance);
        using var service = new DocumentWatchService(catalog, options, time, NullLogger<DocumentWatchService>.Instance);

        await service.StartAsync(CancellationToken.None);
        Assert.Equal(["a"], catalog.All.Select(d => d.Id));

        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        catalog.Changed += (_, _) => changed.TrySetResult();
        await File.WriteAllTextAsync(Path.Combine(_folder, "b.txt"), Doc("Zweite"));

        // Either the file watcher or the periodic rescan (driven by the fake clock) must pick it up.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!changed.Task.IsCompleted && !timeout.IsCancellationRequested)
        {
            time.Advance(TimeSpan.FromSeconds(10));
            await Task.WhenAny(changed.Task, Task.Delay(100));
        }

        await service.StopAsync(CancellationToken.None);
        Assert.True(changed.Task.IsCompleted, "the new document was not picked up");
        Assert.Equal("Zweite", catalog.Find("b")?.Headline);
    }
}
