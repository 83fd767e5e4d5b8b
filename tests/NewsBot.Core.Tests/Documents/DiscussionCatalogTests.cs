using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Documents;

namespace NewsBot.Core.Tests.Documents;

public sealed class DiscussionCatalogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-docs-").FullName;
    private readonly DiscussionCatalog _catalog;

    public DiscussionCatalogTests()
    {
        var options = Options.Create(new DocumentsOptions { Folder = _folder, MaxDocumentBytes = 4096 });
        _catalog = new DiscussionCatalog(options, new FakeTimeProvider(), NullLogger<DiscussionCatalog>.Instance);
    }

    public void Dispose()
    {
        _catalog.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);

    private static string Doc(string headline) => $"{headline}\nEin Absatz.\nZu Gast ist die Ökonomin Veronika Grimm.\n{headline} | ZDFheute live\n";

    [Fact]
    public async Task Loads_every_txt_document_with_its_file_name_as_id_ordered_by_id()
    {
        Write("b.txt", Doc("Zweite"));
        Write("a.txt", Doc("Erste"));
        Write("ignored.md", Doc("Keine"));

        await _catalog.RefreshAsync(CancellationToken.None);

        Assert.Equal(["a", "b"], _catalog.All.Select(d => d.Id));
        Assert.Equal("Erste", _catalog.Find("a")?.Headline);
        Assert.Null(_catalog.Find("ignored"));
    }

    [Fact]
    public async Task Failing_documents_are_reported_and_the_rest_keep_serving()
    {
        Write("good.txt", Doc("Gut"));
        Write("empty.txt", "   \n");
        File.WriteAllBytes(Path.Combine(_folder, "binary.txt"), [0x00, 0x01, 0x02, 0x41]);
        Write("huge.txt", Doc("Groß") + new string('x', 5000));

        var refresh = await _catalog.RefreshAsync(CancellationToken.None);

        Assert.Equal(["good"], _catalog.All.Select(d => d.Id));
        Assert.Equal(3, refresh.Rejected.Count);
        Assert.Contains(refresh.Rejected, r => r.Key.EndsWith("binary.txt", StringComparison.Ordinal) && r.Value.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(refresh.Rejected, r => r.Key.EndsWith("huge.txt", StringComparison.Ordinal) && r.Value.Contains("too large", StringComparison.Ordinal));
        Assert.Contains(refresh.Rejected, r => r.Key.EndsWith("empty.txt", StringComparison.Ordinal) && r.Value.Contains("empty", StringComparison.Ordinal));
    }

    [Fact]
    public async Task New_changed_and_deleted_documents_are_picked_up_and_raise_Changed()
    {
        Write("a.txt", Doc("Alt"));
        await _catalog.RefreshAsync(CancellationToken.None);
        var changes = 0;
        _catalog.Changed += (_, _) => changes++;

        Write("b.txt", Doc("Neu"));
        Write("a.txt", Doc("Geändert und länger"));
        _catalog.Invalidate(Path.Combine(_folder, "a.txt"));
        await _catalog.RefreshAsync(CancellationToken.None);
        Assert.Equal("Geändert und länger", _catalog.Find("a")?.Headline);
        Assert.Equal("Neu", _catalog.Find("b")?.Headline);

        File.Delete(Path.Combine(_folder, "b.txt"));
        var refresh = await _catalog.RefreshAsync(CancellationToken.None);
        Assert.Equal(["b"], refresh.Removed);
        Assert.Equal(["a"], _catalog.All.Select(d => d.Id));
        Assert.Equal(2, changes);
    }

    [Fact]
    public async Task A_changed_document_that_now_fails_keeps_its_last_good_version()
    {
        Write("a.txt", Doc("Gut"));
        await _catalog.RefreshAsync(CancellationToken.None);
        var before = _catalog.All;

        Write("a.txt", "");
        _catalog.Invalidate(Path.Combine(_folder, "a.txt"));
        var refresh = await _catalog.RefreshAsync(CancellationToken.None);

        Assert.Single(refresh.Rejected);
        Assert.Equal("Gut", _catalog.Find("a")?.Headline);
        Assert.Same(before, _catalog.All);
    }

    [Fact]
    public async Task A_refresh_without_changes_does_not_raise_Changed()
    {
        Write("a.txt", Doc("Gut"));
        await _catalog.RefreshAsync(CancellationToken.None);
        var changes = 0;
        _catalog.Changed += (_, _) => changes++;

        var refresh = await _catalog.RefreshAsync(CancellationToken.None);

        Assert.Equal(0, refresh.Parsed);
        Assert.Equal(0, changes);
    }

    [Fact]
    public async Task A_missing_folder_gives_an_empty_catalog()
    {
        var options = Options.Create(new DocumentsOptions { Folder = Path.Combine(_folder, "nope") });
        using var catalog = new DiscussionCatalog(options, TimeProvider.System, NullLogger<DiscussionCatalog>.Instance);

        await catalog.RefreshAsync(CancellationToken.None);

        Assert.Empty(catalog.All);
    }
}
