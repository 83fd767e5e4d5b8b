using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Documents;
using NewsBot.Core.Documents.Sources;
using NewsBot.Core.Tests.Schedule;

namespace NewsBot.Core.Tests.Documents.Sources;

/// <summary>The documents folder as a source, read through the catalog as the bot reads it.</summary>
public sealed class FolderDiscussionSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-docs-").FullName;
    private readonly RecordingLogger<FolderDiscussionSource> _logger = new();
    private readonly FolderDiscussionSource _source;
    private readonly DiscussionCatalog _catalog;

    public FolderDiscussionSourceTests()
    {
        var options = Options.Create(new DocumentsOptions { Folder = _folder, MaxDocumentBytes = 4096 });
        _source = new FolderDiscussionSource(options, new FakeTimeProvider(), _logger);
        _catalog = new DiscussionCatalog([_source], NullLogger<DiscussionCatalog>.Instance);
    }

    public void Dispose()
    {
        _catalog.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);

    private static string Doc(string headline) => $"{headline}\nEin Absatz.\nZu Gast ist die Ökonomin Veronika Grimm.\n{headline} | ZDFheute live\n";

    private IReadOnlyList<string> Ids(ulong? guildId = null) => [.. _catalog.VisibleTo(guildId).Select(d => d.Id)];

    [Fact]
    public async Task Loads_every_txt_document_with_its_file_name_as_id_ordered_by_id()
    {
        Write("b.txt", Doc("Zweite"));
        Write("a.txt", Doc("Erste"));
        Write("ignored.md", Doc("Keine"));

        await _catalog.RefreshAsync(CancellationToken.None);

        Assert.Equal(["a", "b"], Ids());
        Assert.Equal("Erste", _catalog.Find("a", guildId: null)?.Headline);
        Assert.Null(_catalog.Find("ignored", guildId: null));
    }

    [Fact]
    public async Task Folder_documents_are_shared_by_every_guild()
    {
        Write("a.txt", Doc("Erste"));

        var reading = await _source.ReadAsync(CancellationToken.None);
        await _catalog.RefreshAsync(CancellationToken.None);

        Assert.Equal(DiscussionScope.Shared, Assert.Single(reading.Discussions).Scope);
        Assert.Equal(Path.Combine(_folder, "a.txt"), reading.Discussions[0].Origin);
        Assert.Equal(["a"], Ids(111));
        Assert.Equal(["a"], Ids(222));
    }

    [Fact]
    public async Task Failing_documents_are_reported_with_file_and_reason_and_the_rest_keep_serving()
    {
        Write("good.txt", Doc("Gut"));
        Write("empty.txt", "   \n");
        File.WriteAllBytes(Path.Combine(_folder, "binary.txt"), [0x00, 0x01, 0x02, 0x41]);
        Write("huge.txt", Doc("Groß") + new string('x', 5000));

        await _catalog.RefreshAsync(CancellationToken.None);

        Assert.Equal(["good"], Ids());
        var errors = _catalog.Current.Errors;
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, r => r.Document.EndsWith("binary.txt", StringComparison.Ordinal) && r.Reason.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(errors, r => r.Document.EndsWith("huge.txt", StringComparison.Ordinal) && r.Reason.Contains("too large", StringComparison.Ordinal));
        Assert.Contains(errors, r => r.Document.EndsWith("empty.txt", StringComparison.Ordinal) && r.Reason.Contains("empty", StringComparison.Ordinal));
        Assert.Equal(3, _logger.Lines.Count(l => l.Level == LogLevel.Warning && l.Message.Contains("refused", StringComparison.Ordinal)));
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
        _source.Invalidate(Path.Combine(_folder, "a.txt"));
        await _catalog.RefreshAsync(CancellationToken.None);
        Assert.Equal("Geändert und länger", _catalog.Find("a", guildId: null)?.Headline);
        Assert.Equal("Neu", _catalog.Find("b", guildId: null)?.Headline);

        File.Delete(Path.Combine(_folder, "b.txt"));
        await _catalog.RefreshAsync(CancellationToken.None);
        Assert.Equal(["a"], Ids());
        Assert.Equal(2, changes);
        Assert.Contains(_logger.Lines, l => l.Message.Contains("Discussion b removed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_changed_document_that_now_fails_keeps_its_last_good_version_and_is_reported_until_fixed()
    {
        Write("a.txt", Doc("Gut"));
        await _catalog.RefreshAsync(CancellationToken.None);
        var before = _catalog.VisibleTo(null);

        Write("a.txt", "");
        _source.Invalidate(Path.Combine(_folder, "a.txt"));
        await _catalog.RefreshAsync(CancellationToken.None);

        Assert.Equal("Gut", _catalog.Find("a", guildId: null)?.Headline);
        Assert.Same(before, _catalog.VisibleTo(null));
        Assert.EndsWith("a.txt", Assert.Single(_catalog.Current.Errors).Document, StringComparison.Ordinal);
        Assert.Contains(_logger.Lines, l => l.Message.Contains("its last good version stays loaded", StringComparison.Ordinal));

        Write("a.txt", Doc("Wieder gut"));
        _source.Invalidate(Path.Combine(_folder, "a.txt"));
        await _catalog.RefreshAsync(CancellationToken.None);

        Assert.Equal("Wieder gut", _catalog.Find("a", guildId: null)?.Headline);
        Assert.Empty(_catalog.Current.Errors);
    }

    [Fact]
    public async Task A_read_without_changes_returns_the_same_reading_and_raises_no_Changed()
    {
        Write("a.txt", Doc("Gut"));
        var first = await _source.ReadAsync(CancellationToken.None);
        await _catalog.RefreshAsync(CancellationToken.None);
        var changes = 0;
        _catalog.Changed += (_, _) => changes++;
        _logger.Clear();

        Assert.Same(first, await _source.ReadAsync(CancellationToken.None));
        Assert.False(await _catalog.RefreshAsync(CancellationToken.None));
        Assert.Equal(0, changes);
        Assert.Empty(_logger.Lines);
    }

    [Fact]
    public async Task A_missing_folder_gives_no_discussions_and_is_logged_once()
    {
        var logger = new RecordingLogger<FolderDiscussionSource>();
        var options = Options.Create(new DocumentsOptions { Folder = Path.Combine(_folder, "nope") });
        var source = new FolderDiscussionSource(options, TimeProvider.System, logger);
        using var catalog = new DiscussionCatalog([source], NullLogger<DiscussionCatalog>.Instance);

        await catalog.RefreshAsync(CancellationToken.None);
        await catalog.RefreshAsync(CancellationToken.None);

        Assert.Empty(catalog.VisibleTo(null));
        Assert.Single(logger.Lines, l => l.Message.Contains("does not exist", StringComparison.Ordinal));
    }
}
