using Microsoft.Extensions.Logging;
using NewsBot.Core.Documents;
using NewsBot.Core.Tests.Documents.Sources;
using NewsBot.Core.Tests.Schedule;

namespace NewsBot.Core.Tests.Documents;

public sealed class DiscussionCatalogTests : IDisposable
{
    private const ulong GuildA = 111;
    private const ulong GuildB = 222;

    private readonly FakeDiscussionSource _folder = new("folder");
    private readonly FakeDiscussionSource _database = new("database");
    private readonly RecordingLogger<DiscussionCatalog> _logger = new();
    private readonly DiscussionCatalog _catalog;

    public DiscussionCatalogTests() => _catalog = new DiscussionCatalog([_folder, _database], _logger);

    public void Dispose() => _catalog.Dispose();

    private static SourcedDiscussion Shared(string id, string headline = "Shared", string? origin = null) =>
        new(Doc(id, headline), DiscussionScope.Shared, origin ?? $"/docs/{id}.txt");

    private static SourcedDiscussion Owned(ulong guild, string id, string headline = "Own") =>
        new(Doc(id, headline), DiscussionScope.Guild(guild), $"database row {guild}/{id}");

    private static Discussion Doc(string id, string headline) =>
        new(id, headline, headline + " | Show", "Show", null, DocumentLanguage.German, [], [], []);

    [Fact]
    public async Task A_guild_scoped_discussion_is_found_by_its_guild_only_and_shared_ones_by_everyone()
    {
        _folder.Offers(Shared("europa"));
        _database.Offers(Owned(GuildA, "heute-abend"));

        await _catalog.RefreshAsync(CancellationToken.None);

        Assert.NotNull(_catalog.Find("heute-abend", GuildA));
        Assert.Null(_catalog.Find("heute-abend", GuildB));
        Assert.Null(_catalog.Find("heute-abend", guildId: null));
        Assert.Equal(["europa", "heute-abend"], _catalog.VisibleTo(GuildA).Select(d => d.Id));
        Assert.Equal(["europa"], _catalog.VisibleTo(GuildB).Select(d => d.Id));
        Assert.Equal(["europa"], _catalog.VisibleTo(null).Select(d => d.Id));
    }

    [Fact]
    public async Task Two_sources_offering_one_id_in_the_same_scope_the_first_registered_wins_and_the_other_is_reported_once()
    {
        _folder.Offers(Shared("duerre", "From the folder"));
        _database.Offers(Shared("duerre", "From the database", origin: "database row 7"));

        await _catalog.RefreshAsync(CancellationToken.None);
        await _catalog.RefreshAsync(CancellationToken.None);

        Assert.Equal("From the folder", _catalog.Find("duerre", GuildA)?.Headline);
        var error = Assert.Single(_catalog.Current.Errors);
        Assert.Equal("database row 7", error.Document);
        Assert.Contains("already used by /docs/duerre.txt", error.Reason, StringComparison.Ordinal);
        Assert.Single(_logger.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("database row 7", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_shared_discussion_wins_over_a_guilds_own_with_the_same_id_even_from_a_later_source()
    {
        _folder.Offers(Shared("x", "Shared one"));
        _database.Offers(Owned(GuildA, "x", "Guild A's"), Owned(GuildB, "y", "Guild B's"));

        await _catalog.RefreshAsync(CancellationToken.None);

        Assert.Equal("Shared one", _catalog.Find("x", GuildA)?.Headline);
        Assert.Single(_catalog.VisibleTo(GuildA), d => d.Id == "x");
        var error = Assert.Single(_catalog.Current.Errors);
        Assert.Equal(DiscussionScope.Guild(GuildA), error.Scope);
        Assert.Equal("Guild B's", _catalog.Find("y", GuildB)?.Headline);
    }

    [Fact]
    public async Task Guilds_keep_their_ids_apart_so_two_guilds_may_use_the_same_id()
    {
        _database.Offers(Owned(GuildA, "tonight", "A's show"), Owned(GuildB, "tonight", "B's show"));

        await _catalog.RefreshAsync(CancellationToken.None);

        Assert.Equal("A's show", _catalog.Find("tonight", GuildA)?.Headline);
        Assert.Equal("B's show", _catalog.Find("tonight", GuildB)?.Headline);
        Assert.Empty(_catalog.Current.Errors);
    }

    [Fact]
    public async Task Refreshing_one_source_reads_only_that_source_and_raises_Changed_when_its_discussions_changed()
    {
        _folder.Offers(Shared("a"));
        await _catalog.RefreshAsync(CancellationToken.None);
        var changes = 0;
        _catalog.Changed += (_, _) => changes++;

        _database.Offers(Owned(GuildA, "new"));
        Assert.True(await _catalog.RefreshAsync(_database, CancellationToken.None));

        Assert.Equal(1, _folder.Reads);
        Assert.Equal(2, _database.Reads);
        Assert.Equal(1, changes);
        Assert.NotNull(_catalog.Find("new", GuildA));
    }

    [Fact]
    public async Task The_same_reading_again_publishes_nothing_and_raises_no_Changed()
    {
        _folder.Offers(Shared("a"));
        await _catalog.RefreshAsync(CancellationToken.None);
        var before = _catalog.Current;
        var changes = 0;
        _catalog.Changed += (_, _) => changes++;

        _folder.Offer = _folder.Offer with { };
        Assert.False(await _catalog.RefreshAsync(CancellationToken.None));

        Assert.Same(before, _catalog.Current);
        Assert.Equal(0, changes);
    }

    [Fact]
    public async Task New_errors_alone_are_published_without_raising_Changed()
    {
        _folder.Offers(Shared("a"));
        await _catalog.RefreshAsync(CancellationToken.None);
        var before = _catalog.VisibleTo(GuildA);
        var changes = 0;
        _catalog.Changed += (_, _) => changes++;

        _folder.Offer = _folder.Offer with { Errors = [new DocumentError("/docs/b.txt", "binary")] };
        await _catalog.RefreshAsync(CancellationToken.None);

        Assert.Equal(0, changes);
        Assert.Same(before, _catalog.VisibleTo(GuildA));
        Assert.Equal("/docs/b.txt", Assert.Single(_catalog.Current.Errors).Document);
    }

    [Fact]
    public async Task A_source_that_fails_keeps_its_last_reading_is_logged_and_the_others_still_refresh()
    {
        _folder.Offers(Shared("a"));
        _database.Offers(Owned(GuildA, "own"));
        await _catalog.RefreshAsync(CancellationToken.None);

        _database.Failure = new InvalidOperationException("database down");
        _folder.Offers(Shared("a"), Shared("b"));
        await _catalog.RefreshAsync(CancellationToken.None);

        Assert.NotNull(_catalog.Find("own", GuildA));
        Assert.NotNull(_catalog.Find("b", GuildA));
        Assert.Contains(_logger.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("Reading database failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reads_of_one_source_never_overlap_and_every_caller_gets_the_newest_state()
    {
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _database.Hold = hold.Task;
        _database.Offers(Owned(GuildA, "own"));

        var refreshes = Enumerable.Range(0, 4).Select(_ => _catalog.RefreshAsync(_database, CancellationToken.None)).ToList();
        hold.SetResult();
        await Task.WhenAll(refreshes);

        Assert.Equal(1, _database.MostReadsAtOnce);
        Assert.Equal(4, _database.Reads);
        Assert.NotNull(_catalog.Find("own", GuildA));
    }

    [Fact]
    public async Task A_source_the_catalog_does_not_know_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _catalog.RefreshAsync(new FakeDiscussionSource("stranger"), CancellationToken.None));
    }
}
