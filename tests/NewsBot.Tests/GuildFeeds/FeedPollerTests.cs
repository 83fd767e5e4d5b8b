using System.Globalization;
using System.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Commands.OwnDiscussions;
using NewsBot.GuildDiscussions;
using NewsBot.GuildFeeds;
using NewsBot.Storage;
using NewsBot.Tests.Commands.Fakes;
using NewsBot.Tests.Settings;
using NewsBot.Web.Fetching;

namespace NewsBot.Tests.GuildFeeds;

/// <summary>The poll logic with a scripted fetcher, the fake clock and a real SQLite database.</summary>
public sealed class FeedPollerTests : IAsyncLifetime
{
    private const ulong Guild = 77;
    private const ulong OtherGuild = 78;
    private const ulong Moderator = 42;
    private const string FeedUrl = "https://example.org/feed.xml";
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 18, 0, 0, TimeSpan.Zero));
    private readonly ScriptedFeedFetcher _web = new();
    private readonly InMemoryDiscussionCatalog _catalog = new();
    private readonly GuildFeedsOptions _options = new();
    private readonly GuildDiscussionsOptions _discussionOptions = new();
    private TempSqlite _temp = null!;
    private SqlDatabase _database = null!;
    private SqlGuildFeedStore _feeds = null!;
    private SqlGuildDiscussionStore _discussions = null!;
    private int _reloads;

    public async Task InitializeAsync()
    {
        _temp = TestDatabases.Sqlite();
        _database = _temp.Open();
        _feeds = new SqlGuildFeedStore(_database, NullLogger<SqlGuildFeedStore>.Instance);
        _discussions = new SqlGuildDiscussionStore(_database, NullLogger<SqlGuildDiscussionStore>.Instance);
        await Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        await _temp.DisposeAsync();
    }

    [Fact]
    public async Task The_first_poll_only_remembers_the_backlog_and_a_later_new_item_becomes_a_discussion_of_its_server()
    {
        _web.Feed(FeedUrl, Rss(Item("old-1"), Item("old-2")));
        _web.Page(PageUrl("old-1"), Announcement("Old one"));
        await FollowAsync();
        var poller = Poller();

        Assert.Equal(1, await poller.PollDueAsync(None));
        Assert.Empty(await _discussions.ListAsync(Guild, None));
        Assert.DoesNotContain(_web.Requests, r => r.Url.StartsWith("https://example.org/talk/", StringComparison.Ordinal));

        _web.Feed(FeedUrl, Rss(Item("new-1"), Item("old-1"), Item("old-2")));
        _web.Page(PageUrl("new-1"), Announcement("Wie sicher ist Europa heute?"));
        Assert.Equal(0, await poller.PollDueAsync(None));
        _time.Advance(_options.PollInterval);
        Assert.Equal(1, await poller.PollDueAsync(None));

        var saved = Assert.Single(await _discussions.ListAsync(Guild, None));
        Assert.Equal(("new-1", DiscussionOrigin.Feed, PageUrl("new-1"), Moderator), (saved.DiscussionId, saved.Origin, saved.Source, saved.AddedBy));
        Assert.Empty(await _discussions.ListAsync(OtherGuild, None));
        Assert.Equal(1, _reloads);
        var feed = Assert.Single(await _feeds.ListAsync(Guild, None));
        Assert.Equal((0, (string?)null, _time.GetUtcNow() + _options.PollInterval), (feed.Failures, feed.LastError, feed.NextPollAt));
    }

    [Fact]
    public async Task An_item_seen_before_by_its_id_or_by_its_link_is_not_taken_again()
    {
        _web.Feed(FeedUrl, Rss(Item("a")));
        await FollowAsync();
        var poller = Poller();
        await poller.PollDueAsync(None);

        // Same id with a new link, same link with a new id, and one really new item (twice in the feed).
        _web.Feed(FeedUrl, Rss(Item("a", link: PageUrl("moved")), Item("b", link: PageUrl("a")), Item("c"), Item("c")));
        _web.Page(PageUrl("moved"), Announcement("Moved"));
        _web.Page(PageUrl("a"), Announcement("Same link"));
        _web.Page(PageUrl("c"), Announcement("Really new"));
        _time.Advance(_options.PollInterval);
        await poller.PollDueAsync(None);
        _time.Advance(_options.PollInterval);
        await poller.PollDueAsync(None);

        Assert.Equal(["c"], (await _discussions.ListAsync(Guild, None)).Select(d => d.DiscussionId));
        Assert.Single(_web.Requests, r => r.Url == PageUrl("c"));
    }

    [Fact]
    public async Task A_later_poll_is_conditional_and_304_changes_nothing_but_the_next_poll()
    {
        _web.Feed(FeedUrl, Rss(Item("a")), etag: "\"v1\"");
        await FollowAsync();
        var poller = Poller();
        await poller.PollDueAsync(None);
        _time.Advance(_options.PollInterval);

        await poller.PollDueAsync(None);

        Assert.Equal([null, new FetchValidators("\"v1\"", null)], _web.Requests.Select(r => r.Validators));
        var feed = Assert.Single(await _feeds.ListAsync(Guild, None));
        Assert.Equal((_time.GetUtcNow(), _time.GetUtcNow() + _options.PollInterval, 0), (feed.PolledAt!.Value, feed.NextPollAt, feed.Failures));
        Assert.Empty(await _discussions.ListAsync(Guild, None));
    }

    [Fact]
    public async Task A_broken_feed_backs_off_doubling_up_to_the_cap_keeps_its_error_and_recovers()
    {
        _web.Set(FeedUrl, new FetchResult.Failed(FetchFailureReason.HttpError, "404 Not Found"));
        await FollowAsync();
        var poller = Poller();
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 6; i++)
        {
            await poller.PollDueAsync(None);
            var feed = Assert.Single(await _feeds.ListAsync(Guild, None));
            Assert.Equal((i + 1, "HttpError: 404 Not Found"), (feed.Failures, feed.LastError));
            waits.Add(feed.NextPollAt - _time.GetUtcNow());
            _time.Advance(waits[^1] - TimeSpan.FromSeconds(1));
            Assert.Equal(0, await poller.PollDueAsync(None));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal([30, 60, 120, 240, 360, 360], waits.Select(w => (int)w.TotalMinutes));
        _web.Feed(FeedUrl, Rss(Item("a")));
        await poller.PollDueAsync(None);
        var recovered = Assert.Single(await _feeds.ListAsync(Guild, None));
        Assert.Equal((0, (string?)null, _time.GetUtcNow() + _options.PollInterval), (recovered.Failures, recovered.LastError, recovered.NextPollAt));
    }

    [Fact]
    public async Task A_page_that_is_not_a_feed_counts_as_a_failure_with_its_reason()
    {
        _web.Page(FeedUrl, "Just text");
        await FollowAsync();

        await Poller().PollDueAsync(None);

        var feed = Assert.Single(await _feeds.ListAsync(Guild, None));
        Assert.Equal((1, "NotAFeed: text/plain, not RSS or Atom"), (feed.Failures, feed.LastError));
    }

    [Fact]
    public async Task Two_pollers_never_poll_one_feed_at_once()
    {
        _web.Feed(FeedUrl, Rss(Item("a")));
        await FollowAsync();
        var one = Poller();
        var two = Poller();
        _web.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = one.PollDueAsync(None);
        await WaitUntilAsync(() => _web.Requests.Count == 1);
        Assert.Equal(0, await two.PollDueAsync(None));
        _web.Gate.SetResult();

        Assert.Equal(1, await first);
        Assert.Single(_web.Requests);
        _time.Advance(_options.PollInterval);
        Assert.Equal(1, await two.PollDueAsync(None));
    }

    [Fact]
    public async Task A_full_server_keeps_the_item_for_later_and_says_why()
    {
        _discussionOptions.MaxPerGuild = 1;
        _web.Feed(FeedUrl, Rss(Item("a")));
        await FollowAsync();
        var poller = Poller();
        await poller.PollDueAsync(None);
        await _discussions.SaveAsync(new GuildDocument(Guild, "mine", DocumentFormat.Text, DiscussionOrigin.Text, "pasted text", Announcement("Mine"), Moderator, _time.GetUtcNow()), 1, None);
        _web.Feed(FeedUrl, Rss(Item("b"), Item("a")));
        _web.Page(PageUrl("b"), Announcement("New"));
        _time.Advance(_options.PollInterval);

        await poller.PollDueAsync(None);

        Assert.Equal(["mine"], (await _discussions.ListAsync(Guild, None)).Select(d => d.DiscussionId));
        var feed = Assert.Single(await _feeds.ListAsync(Guild, None));
        Assert.Equal(0, feed.Failures);
        Assert.Contains("its limit", feed.LastError, StringComparison.Ordinal);

        Assert.True(await _discussions.RemoveAsync(Guild, "mine", None));
        _time.Advance(_options.PollInterval);
        await poller.PollDueAsync(None);
        Assert.Equal(["b"], (await _discussions.ListAsync(Guild, None)).Select(d => d.DiscussionId));
    }

    [Fact]
    public async Task An_item_whose_page_fails_for_a_passing_reason_is_tried_again_at_later_polls_and_taken_once_it_answers()
    {
        _web.Feed(FeedUrl, Rss(Item("a")));
        await FollowAsync();
        var poller = Poller();
        await poller.PollDueAsync(None);
        _web.Feed(FeedUrl, Rss(Item("b"), Item("a")));
        _web.Set(PageUrl("b"), new FetchResult.Failed(FetchFailureReason.HttpError, "503 Service Unavailable"));

        _time.Advance(_options.PollInterval);
        await poller.PollDueAsync(None);
        Assert.Contains("attempt 1 of 3", Assert.Single(await _feeds.ListAsync(Guild, None)).LastError, StringComparison.Ordinal);
        _web.Set(PageUrl("b"), new FetchResult.Failed(FetchFailureReason.Timeout, "no complete answer within 10 s"));
        _time.Advance(_options.PollInterval);
        await poller.PollDueAsync(None);
        Assert.Empty(await _discussions.ListAsync(Guild, None));

        _web.Page(PageUrl("b"), Announcement("Endlich erreichbar"));
        _time.Advance(_options.PollInterval);
        await poller.PollDueAsync(None);
        _time.Advance(_options.PollInterval);
        await poller.PollDueAsync(None);

        Assert.Equal(["b"], (await _discussions.ListAsync(Guild, None)).Select(d => d.DiscussionId));
        Assert.Equal(3, _web.Requests.Count(r => r.Url == PageUrl("b")));
        Assert.Empty(await _feeds.ItemFailuresAsync(Guild, _options.MaxItemAttempts, None));
    }

    [Fact]
    public async Task An_item_whose_page_keeps_failing_is_given_up_after_the_last_attempt_and_listed_with_its_error()
    {
        _web.Feed(FeedUrl, Rss(Item("a")));
        await FollowAsync();
        var poller = Poller();
        await poller.PollDueAsync(None);
        _web.Feed(FeedUrl, Rss(Item("b"), Item("a")));
        _web.Set(PageUrl("b"), new FetchResult.Failed(FetchFailureReason.HttpError, "502 Bad Gateway"));

        for (var poll = 0; poll < 5; poll++)
        {
            _time.Advance(_options.PollInterval);
            await poller.PollDueAsync(None);
        }

        Assert.Equal(_options.MaxItemAttempts, _web.Requests.Count(r => r.Url == PageUrl("b")));
        Assert.Empty(await _discussions.ListAsync(Guild, None));
        var givenUp = Assert.Single(await _feeds.ItemFailuresAsync(Guild, _options.MaxItemAttempts, None));
        Assert.Equal((FeedUrl, 3), (givenUp.Url, givenUp.Attempts));
        Assert.StartsWith(PageUrl("b") + ": ", givenUp.LastError, StringComparison.Ordinal);
        Assert.Contains("502", givenUp.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_whose_page_is_gone_is_not_tried_again()
    {
        _web.Feed(FeedUrl, Rss(Item("a")));
        await FollowAsync();
        var poller = Poller();
        await poller.PollDueAsync(None);
        _web.Feed(FeedUrl, Rss(Item("b"), Item("a")));
        _web.Set(PageUrl("b"), new FetchResult.Failed(FetchFailureReason.HttpError, "404 Not Found"));

        for (var poll = 0; poll < 3; poll++)
        {
            _time.Advance(_options.PollInterval);
            await poller.PollDueAsync(None);
        }

        Assert.Single(_web.Requests, r => r.Url == PageUrl("b"));
        Assert.Empty(await _feeds.ItemFailuresAsync(Guild, 1, None));
    }

    [Fact]
    public async Task Seen_items_gone_from_the_feed_are_forgotten_after_the_keep_time_and_one_still_in_it_is_never_taken_again()
    {
        _options.PollInterval = TimeSpan.FromHours(12);
        _options.KeepSeenItemsFor = TimeSpan.FromDays(1);
        _web.Feed(FeedUrl, Rss(Item("stays"), Item("goes")));
        await FollowAsync();
        var poller = Poller();
        await poller.PollDueAsync(None);
        _web.Feed(FeedUrl, Rss(Item("stays")));
        _web.Page(PageUrl("stays"), Announcement("Bleibt"));

        for (var poll = 0; poll < 6; poll++)
        {
            _time.Advance(_options.PollInterval);
            Assert.Equal(1, await poller.PollDueAsync(None));
        }

        string[] keys = ["id:stays", "link:" + PageUrl("stays"), "id:goes", "link:" + PageUrl("goes")];
        Assert.Equal(["id:stays", "link:" + PageUrl("stays")], (await _feeds.SeenAsync(Guild, FeedUrl, keys, None)).Order(StringComparer.Ordinal));
        Assert.Empty(await _discussions.ListAsync(Guild, None));
        Assert.DoesNotContain(_web.Requests, r => r.Url == PageUrl("stays"));
    }

    private async Task FollowAsync() =>
        Assert.Equal(FollowOutcome.Followed, await _feeds.FollowAsync(Guild, FeedUrl, Moderator, _time.GetUtcNow(), 20, None));

    private FeedPoller Poller() => new(
        _feeds, _web, new DocumentIntake(new FakeAttachmentDownloads(), _web), _discussions, _catalog, new CountingReload(() => _reloads++),
        Options.Create(_options), Options.Create(_discussionOptions), _time, NullLogger<FeedPoller>.Instance);

    private static string PageUrl(string id) => $"https://example.org/talk/{id}";

    private static string Item(string id, string? link = null) =>
        $"<item><title>{id}</title><link>{SecurityElement.Escape(link ?? PageUrl(id))}</link><guid isPermaLink=\"false\">{id}</guid></item>";

    private static string Rss(params string[] items) =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Talk</title>{string.Concat(items)}</channel></rss>";

    private static string Announcement(string headline) => string.Create(CultureInfo.InvariantCulture,
        $"{headline}\nDie Lage im Osten bleibt angespannt.\nDarüber sprechen wir mit Dr. Anna Beispiel, Politologin an der Universität Kiel.");

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
            await Task.Delay(5, patience.Token);
    }

    private sealed class CountingReload(Action counted) : IGuildDiscussionReload
    {
        public Task ReloadAsync(CancellationToken cancellationToken)
        {
            counted();
            return Task.CompletedTask;
        }
    }
}
