using System.Globalization;
using System.Text;
using NewsBot.Web.Feeds;

namespace NewsBot.Web.Tests.Feeds;

public sealed class FeedParserTests
{
    private static byte[] TestFeed(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    private static FeedResult.Failed AssertFailed(FeedResult result, FeedFailureReason reason)
    {
        var failed = Assert.IsType<FeedResult.Failed>(result);
        Assert.Equal(reason, failed.Reason);
        return failed;
    }

    [Fact]
    public void An_rss_feed_gives_its_items_with_guid_or_link_as_id_link_title_and_date()
    {
        var feed = Assert.IsType<FeedResult.Read>(FeedParser.Parse(TestFeed("sendungen.rss.xml")));

        Assert.Equal("Talk im Ersten – Sendungen", feed.Title);
        Assert.Equal(3, feed.Items.Count);
        var miosga = feed.Items[0];
        Assert.Equal("miosga-15-9-100", miosga.Id);
        Assert.Equal(new Uri("https://www.daserste.de/talk/caren-miosga/sendungen/miosga-15-9-100.html"), miosga.Link);
        Assert.Equal("Caren Miosga heute: Gäste und Thema am 15.9.", miosga.Title);
        Assert.Equal(new DateTimeOffset(2024, 9, 15, 10, 12, 0, TimeSpan.FromHours(2)), miosga.Published);
        Assert.Equal("https://www.daserste.de/talk/maischberger/sendungen/maischberger-17-9-100.html", feed.Items[1].Id);
        Assert.Equal(new DateTimeOffset(2024, 9, 16, 8, 0, 0, TimeSpan.Zero), feed.Items[2].Published);
    }

    [Fact]
    public void An_unreadable_item_date_costs_only_that_date()
    {
        var feed = Assert.IsType<FeedResult.Read>(FeedParser.Parse(TestFeed("sendungen.rss.xml")));

        Assert.Equal("Maischberger am Dienstag: Die Gäste", feed.Items[1].Title);
        Assert.Null(feed.Items[1].Published);
    }

    [Fact]
    public void An_atom_feed_gives_its_entries_with_id_alternate_link_and_published_else_updated()
    {
        var feed = Assert.IsType<FeedResult.Read>(FeedParser.Parse(TestFeed("veranstaltungen.atom.xml")));

        Assert.Equal("LSE Events", feed.Title);
        Assert.Equal(2, feed.Items.Count);
        Assert.Equal("tag:lse.ac.uk,2025:events/deep-sea-mining", feed.Items[0].Id);
        Assert.Equal(new Uri("https://www.lse.ac.uk/events/2025/03/deep-sea-mining"), feed.Items[0].Link);
        Assert.Equal(new DateTimeOffset(2025, 2, 20, 9, 0, 0, TimeSpan.Zero), feed.Items[0].Published);
        Assert.Equal(new DateTimeOffset(2025, 2, 22, 10, 0, 0, TimeSpan.FromHours(1)), feed.Items[1].Published);
    }

    [Fact]
    public void A_relative_link_is_made_absolute_against_the_feeds_url()
    {
        var feed = Assert.IsType<FeedResult.Read>(FeedParser.Parse(TestFeed("veranstaltungen.atom.xml"), new Uri("https://www.lse.ac.uk/events/feed.atom")));

        Assert.Equal(new Uri("https://www.lse.ac.uk/events/2025/04/climate-cities"), feed.Items[1].Link);
    }

    [Fact]
    public void A_relative_link_without_the_feeds_url_is_left_out_but_the_item_stays()
    {
        var feed = Assert.IsType<FeedResult.Read>(FeedParser.Parse(TestFeed("veranstaltungen.atom.xml")));

        Assert.Equal("Climate and Cities", feed.Items[1].Title);
        Assert.Null(feed.Items[1].Link);
    }

    [Fact]
    public void An_html_page_is_not_a_feed()
    {
        var failed = AssertFailed(FeedParser.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "miosga-mit-json-ld.html"))), FeedFailureReason.NotAFeed);

        Assert.Equal("an HTML page, not a feed", failed.Detail);
    }

    [Fact]
    public void Xml_with_another_root_is_not_a_feed()
    {
        var failed = AssertFailed(FeedParser.Parse(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><urlset><url><loc>https://example.org/</loc></url></urlset>")), FeedFailureReason.NotAFeed);

        Assert.Equal("the root element is <urlset>, not <rss> or Atom <feed>", failed.Detail);
    }

    [Theory]
    [InlineData("{\"items\": []}")]
    [InlineData("Just some text.")]
    [InlineData("")]
    public void Text_that_is_not_xml_is_not_a_feed(string text)
    {
        var failed = AssertFailed(FeedParser.Parse(Encoding.UTF8.GetBytes(text)), FeedFailureReason.NotAFeed);

        Assert.Equal("not XML", failed.Detail);
    }

    [Fact]
    public void A_feed_broken_in_the_middle_is_malformed_with_its_line()
    {
        var failed = AssertFailed(FeedParser.Parse(Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>T</title>\n<item><title>A</item></channel></rss>")), FeedFailureReason.Malformed);

        Assert.StartsWith("broken XML at line 2", failed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_xml_bomb_is_refused_at_its_dtd_without_expanding_anything()
    {
        var bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n  <!ENTITY lol \"lol\">\n");
        for (var i = 1; i <= 9; i++)
            bomb.Append(CultureInfo.InvariantCulture, $"  <!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat(i == 1 ? "&lol;" : $"&lol{i - 1};", 10))}\">\n");
        bomb.Append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>");
        var before = GC.GetAllocatedBytesForCurrentThread();

        var failed = AssertFailed(FeedParser.Parse(Encoding.UTF8.GetBytes(bomb.ToString())), FeedFailureReason.DocumentTypeDefinition);

        Assert.Equal("the document declares a DTD, which is never processed", failed.Detail);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 10_000_000, "the entities were expanded");
    }

    [Fact]
    public void An_external_entity_is_never_resolved()
    {
        var xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";

        AssertFailed(FeedParser.Parse(Encoding.UTF8.GetBytes(xxe)), FeedFailureReason.DocumentTypeDefinition);
    }
}
