using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Control;
using NewsBot.Testing;
using static NewsBot.EndToEnd.Tests.BotHarness;

namespace NewsBot.EndToEnd.Tests;

/// <summary>
/// Moderators follow a feed (#12): the real host against the sandbox, a local web server on 127.0.0.1 serving an RSS
/// feed and its item pages. The backlog is only remembered; an item the feed gains later becomes a discussion of that
/// server when the injected clock reaches the next poll.
/// </summary>
public sealed class FeedTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2024, 9, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMinutes(15);

    private readonly Dictionary<string, (string ContentType, byte[] Body)> _pages = [];
    private BotHarness _bot = null!;
    private LocalWebServer _web = null!;

    public async Task InitializeAsync()
    {
        var testData = Path.Combine(RepositoryRoot(), "tests", "NewsBot.Web.Tests", "TestData");
        _pages["/talk/miosga"] = ("text/html; charset=utf-8", await File.ReadAllBytesAsync(Path.Combine(testData, "miosga-mit-json-ld.html")));
        _pages["/events/sea-floor"] = ("text/html", await File.ReadAllBytesAsync(Path.Combine(testData, "lse-ohne-json-ld.html")));
        _pages["/not-a-feed"] = ("text/html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><p>Hallo</p></body></html>"));
        _web = LocalWebServer.Start(_pages);
        // Written before anything fetches it; replaced later only while no poll runs (the poller waits for the clock).
        _pages["/feed.xml"] = Rss(_web.Url("/talk/miosga"));
        _bot = await BotHarness.StartAsync(Now, Streams(Now.AddDays(2), Now.AddDays(2).AddHours(1)),
            settings: new Dictionary<string, string?> { ["Web:AllowLoopback"] = "true", ["Feeds:PollInterval"] = "00:15:00" });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _web.DisposeAsync();
    }

    [Fact]
    public async Task A_followed_feed_never_posts_its_backlog_and_a_new_item_becomes_a_discussion_of_that_server_only()
    {
        var other = _bot.Sandbox.World.AddGuild("Other Server");
        var feedUrl = _web.Url("/feed.xml").ToString();

        var followed = Text(await _bot.ReplyAsync(Moderator(Subcommand("follow", Option("url", feedUrl)))));

        Assert.Contains($"Dieser Server folgt jetzt {feedUrl}", followed, StringComparison.Ordinal);
        Assert.Contains("Die bisherigen Einträge (1) werden nicht übernommen", followed, StringComparison.Ordinal);
        // The first poll starts at once and only remembers the backlog.
        Assert.True(await WaitAsync(async () => Text(await _bot.ReplyAsync(Moderator(Subcommand("feeds")))).Contains("nächste Prüfung", StringComparison.Ordinal)));
        Assert.Contains("noch keine eigenen Diskussionen", Text(await _bot.ReplyAsync(Moderator(Subcommand("list")))), StringComparison.Ordinal);

        _pages["/feed.xml"] = Rss(_web.Url("/events/sea-floor"), _web.Url("/talk/miosga"));
        _bot.Time.Advance(PollInterval);

        // The list names the headline once the catalog has read the saved discussion.
        Assert.True(await WaitAsync(async () => Text(await _bot.ReplyAsync(Moderator(Subcommand("list"))))
            .Contains("`sea-floor` — Who Owns the Sea Floor?", StringComparison.Ordinal)));
        var list = Text(await _bot.ReplyAsync(Moderator(Subcommand("list"))));
        Assert.DoesNotContain("miosga", list, StringComparison.Ordinal);
        Assert.Contains($"Feed-Eintrag {_web.Url("/events/sea-floor")}", list, StringComparison.Ordinal);

        var panel = await _bot.ReplyAsync(_bot.Viewer("panel", "de", Option("discussion", "sea-floor")));
        Assert.False(IsEphemeral(panel));
        Assert.Contains("Priya Raman", Text(panel), StringComparison.Ordinal);
        var elsewhere = await _bot.ReplyAsync(_bot.Viewer("panel", "de", Option("discussion", "sea-floor")) with
        {
            GuildId = other.Id,
            ChannelId = other.Channel("general").Id,
        });
        Assert.True(IsEphemeral(elsewhere));
        var otherList = Text(await _bot.ReplyAsync(Moderator(Subcommand("list")) with { GuildId = other.Id, ChannelId = other.Channel("general").Id }));
        Assert.DoesNotContain("sea-floor", otherList, StringComparison.Ordinal);
        Assert.Contains("folgt keinen Feeds", Text(await _bot.ReplyAsync(Moderator(Subcommand("feeds")) with { GuildId = other.Id, ChannelId = other.Channel("general").Id })),
            StringComparison.Ordinal);
        Assert.Empty(_bot.Sandbox.Control.Messages(_bot.Announcements));
    }

    [Fact]
    public async Task A_feed_is_unfollowed_by_its_suggested_address_and_what_is_not_a_feed_is_refused()
    {
        var feedUrl = _web.Url("/feed.xml").ToString();
        await _bot.ReplyAsync(Moderator(Subcommand("follow", Option("url", feedUrl))));

        Assert.Contains("kein RSS- oder Atom-Feed", Text(await _bot.ReplyAsync(Moderator(Subcommand("follow", Option("url", _web.Url("/not-a-feed").ToString()))))),
            StringComparison.Ordinal);
        Assert.Contains("Fehler", Text(await _bot.ReplyAsync(Moderator(Subcommand("follow", Option("url", _web.Url("/missing.xml").ToString()))))),
            StringComparison.Ordinal);
        Assert.Contains("privates Netz", Text(await _bot.ReplyAsync(Moderator(Subcommand("follow", Option("url", "http://10.1.2.3/feed.xml"))))),
            StringComparison.Ordinal);
        Assert.Contains("folgt", Text(await _bot.ReplyAsync(Moderator(Subcommand("follow", Option("url", feedUrl))))), StringComparison.Ordinal);

        var suggestions = await _bot.InvokeAsync(_bot.Moderator("discussions",
            new JsonObject { ["name"] = "unfollow", ["type"] = 1, ["options"] = new JsonArray(new JsonObject { ["name"] = "feed", ["type"] = 3, ["value"] = "feed", ["focused"] = true }) }) with { Type = 4 });
        Assert.Contains(feedUrl, suggestions.Callback!.ToJsonString(), StringComparison.Ordinal);

        Assert.Contains("nicht mehr", Text(await _bot.ReplyAsync(Moderator(Subcommand("unfollow", Option("feed", feedUrl))))), StringComparison.Ordinal);
        Assert.Contains("folgt keinen Feeds", Text(await _bot.ReplyAsync(Moderator(Subcommand("feeds")))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_without_manage_server_cannot_follow_unfollow_or_list_feeds()
    {
        var feedUrl = _web.Url("/feed.xml").ToString();
        foreach (var subcommand in new[] { Subcommand("follow", Option("url", feedUrl)), Subcommand("feeds"), Subcommand("unfollow", Option("feed", feedUrl)) })
        {
            var outcome = await _bot.InvokeAsync(_bot.Viewer("discussions", "en-US", subcommand));
            var reply = outcome.Callback!["data"]!.AsObject();
            Assert.True(IsEphemeral(reply));
            Assert.Contains("Only members with the Manage Server permission", Text(reply), StringComparison.Ordinal);
        }

        Assert.Contains("folgt keinen Feeds", Text(await _bot.ReplyAsync(Moderator(Subcommand("feeds")))), StringComparison.Ordinal);
    }

    private InteractionRequest Moderator(params JsonNode[] options) => _bot.Moderator("discussions", options);

    private static (string, byte[]) Rss(params Uri[] links)
    {
        var items = string.Concat(links.Select(l => $"<item><title>{l.AbsolutePath}</title><link>{l}</link><guid isPermaLink=\"false\">{l.AbsolutePath}</guid></item>"));
        return ("application/rss+xml", Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Talk</title>{items}</channel></rss>"));
    }

    /// <summary>Waits in real time (the fake clock stays where the test put it) until <paramref name="condition"/> holds.</summary>
    private static async Task<bool> WaitAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                return false;
            await Task.Delay(50);
        }
        return true;
    }
}
