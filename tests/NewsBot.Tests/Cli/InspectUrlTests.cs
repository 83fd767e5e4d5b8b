using System.CommandLine;
using System.Text.Json;
using NewsBot.Cli;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

public sealed class InspectUrlTests
{
    private static LocalWebServer Server() => new(new()
    {
        ["/talk/miosga"] = ("text/html; charset=utf-8", WebTestData("miosga-mit-json-ld.html")),
        ["/talk/feed"] = ("application/rss+xml", WebTestData("sendungen.rss.xml")),
        ["/bild.png"] = ("image/png", [0x89, 0x50, 0x4E, 0x47]),
    });

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = NewsBotCommandLine.Create((_, _) => throw new InvalidOperationException("run must not start"));
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The real-shaped pages and feeds of the web reader's own tests.</summary>
    private static byte[] WebTestData(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "NewsBot.Web.Tests", "TestData", name);
            if (File.Exists(candidate))
                return File.ReadAllBytes(candidate);
        }

        throw new FileNotFoundException("web test data", name);
    }

    [Fact]
    public async Task Inspect_of_a_url_on_this_machine_is_refused_without_the_loopback_flag_and_nothing_is_requested()
    {
        await using var server = Server();
        var (exit, output, error) = await RunAsync("inspect", server.Url("/talk/miosga").ToString());

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("This address points into a private network or to the bot's own machine", error, StringComparison.Ordinal);
        Assert.Contains("Diese Adresse zeigt in ein privates Netz", error, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1 is loopback", error, StringComparison.Ordinal);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public async Task Inspect_of_a_page_prints_its_structured_data_and_what_the_reader_understood()
    {
        await using var server = Server();
        var (exit, output, error) = await RunAsync("inspect", server.Url("/talk/miosga").ToString(), "--allow-loopback");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains($"URL:          {server.Url("/talk/miosga")}", output, StringComparison.Ordinal);
        Assert.Contains("JSON-LD:      BroadcastEvent \"Was treibt die Union im Asylstreit, Herr Wüst?\" 2024-09-15T21:45+02:00 – 2024-09-15T22:45+02:00", output, StringComparison.Ordinal);
        Assert.Contains("# miosga", output, StringComparison.Ordinal);
        Assert.Contains("Headline:     Caren Miosga heute: Gäste und Thema am 15.9.", output, StringComparison.Ordinal);
        Assert.Contains("Start:        2024-09-15T21:45", output, StringComparison.Ordinal);
        Assert.Contains("  - Gerald Knaus, Migrationsforscher", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_json_of_a_page_prints_the_same_object_as_for_a_file()
    {
        await using var server = Server();
        var (exit, output, _) = await RunAsync("inspect", server.Url("/talk/miosga").ToString(), "--allow-loopback", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("miosga", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("Was treibt die Union im Asylstreit, Herr Wüst?", json.RootElement.GetProperty("streamTitle").GetString());
        Assert.Equal("2024-09-15T22:45", json.RootElement.GetProperty("end").GetString());
    }

    [Fact]
    public async Task Inspect_of_a_feed_lists_its_items()
    {
        await using var server = Server();
        var (exit, output, error) = await RunAsync("inspect", server.Url("/talk/feed").ToString(), "--allow-loopback");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("Title:        Talk im Ersten – Sendungen", output, StringComparison.Ordinal);
        Assert.Contains("  - 2024-09-15 10:12 +02:00  Caren Miosga heute: Gäste und Thema am 15.9.  https://www.daserste.de/talk/caren-miosga/sendungen/miosga-15-9-100.html", output, StringComparison.Ordinal);
        Assert.Contains("  - (no date)  Maischberger am Dienstag: Die Gäste", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/bild.png", "This is not a web page, text or feed. (Das ist keine Webseite, kein Text und kein Feed.) image/png")]
    [InlineData("/weg", "The server answered with an error. (Der Server hat mit einem Fehler geantwortet.) 404 Not Found")]
    public async Task Inspect_of_a_url_that_cannot_be_read_says_why_in_english_and_german(string path, string message)
    {
        await using var server = Server();
        var (exit, _, error) = await RunAsync("inspect", server.Url(path).ToString(), "--allow-loopback");

        Assert.Equal(1, exit);
        Assert.Equal($"inspect: {server.Url(path)}: {message}", error.Trim());
    }

    [Fact]
    public async Task Inspect_of_an_ftp_url_is_refused_by_scheme()
    {
        var (exit, _, error) = await RunAsync("inspect", "ftp://example.org/sendung.txt");

        Assert.Equal(1, exit);
        Assert.Contains("Only http and https addresses can be read.", error, StringComparison.Ordinal);
    }
}
