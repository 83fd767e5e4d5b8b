using System.Text;
using NewsBot.Commands;
using NewsBot.Commands.OwnDiscussions;
using NewsBot.GuildDiscussions;
using NewsBot.Tests.Commands.Fakes;
using NewsBot.Texts;
using NewsBot.Web.Fetching;

namespace NewsBot.Tests.Commands.OwnDiscussions;

public sealed class DocumentIntakeTests
{
    private readonly FakeAttachmentDownloads _files = new();
    private readonly FakeWebFetcher _web = new();

    private DocumentIntake Intake => new(_files, _web);

    private CommandAttachment File(string name, byte[] bytes, long? reportedSize = null)
    {
        var url = "https://cdn.discordapp.com/ephemeral-attachments/1/2/" + name;
        _files.Files[url] = bytes;
        return new CommandAttachment(2, name, null, reportedSize ?? bytes.Length, url);
    }

    private static string English(Intake intake) => Assert.IsType<Intake.Refused>(intake).Message(BotLanguage.English);

    [Fact]
    public async Task A_windows_1252_text_file_is_decoded_as_the_documents_loader_does_and_named_after_the_file()
    {
        var bytes = Encoding.Latin1.GetBytes("Außenpolitik heute\nDie Lage.");

        var accepted = Assert.IsType<Intake.Accepted>(await Intake.FromFileAsync(File("Außen Politik.TXT", bytes), CancellationToken.None));

        Assert.Equal((DocumentFormat.Text, DiscussionOrigin.File, "Außen Politik.TXT", "aussen-politik"), (accepted.Format, accepted.Origin, accepted.Source, accepted.BaseId));
        Assert.Equal("Außenpolitik heute\nDie Lage.", accepted.Content);
    }

    [Fact]
    public async Task A_markdown_file_loses_its_heading_marks_and_its_list_stars()
    {
        var accepted = Assert.IsType<Intake.Accepted>(await Intake.FromFileAsync(
            File("runde.md", Encoding.UTF8.GetBytes("# Europa heute\n\n**Die Lage ist ernst.**\n* Wie weiter?\n> Zitat")), CancellationToken.None));

        Assert.Equal("Europa heute\n\nDie Lage ist ernst.\n- Wie weiter?\nZitat", accepted.Content);
    }

