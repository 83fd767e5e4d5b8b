using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsBot.EndToEnd.Tests.Chaos;
using NewsBot.Sandbox;
using NewsBot.Sandbox.Control;

namespace NewsBot.EndToEnd.Tests.Aot;

/// <summary>
/// The published Native AOT executable (not the JIT build the other tests run) does what the JIT build does where
/// trimming and AOT could break it: feeds read by System.ServiceModel.Syndication, the embedded sandbox, commands over
/// the gateway and as signed HTTP interactions (NSec and libsodium), JSON through the source-generated contexts.
/// </summary>
public sealed partial class NativeBinaryTests : IDisposable
{
    private const string Token = "aot-token";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-aot-").FullName;
    private readonly HttpClient _http = new() { Timeout = Patience };

    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0">
          <channel>
            <title>Talk im Ersten</title>
            <link>https://www.daserste.de/talk/</link>
            <item>
              <title>Caren Miosga: Gäste am 15.9.</title>
              <link>https://www.daserste.de/talk/miosga-15-9.html</link>
              <guid isPermaLink="false">miosga-15-9</guid>
              <pubDate>Sun, 15 Sep 2024 10:12:00 +0200</pubDate>
            </item>
            <item>
              <title>Maischberger am Dienstag</title>
              <link>https://www.daserste.de/talk/maischberger-17-9.html</link>
              <pubDate>Dienstag, 17. September 2024</pubDate>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>LSE Events</title>
          <id>tag:lse.ac.uk,2025:events</id>
          <updated>2025-02-20T09:00:00Z</updated>
          <entry>
            <title>Who Owns the Sea Floor?</title>
            <id>tag:lse.ac.uk,2025:events/deep-sea-mining</id>
            <link rel="alternate" type="text/html" href="https://www.lse.ac.uk/events/deep-sea-mining"/>
            <published>2025-02-20T09:00:00Z</published>
            <updated>2025-02-21T12:30:00Z</updated>
          </entry>
          <entry>
            <title>Climate and Cities</title>
            <id>tag:lse.ac.uk,2025:events/climate-cities</id>
            <link href="/events/climate-cities"/>
            <updated>2025-02-22T10:00:00+01:00</updated>
          </entry>
        </feed>
        """;

    [NativeFact]
    public async Task The_native_binary_reads_an_rss_feed_with_ids_links_and_dates()
    {
        await using var web = LocalWebServer.Start(new() { ["/sendungen.rss"] = ("application/rss+xml", Encoding.UTF8.GetBytes(Rss)) });

        var feed = await InspectAsync(web.Url("/sendungen.rss"));

        Assert.Equal("Talk im Ersten", feed["title"]!.GetValue<string>());
        var items = feed["items"]!.AsArray();
        Assert.Equal(2, items.Count);
        Assert.Equal("miosga-15-9", items[0]!["id"]!.GetValue<string>());
        Assert.Equal("https://www.daserste.de/talk/miosga-15-9.html", items[0]!["link"]!.GetValue<string>());
        Assert.Equal("Caren Miosga: Gäste am 15.9.", items[0]!["title"]!.GetValue<string>());
        Assert.Equal("2024-09-15 10:12 +02:00", items[0]!["published"]!.GetValue<string>());
        Assert.Equal("https://www.daserste.de/talk/maischberger-17-9.html", items[1]!["id"]!.GetValue<string>());
        Assert.Null(items[1]!["published"]);
    }

    [NativeFact]
    public async Task The_native_binary_reads_an_atom_feed_with_published_else_updated_and_relative_links_made_absolute()
    {
        await using var web = LocalWebServer.Start(new() { ["/events.atom"] = ("application/atom+xml", Encoding.UTF8.GetBytes(Atom)) });

        var feed = await InspectAsync(web.Url("/events.atom"));

        Assert.Equal("LSE Events", feed["title"]!.GetValue<string>());
        var items = feed["items"]!.AsArray();
        Assert.Equal(2, items.Count);
        Assert.Equal("tag:lse.ac.uk,2025:events/deep-sea-mining", items[0]!["id"]!.GetValue<string>());
        Assert.Equal("https://www.lse.ac.uk/events/deep-sea-mining", items[0]!["link"]!.GetValue<string>());
        Assert.Equal("2025-02-20 09:00 +00:00", items[0]!["published"]!.GetValue<string>());
        Assert.Equal(web.Url("/events/climate-cities").AbsoluteUri, items[1]!["link"]!.GetValue<string>());
        Assert.Equal("2025-02-22 10:00 +01:00", items[1]!["published"]!.GetValue<string>());
    }

    [NativeFact(NativeBuild.WithSandbox)]
    public async Task The_native_binary_without_a_token_answers_help_through_its_embedded_sandbox()
    {
        using var bot = NoTokenBot(mode: "Gateway");
        bot.Start();
        var sandbox = await SandboxUrlAsync(bot);

        var reply = await InvokeAsync(sandbox, "help", bot);

        Assert.Equal(4, reply["callback"]!["type"]!.GetValue<int>());
        Assert.Contains("What I can do", reply["callback"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [NativeFact(NativeBuild.WithSandbox)]
    public async Task The_native_binary_without_a_token_in_http_mode_answers_help_as_a_signed_http_interaction()
    {
        using var bot = NoTokenBot(mode: "Http");
        bot.Start();
        var sandbox = await SandboxUrlAsync(bot);
        var endpoint = await InteractionsUrlAsync(sandbox, bot);

        var reply = await InvokeAsync(sandbox, "help", bot);

        Assert.Equal("127.0.0.1", endpoint.Host);
        Assert.Equal(4, reply["callback"]!["type"]!.GetValue<int>());
        Assert.Contains("What I can do", reply["callback"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [NativeFact(NativeBuild.Deploy)]
    public async Task The_deployable_native_binary_without_a_token_stops_with_exit_code_2_and_asks_for_the_token()
    {
        var info = new ProcessStartInfo(NativeFactAttribute.Binary)
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["Discord__Token"] = "";
        info.Environment["Storage__SqlitePath"] = Path.Combine(_folder, "newsbot.db");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(Patience);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("the setting Discord:Token is ''", await error, StringComparison.Ordinal);
        Assert.Contains("no built-in sandbox", await error, StringComparison.Ordinal);
        Assert.DoesNotContain("sandbox at http", await output, StringComparison.Ordinal);
    }

    [NativeFact]
    public async Task The_native_binary_with_a_token_answers_over_the_gateway_and_passes_the_sandboxs_endpoint_check_in_both_mode()
    {
        await using var sandbox = new SandboxServer(new SandboxOptions { ExpectedToken = Token });
        await sandbox.StartAsync();
        using var bot = Bot(new Dictionary<string, string>
        {
            ["Discord:Token"] = Token,
            ["Discord:RestBaseUrl"] = new Uri(sandbox.BaseUri, "api").ToString(),
            ["Interactions:Mode"] = "Both",
            ["Interactions:ListenUrl"] = "http://127.0.0.1:0",
            ["Interactions:PublicKey"] = sandbox.Control.InteractionsPublicKey,
        });
        bot.Start();
        var listening = await bot.WaitForLineAsync(line => line.Contains("Interactions endpoint at ", StringComparison.Ordinal), Patience);
        Assert.True(await sandbox.Control.WaitForBotAsync(Patience), "the native bot did not connect:\n" + bot.Tail());

        var overGateway = await sandbox.Control.InvokeCommandAsync(new InteractionRequest("help") { Locale = "en-US" });
        var endpoint = new Uri(EndpointLine().Match(listening).Groups["url"].Value);
        var rejected = await sandbox.Control.SetInteractionsUrlAsync(endpoint);
        var overHttp = await sandbox.Control.InvokeCommandAsync(new InteractionRequest("help") { Locale = "de" });

        Assert.True(overGateway.Answered, overGateway.Error + "\n" + bot.Tail());
        Assert.Contains("What I can do", overGateway.Callback!.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(rejected);
        Assert.Equal(endpoint, sandbox.Control.InteractionsUrl);
        Assert.True(overHttp.Answered, overHttp.Error + "\n" + bot.Tail());
        Assert.Contains("Was ich kann", overHttp.Callback!.ToJsonString(), StringComparison.Ordinal);
    }

    private async Task<JsonObject> InspectAsync(Uri url)
    {
        var info = new ProcessStartInfo(NativeFactAttribute.Binary, ["inspect", url.AbsoluteUri, "--json", "--allow-loopback"])
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(Patience);
        Assert.True(process.ExitCode == 0, $"inspect exited with {process.ExitCode}: {await error}");
        return JsonNode.Parse(await output)!.AsObject();
    }

    private BotProcess NoTokenBot(string mode) => Bot(new Dictionary<string, string>
    {
        ["Discord:Token"] = "",
        ["Interactions:Mode"] = mode,
    });

    private BotProcess Bot(Dictionary<string, string> settings)
    {
        var documents = Path.Combine(_folder, "documents");
        if (!Directory.Exists(documents))
        {
            Directory.CreateDirectory(documents);
            foreach (var file in Directory.GetFiles(Path.Combine(BotHarness.RepositoryRoot(), "config", "documents"), "*.txt"))
                File.Copy(file, Path.Combine(documents, Path.GetFileName(file)));
            File.WriteAllText(Path.Combine(_folder, "streams.json"), """{"streams":[]}""");
        }
        settings["Documents:Folder"] = documents;
        settings["Schedule:File"] = Path.Combine(_folder, "streams.json");
        settings["Storage:SqlitePath"] = Path.Combine(_folder, "newsbot.db");
        settings["Logging:LogLevel:Default"] = "Warning";
        // The lines the tests wait for: the embedded sandbox's address and where the interactions endpoint listens.
        settings["Logging:LogLevel:NewsBot.NoToken"] = "Information";
        settings["Logging:LogLevel:NewsBot.HttpInteractions"] = "Information";
        return new BotProcess("native", _folder, settings, NativeFactAttribute.Binary);
    }

    private static async Task<Uri> SandboxUrlAsync(BotProcess bot)
    {
        var banner = await bot.WaitForLineAsync(line => SandboxLine().IsMatch(line), Patience);
        return new Uri(SandboxLine().Match(banner).Groups["url"].Value + "/");
    }

    /// <summary>The interactions URL the bot handed its embedded sandbox once the sandbox's PING and forged request passed.</summary>
    private async Task<Uri> InteractionsUrlAsync(Uri sandbox, BotProcess bot)
    {
        var saved = await bot.WaitForLineAsync(line => line.Contains("the sandbox POSTs them to", StringComparison.Ordinal)
            || line.Contains("rejected the interactions endpoint", StringComparison.Ordinal), Patience);
        Assert.DoesNotContain("rejected", saved, StringComparison.Ordinal);
        var endpoint = await _http.GetFromJsonAsync<JsonObject>(new Uri(sandbox, "_sandbox/interactions-endpoint"));
        return new Uri(endpoint!["url"]!.GetValue<string>());
    }

    /// <summary>Sends the command through the control API; 503 (no bot session or endpoint yet) is asked again until the bot is up.</summary>
    private async Task<JsonObject> InvokeAsync(Uri sandbox, string command, BotProcess bot)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            using var response = await _http.PostAsJsonAsync(new Uri(sandbox, "_sandbox/interactions"),
                new JsonObject { ["locale"] = "en-US", ["data"] = new JsonObject { ["name"] = command } });
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"/{command}: {(int)response.StatusCode} {body}\n{bot.Tail()}");
                return JsonNode.Parse(body)!.AsObject();
            }
            Assert.True(deadline.Elapsed < Patience, $"the bot never took /{command}: {body}\n{bot.Tail()}");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    [GeneratedRegex(@"running against the built-in sandbox at (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex SandboxLine();

    [GeneratedRegex(@"Interactions endpoint at (?<url>http://\S+)")]
    private static partial Regex EndpointLine();

    public void Dispose()
    {
        _http.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
