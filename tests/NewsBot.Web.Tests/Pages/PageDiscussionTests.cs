using System.Text;
using NewsBot.Core.Documents;
using NewsBot.Core.Documents.Time;
using NewsBot.Web.Fetching;
using NewsBot.Web.Pages;

namespace NewsBot.Web.Tests.Pages;

public sealed class PageDiscussionTests
{
    private const int MaxBytes = 256 * 1024;

    private static async Task<(Discussion Discussion, PageDiscussion.Reading Reading)> Read(byte[] body, string mediaType = "text/html", string? charset = null)
    {
        var page = new FetchResult.Fetched(new Uri("https://example.org/sendung"), mediaType, charset, body);
        var reading = await PageDiscussion.ReadAsync(page, "sendung", MaxBytes, CancellationToken.None);
        return (Assert.IsType<ParseResult.Parsed>(reading.Result).Discussion, reading);
    }

    [Fact]
    public async Task A_page_with_json_ld_takes_time_and_stream_title_from_its_broadcast_event_and_the_panel_from_its_guest_list()
    {
        var (d, _) = await Read(HtmlPageReaderTests.TestPage("miosga-mit-json-ld.html"));

        Assert.Equal("Caren Miosga heute: Gäste und Thema am 15.9.", d.Headline);
        Assert.Equal("Was treibt die Union im Asylstreit, Herr Wüst?", d.StreamTitle);
        Assert.Equal(DocumentLanguage.German, d.Language);
        // The page's "Die Gäste" list names three; the event's two actors only stand in when the text names nobody.
        Assert.Equal(["Hendrik Wüst", "Gerald Knaus", "Gilda Sahebi"], d.Panel.Select(e => e.Name));
        Assert.Equal("Ministerpräsident Nordrhein-Westfalen", d.Panel[0].Role);
        Assert.Equal("Migrationsforscher", d.Panel[1].Role);
        Assert.Contains(d.Paragraphs, p => p.StartsWith("Der Asyl-Gipfel", StringComparison.Ordinal));
        var broadcast = Assert.IsType<BroadcastTime>(d.Broadcast);
        Assert.Equal("2024-09-15T21:45", broadcast.Start.ToString());
        Assert.Equal("2024-09-15T22:45", broadcast.End?.ToString());
        Assert.Equal("schema.org BroadcastEvent startDate and endDate in the page's JSON-LD", broadcast.Explanation);
    }

    [Fact]
    public async Task A_json_ld_offset_places_the_start_at_that_exact_instant_whatever_the_default_zone()
    {
        var (d, _) = await Read(HtmlPageReaderTests.TestPage("miosga-mit-json-ld.html"));

        var slot = Assert.IsType<BroadcastSlot.At>(BroadcastSlots.Resolve(d.Broadcast!, "America/New_York", new DateTimeOffset(2024, 9, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(new DateTimeOffset(2024, 9, 15, 19, 45, 0, TimeSpan.Zero), slot.StartsAt);
        Assert.Equal(new DateTimeOffset(2024, 9, 15, 20, 45, 0, TimeSpan.Zero), slot.EndsAt);
    }

    [Fact]
    public async Task A_page_without_json_ld_is_read_from_its_text_alone()
    {
        var (d, reading) = await Read(HtmlPageReaderTests.TestPage("lse-ohne-json-ld.html"));

        Assert.Empty(reading.Hints!.Events);
        Assert.Equal("Who Owns the Sea Floor? Deep-Sea Mining and the Future of Ocean Governance", d.Headline);
        Assert.Equal(d.Headline, d.StreamTitle);
        Assert.Null(d.Show);
        Assert.Equal(DocumentLanguage.English, d.Language);
        // Nothing structured overrides the text: the speakers block gives the panel, the chair the host, and the
        // speakers' bios stay out of the topic's paragraphs.
        Assert.Equal(["Nadia Farouk", "Olav Strand", "Priya Raman"], d.Panel.Select(e => e.Name));
        Assert.Equal("Daniel Whitcombe", d.Host);
        Assert.DoesNotContain("Priya Raman is Head of Policy at the Pacific Resource Transparency Initiative, based in Suva, Fiji.", d.Paragraphs);
        Assert.Contains(d.Paragraphs, p => p.StartsWith("Companies are racing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Performers_become_the_panel_when_the_text_introduces_nobody()
    {
        var html = """
            <html><head><script type="application/ld+json">
            {"@type": "Event", "name": "Stadtgespräch", "startDate": "2025-05-02T19:00:00+02:00",
             "performer": [{"name": "Anna Beck", "jobTitle": "Stadtplanerin"}, {"name": "Jonas Weber"}]}
            </script></head><body><article><h1>Stadtgespräch: Wer baut die Stadt?</h1>
            <p>Die Mieten steigen, Bauland ist knapp. Wie kann die Stadt gegensteuern?</p></article></body></html>
            """;

        var (d, _) = await Read(Encoding.UTF8.GetBytes(html), charset: "utf-8");

        Assert.Equal(["Anna Beck", "Jonas Weber"], d.Panel.Select(e => e.Name));
        Assert.Equal("Stadtplanerin", d.Panel[0].Role);
        Assert.Equal("Stadtgespräch", d.StreamTitle);
        Assert.Equal("2025-05-02T19:00", d.Broadcast?.Start.ToString());
        Assert.Null(d.Broadcast?.End);
    }

    [Fact]
    public async Task An_event_over_several_days_keeps_only_its_start()
    {
        var html = """
            <html><head><script type="application/ld+json">
            {"@type": "Event", "name": "Kongress", "startDate": "2025-05-02T09:00", "endDate": "2025-05-04T17:00"}
            </script></head><body><h1>Kongress</h1><p>Drei Tage Debatten über die Zukunft der Arbeit.</p></body></html>
            """;

        var (d, _) = await Read(Encoding.UTF8.GetBytes(html), charset: "utf-8");

        Assert.Equal("2025-05-02T09:00", d.Broadcast?.Start.ToString());
        Assert.Null(d.Broadcast?.End);
    }

    [Fact]
    public async Task A_plain_text_page_is_read_like_a_document_file()
    {
        var (d, reading) = await Read(Encoding.UTF8.GetBytes("Überschrift\nEs diskutieren Anna Beck und Jonas Weber.\n"), "text/plain");

        Assert.Null(reading.Hints);
        Assert.Equal("Überschrift", d.Headline);
        Assert.Equal(["Anna Beck", "Jonas Weber"], d.Panel.Select(e => e.Name));
    }

    [Fact]
    public async Task A_feed_is_not_read_as_a_page()
    {
        var page = new FetchResult.Fetched(new Uri("https://example.org/feed"), "application/rss+xml", null, Encoding.UTF8.GetBytes("<rss/>"));

        var reading = await PageDiscussion.ReadAsync(page, "feed", MaxBytes, CancellationToken.None);

        Assert.Equal("application/rss+xml is a feed or XML, not a page", Assert.IsType<ParseResult.Rejected>(reading.Result).Reason);
    }

    [Theory]
    [InlineData("https://www.daserste.de/talk/caren-miosga/sendungen/miosga-15-9-100.html", "miosga-15-9-100")]
    [InlineData("https://example.org/", "example-org")]
    [InlineData("https://example.org/Veranstaltung%20%C3%BCber%20Wohnen/", "veranstaltung-über-wohnen")]
    public void A_page_id_comes_from_the_last_path_segment_or_the_host(string url, string id)
    {
        Assert.Equal(id, PageIds.FromUrl(new Uri(url)));
    }
}