    [Fact]
    public async Task An_html_file_is_kept_as_html_to_be_read_by_the_page_reader()
    {
        var accepted = Assert.IsType<Intake.Accepted>(await Intake.FromFileAsync(
            File("seite.html", Encoding.UTF8.GetBytes("<html><body><main><h1>Europa</h1><p>Text</p></main></body></html>")), CancellationToken.None));

        Assert.Equal(DocumentFormat.Html, accepted.Format);
        Assert.Contains("<h1>Europa</h1>", accepted.Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("folien.pdf", "**folien.pdf** is not a .txt, .md or .html file.")]
    [InlineData("bild.png", "**bild.png** is not a .txt, .md or .html file.")]
    [InlineData("ohne", "**ohne** is not a .txt, .md or .html file.")]
    public async Task Other_file_types_are_refused_without_downloading(string name, string expected)
    {
        var refused = English(await Intake.FromFileAsync(File(name, [1, 2, 3]), CancellationToken.None));

        Assert.StartsWith(expected, refused, StringComparison.Ordinal);
        Assert.Empty(_files.Downloaded);
    }

    [Fact]
    public async Task A_file_reported_larger_than_256_KiB_is_refused_before_it_is_downloaded()
    {
        var refused = English(await Intake.FromFileAsync(File("gross.txt", [65], reportedSize: 256 * 1024 + 1), CancellationToken.None));

        Assert.Equal("**gross.txt** is larger than 256 KiB, the limit for an announcement file.", refused);
        Assert.Empty(_files.Downloaded);
    }

    [Fact]
    public async Task A_file_whose_bytes_pass_the_cap_is_refused_as_too_large()
    {
        var refused = English(await Intake.FromFileAsync(File("gross.txt", new byte[300 * 1024], reportedSize: 10), CancellationToken.None));

        Assert.StartsWith("**gross.txt** is larger than 256 KiB", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Binary_bytes_named_txt_and_a_failed_download_are_said_as_such()
    {
        Assert.Equal("**bild.txt** is not readable text (binary file (contains NUL bytes)).",
            English(await Intake.FromFileAsync(File("bild.txt", [0x89, 0x50, 0x00, 0x01]), CancellationToken.None)));
        Assert.Equal("Discord did not hand over **weg.txt**. Please attach it again.",
            English(await Intake.FromFileAsync(new CommandAttachment(3, "weg.txt", null, 10, "https://cdn.discordapp.com/x/weg.txt"), CancellationToken.None)));
        Assert.Equal("Attach a file to the command.", English(await Intake.FromFileAsync(null, CancellationToken.None)));
    }

    [Fact]
    public async Task A_file_name_with_markup_is_shown_literally()
    {
        var refused = English(await Intake.FromFileAsync(File("@everyone_*x*.pdf", [1]), CancellationToken.None));

        Assert.DoesNotContain("@everyone", refused, StringComparison.Ordinal);
        Assert.Contains("\\*x\\*", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_is_kept_as_html_under_its_final_address_and_a_text_page_as_text()
    {
        _web.Pages["https://example.org/talk/europa-heute"] = new FetchResult.Fetched(
            new Uri("https://example.org/sendungen/europa-heute.html"), "text/html", "iso-8859-1", Encoding.Latin1.GetBytes("<html><body><h1>Groß</h1></body></html>"));
        _web.Pages["https://example.org/plain"] = new FetchResult.Fetched(new Uri("https://example.org/plain"), "text/plain", null, Encoding.UTF8.GetBytes("Titel\nText"));

        var page = Assert.IsType<Intake.Accepted>(await Intake.FromUrlAsync(" https://example.org/talk/europa-heute ", CancellationToken.None));
        var text = Assert.IsType<Intake.Accepted>(await Intake.FromUrlAsync("https://example.org/plain", CancellationToken.None));

        Assert.Equal((DocumentFormat.Html, DiscussionOrigin.Url, "https://example.org/sendungen/europa-heute.html", "europa-heute"),
            (page.Format, page.Origin, page.Source, page.BaseId));
        Assert.Contains("<h1>Groß</h1>", page.Content, StringComparison.Ordinal);
        Assert.Equal((DocumentFormat.Text, "Titel\nText"), (text.Format, text.Content));
    }

    [Fact]
    public async Task Fetch_failures_feeds_and_non_addresses_get_their_own_sentence()
    {
        _web.Pages["https://example.org/feed"] = new FetchResult.Fetched(new Uri("https://example.org/feed"), "application/rss+xml", null, [60]);
        _web.Pages["http://10.0.0.1/"] = new FetchResult.Failed(FetchFailureReason.ForbiddenAddress, "10.0.0.1 is private (10.0.0.0/8)");

        Assert.Equal("That address is a feed, not a page. Give the address of one announcement page.",
            English(await Intake.FromUrlAsync("https://example.org/feed", CancellationToken.None)));
        Assert.Equal("This address points into a private network or to the bot's own machine; it is not read. (10.0.0.1 is private (10.0.0.0/8))",
            English(await Intake.FromUrlAsync("http://10.0.0.1/", CancellationToken.None)));
        Assert.Equal("The server answered with an error. (404 Not Found)", English(await Intake.FromUrlAsync("https://example.org/weg", CancellationToken.None)));
        Assert.Equal("That is not a complete web address. (heute abend)", English(await Intake.FromUrlAsync("heute abend", CancellationToken.None)));
    }

    public static TheoryData<FetchFailureReason> EveryFetchFailure() => [.. Enum.GetValues<FetchFailureReason>()];

    [Theory]
    [MemberData(nameof(EveryFetchFailure))]
    public async Task Every_fetch_failure_is_told_in_its_own_sentence_in_both_languages_with_its_detail(FetchFailureReason reason)
    {
        _web.Pages["https://example.org/x"] = new FetchResult.Failed(reason, "the detail");

        var refused = Assert.IsType<Intake.Refused>(await Intake.FromUrlAsync("https://example.org/x", CancellationToken.None));

        var sentences = Enum.GetValues<FetchFailureReason>().Where(r => r != reason && r != FetchFailureReason.ConnectionFailed)
            .Select(r => WebReadingTexts.Sentence(r, BotLanguage.English)).ToHashSet();
        foreach (var language in new[] { BotLanguage.English, BotLanguage.German })
        {
            Assert.EndsWith(" (the detail)", refused.Message(language), StringComparison.Ordinal);
            Assert.Equal(WebReadingTexts.Sentence(reason, language) + " (the detail)", refused.Message(language));
        }
        Assert.DoesNotContain(WebReadingTexts.Sentence(reason, BotLanguage.English), sentences);
        Assert.NotEqual(refused.Message(BotLanguage.English), refused.Message(BotLanguage.German));
    }

    [Fact]
    public void Pasted_text_is_named_after_its_first_line_and_empty_text_is_refused()
    {
        var accepted = Assert.IsType<Intake.Accepted>(DocumentIntake.FromText("\r\n  Wie sicher ist Europa? Eine Runde über Verteidigung und Bündnisse\r\nText"));

        Assert.Equal("wie-sicher-ist-europa-eine-runde-uber", accepted.BaseId);
        Assert.Equal("Wie sicher ist Europa? Eine Runde über Verteidigung und Bündnisse\nText", accepted.Content);
        Assert.Equal("The text is empty.", English(DocumentIntake.FromText(" \n\t ")));
    }
}
