using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Documents;
using NewsBot.Core.Documents.Sources;
using NewsBot.GuildDiscussions;
using NewsBot.Tests.Settings;

namespace NewsBot.Tests.GuildDiscussions;

/// <summary>The servers' own discussions in the catalog: each seen by its server only, read from the database as stored.</summary>
public sealed class GuildDiscussionSourceTests : IAsyncLifetime, IDisposable
{
    private const ulong GuildA = 11;
    private const ulong GuildB = 22;
    private const string Announcement = "Wie sicher ist Europa?\nDie Lage im Osten bleibt angespannt.\nDarüber sprechen wir mit Dr. Anna Beispiel, Politologin an der Universität Kiel.";
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 18, 0, 0, TimeSpan.Zero);

    private readonly TempSqlite _temp = TestDatabases.Sqlite();
    private Storage.SqliteDatabase _database = null!;
    private SqlGuildDiscussionStore _store = null!;
    private GuildDiscussionSource _source = null!;
    private DiscussionCatalog _catalog = null!;

    public Task InitializeAsync()
    {
        _database = _temp.Open();
        _store = new SqlGuildDiscussionStore(_database, NullLogger<SqlGuildDiscussionStore>.Instance);
        _source = new GuildDiscussionSource(_store, Options.Create(new GuildDiscussionsOptions()), new FakeTimeProvider(Now), NullLogger<GuildDiscussionSource>.Instance);
        _catalog = new DiscussionCatalog([new SharedSource(), _source], NullLogger<DiscussionCatalog>.Instance);
        return Task.CompletedTask;
    }

    public void Dispose() => _catalog.Dispose();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        await _temp.DisposeAsync();
    }

    [Fact]
    public async Task A_servers_discussion_is_seen_by_that_server_only()
    {
        await SaveAsync(GuildA, "europa-heute", Announcement);

        await _catalog.RefreshAsync(CancellationToken.None);

        var own = _catalog.Find("europa-heute", GuildA);
        Assert.Equal("Wie sicher ist Europa?", own?.Headline);
        Assert.Null(_catalog.Find("europa-heute", GuildB));
        Assert.Null(_catalog.Find("europa-heute", guildId: null));
        Assert.DoesNotContain(_catalog.VisibleTo(GuildB), d => d.Id == "europa-heute");
        Assert.Equal(["europa-heute", "geteilt"], _catalog.VisibleTo(GuildA).Select(d => d.Id));
    }

    [Fact]
    public async Task A_shared_documents_id_stays_the_shared_one_and_the_clash_is_reported()
    {
        await SaveAsync(GuildA, "geteilt", Announcement);

        await _catalog.RefreshAsync(CancellationToken.None);

        Assert.Equal("Geteilte Runde", _catalog.Find("geteilt", GuildA)?.Headline);
        var clash = Assert.Single(_catalog.Current.Errors);
        Assert.Equal(DiscussionScope.Guild(GuildA), clash.Scope);
        Assert.Contains("already used", clash.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_document_that_cannot_be_read_is_reported_for_its_server_and_left_out()
    {
        await SaveAsync(GuildA, "kaputt", new string('x', 400) + "\nText");

        await _catalog.RefreshAsync(CancellationToken.None);

        Assert.Null(_catalog.Find("kaputt", GuildA));
        var error = Assert.Single(_catalog.Current.Errors);
        Assert.Equal(DiscussionScope.Guild(GuildA), error.Scope);
        Assert.Equal("guild 11: kaputt.txt", error.Document);
    }

    [Fact]
    public async Task A_removed_discussion_is_gone_after_the_next_read_and_others_stay()
    {
        await SaveAsync(GuildA, "eins", Announcement);
        await SaveAsync(GuildB, "zwei", Announcement);
        await _catalog.RefreshAsync(CancellationToken.None);

        await _store.RemoveAsync(GuildA, "eins", CancellationToken.None);
        var changed = await _catalog.RefreshAsync(_source, CancellationToken.None);

        Assert.True(changed);
        Assert.Null(_catalog.Find("eins", GuildA));
        Assert.NotNull(_catalog.Find("zwei", GuildB));
        Assert.False(await _catalog.RefreshAsync(_source, CancellationToken.None));
    }

    [Fact]
    public async Task An_html_page_is_read_again_from_its_stored_html_with_its_structured_data()
    {
        const string Html = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@type":"BroadcastEvent","name":"Europa im Wandel | Talk","startDate":"2026-12-10T20:15:00+01:00"}
            </script></head><body><main><h1>Europa im Wandel</h1><p>Die Lage im Osten bleibt angespannt.</p>
            <p>Zu Gast ist Dr. Anna Beispiel, Politologin an der Universität Kiel.</p></main></body></html>
            """;
        var key = await _store.HoldPreviewAsync(
            new GuildDocument(GuildA, "europa", DocumentFormat.Html, DiscussionOrigin.Url, "https://example.org/europa", Html, 5, Now), Now.AddHours(1), CancellationToken.None);
        await _store.SavePreviewAsync(GuildA, key, "europa", 5, Now, 10, CancellationToken.None);

        await _catalog.RefreshAsync(CancellationToken.None);

        var read = _catalog.Find("europa", GuildA);
        Assert.Equal("Europa im Wandel", read?.Headline);
        Assert.Equal("2026-12-10T20:15", read?.Broadcast?.Start.ToString());
    }

    private async Task SaveAsync(ulong guild, string id, string text)
    {
        var key = await _store.HoldPreviewAsync(
            new GuildDocument(guild, id, DocumentFormat.Text, DiscussionOrigin.File, id + ".txt", text, 5, Now), Now.AddHours(1), CancellationToken.None);
        Assert.IsType<SaveOutcome.Saved>(await _store.SavePreviewAsync(guild, key, id, 5, Now, 10, CancellationToken.None));
    }

    /// <summary>One shared document, as the documents folder would offer it.</summary>
    private sealed class SharedSource : IDiscussionSource
    {
        private static readonly SourceReading Reading = new(
            [new SourcedDiscussion(((ParseResult.Parsed)DiscussionParser.Parse("geteilt", "Geteilte Runde\nEin Text für alle Server.")).Discussion, DiscussionScope.Shared, "geteilt.txt")],
            []);

        public string Name => "shared";

        public Task<SourceReading> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(Reading);

        public Task WatchAsync(Func<CancellationToken, Task> refresh, CancellationToken stoppingToken) => Task.CompletedTask;
    }
}
