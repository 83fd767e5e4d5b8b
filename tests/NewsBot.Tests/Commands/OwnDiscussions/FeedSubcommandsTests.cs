using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Commands;
using NewsBot.GuildFeeds;
using NewsBot.Web.Fetching;

namespace NewsBot.Tests.Commands.OwnDiscussions;

public sealed class FeedSubcommandsTests
{
    private const ulong Moderator = Permissions.ManageGuild;
    private readonly CommandHarness _harness = new();

    [Fact]
    public async Task Following_beyond_the_servers_feed_limit_is_refused_in_the_moderators_language_and_changes_nothing()
    {
        _harness.AlsoRegister = s => s.Configure<GuildFeedsOptions>(o => o.MaxPerGuild = 1);
        foreach (var name in new[] { "a", "b" })
        {
            _harness.Web.Pages[$"https://example.org/{name}.xml"] = new FetchResult.Fetched(new Uri($"https://example.org/{name}.xml"), "application/rss+xml", null,
                Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>T</title><item><guid>1</guid><title>x</title></item></channel></rss>"));
        }

        var first = await _harness.RunAsync("discussions", "follow", new() { ["url"] = "https://example.org/a.xml" }, permissions: Moderator);
        var second = await _harness.RunAsync("discussions", "follow", new() { ["url"] = "https://example.org/b.xml" }, userLocale: "de", permissions: Moderator);

        Assert.StartsWith("This server now follows https://example.org/a.xml (T).", first.Content, StringComparison.Ordinal);
        Assert.Equal("Dieser Server folgt bereits 1 Feeds, so vielen wie höchstens erlaubt. Entfolge zuerst einem mit /diskussionen entfolgen. Nichts wurde geändert.",
            second.Content);
        Assert.True(second.Ephemeral);
        var feeds = await _harness.RunAsync("discussions", "feeds", permissions: Moderator);
        Assert.Contains("https://example.org/a.xml", feeds.Embeds.Single().Description, StringComparison.Ordinal);
        Assert.DoesNotContain("b.xml", feeds.Embeds.Single().Description, StringComparison.Ordinal);
    }
}
