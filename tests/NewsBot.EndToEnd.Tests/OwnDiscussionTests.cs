using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Announcements;
using NewsBot.GuildStreams;
using NewsBot.Sandbox.Control;
using static NewsBot.EndToEnd.Tests.BotHarness;

namespace NewsBot.EndToEnd.Tests;

/// <summary>
/// Moderators add their server's own discussions from Discord (#12): a file, a web page from a local server, pasted
/// text; each previewed, then saved or cancelled with the preview's buttons; a saved one answers /panel in that server
/// and nowhere else.
/// </summary>
public sealed class OwnDiscussionTests : IAsyncLifetime
{
    private const string Maischberger = "01-maischberger-gaesteliste";
    private static readonly DateTimeOffset Now = new(2024, 9, 10, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The JSON-LD page's BroadcastEvent: 15 September 2024, 21:45 +02:00.</summary>
    private static readonly long MiosgaStart = new DateTimeOffset(2024, 9, 15, 19, 45, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    private BotHarness _bot = null!;
    private LocalWebServer _web = null!;

    public async Task InitializeAsync()
    {
        var pages = Path.Combine(RepositoryRoot(), "tests", "NewsBot.Web.Tests", "TestData");
        _web = LocalWebServer.Start(new()
        {
            ["/talk/miosga"] = ("text/html; charset=utf-8", await File.ReadAllBytesAsync(Path.Combine(pages, "miosga-mit-json-ld.html"))),
            ["/events/sea-floor"] = ("text/html", await File.ReadAllBytesAsync(Path.Combine(pages, "lse-ohne-json-ld.html"))),
            ["/feed.xml"] = ("application/rss+xml", await File.ReadAllBytesAsync(Path.Combine(pages, "sendungen.rss.xml"))),
            ["/umleitung"] = ("redirect", Encoding.UTF8.GetBytes("http://192.168.1.10/intern")),
            ["/bild.html"] = ("text/html", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]),
        });
        _bot = await BotHarness.StartAsync(Now, Streams(Now.AddDays(2), Now.AddDays(2).AddHours(1)),
            settings: new Dictionary<string, string?> { ["Web:AllowLoopback"] = "true" });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _web.DisposeAsync();
    }

    [Fact]
    public async Task A_file_is_previewed_saved_with_the_button_and_panel_shows_it_in_its_server_but_never_in_another()
    {
        var other = _bot.Sandbox.World.AddGuild("Other Server");
        // Any encoding the documents' loader reads: here UTF-16 with its byte order mark.
        var text = await File.ReadAllTextAsync(RealDocument(Maischberger));
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();

        var preview = await AddFileAsync("maischberger.txt", bytes);

        Assert.True(IsEphemeral(preview.Message));
        var shown = Text(preview.Message);
        Assert.Contains("Maischberger: Wer am Dienstag zu Gast ist", shown, StringComparison.Ordinal);
        Assert.Contains("Nancy Faeser — Bundesinnenministerin", shown, StringComparison.Ordinal);
        Assert.Contains("Sandra Maischberger", shown, StringComparison.Ordinal);
        Assert.Equal(["Speichern", "Abbrechen"], Labels(preview.Message));

        var saved = await PressAsync(preview, "Speichern");

        Assert.Equal(7, saved.Callback!["type"]!.GetValue<int>());
        Assert.Equal("Gespeichert als `maischberger`. Mitglieder dieses Servers finden sie in /zusammenfassung, /runde, /leitfragen und /stream.",
            saved.Callback["data"]!["content"]!.GetValue<string>());
        Assert.Empty(saved.Callback["data"]!["components"]!.AsArray());

        var panel = await _bot.ReplyAsync(_bot.Viewer("panel", "de", Option("discussion", "maischberger")));
        Assert.False(IsEphemeral(panel));
        Assert.Contains("Nancy Faeser", Text(panel), StringComparison.Ordinal);
        Assert.Contains("Christian Wulff", Text(panel), StringComparison.Ordinal);

        var elsewhere = await _bot.ReplyAsync(_bot.Viewer("panel", "de", Option("discussion", "maischberger")) with
        {
            GuildId = other.Id,
            ChannelId = other.Channel("general").Id,
        });
        Assert.True(IsEphemeral(elsewhere));
        Assert.DoesNotContain("Nancy Faeser", Text(elsewhere), StringComparison.Ordinal);
        var suggestions = await _bot.InvokeAsync(new InteractionRequest("panel")
        {
            Type = 4,
            GuildId = other.Id,
            ChannelId = other.Channel("general").Id,
            Options = [new JsonObject { ["name"] = "discussion", ["type"] = 3, ["value"] = "mais", ["focused"] = true }],
        });
        Assert.DoesNotContain("maischberger", suggestions.Callback!.ToJsonString(), StringComparison.Ordinal);
        var ownSuggestions = await _bot.InvokeAsync(new InteractionRequest("panel")
        {
            Type = 4,
            ChannelId = _bot.General,
            Options = [new JsonObject { ["name"] = "discussion", ["type"] = 3, ["value"] = "mais", ["focused"] = true }],
        });
        Assert.Contains("\"maischberger\"", ownSuggestions.Callback!.ToJsonString(), StringComparison.Ordinal);

        var list = Text(await _bot.ReplyAsync(Moderator(Subcommand("list"))));
        Assert.Contains("`maischberger` — Maischberger: Wer am Dienstag zu Gast ist", list, StringComparison.Ordinal);
        Assert.Contains("maischberger.txt", list, StringComparison.Ordinal);
        Assert.Contains($"<@{_bot.Sandbox.World.Moderator.Id}>", list, StringComparison.Ordinal);
        var otherList = Text(await _bot.ReplyAsync(Moderator(Subcommand("list")) with { GuildId = other.Id, ChannelId = other.Channel("general").Id }));
        Assert.DoesNotContain("maischberger", otherList, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preview_survives_a_restart_and_a_removed_discussion_is_gone_from_panel()
    {
        var preview = await AddFileAsync("gaeste.md", Encoding.UTF8.GetBytes("# " + await File.ReadAllTextAsync(RealDocument(Maischberger))));

        await _bot.StopBotAsync();
        await _bot.StartBotAsync();
        var saved = await PressAsync(preview, "Speichern");
        Assert.Contains("`gaeste`", saved.Callback!["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Nancy Faeser", Text(await _bot.ReplyAsync(_bot.Viewer("panel", "de", Option("discussion", "gaeste")))), StringComparison.Ordinal);

        var removed = Text(await _bot.ReplyAsync(Moderator(Subcommand("remove", Option("discussion", "gaeste")))));

        Assert.Equal("`gaeste` wurde entfernt.", removed);
        Assert.True(IsEphemeral(await _bot.ReplyAsync(_bot.Viewer("panel", "de", Option("discussion", "gaeste")))));
        Assert.Contains("keine eigene Diskussion", Text(await _bot.ReplyAsync(Moderator(Subcommand("remove", Option("discussion", DiscussionId))))),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_from_a_local_web_server_are_read_with_their_json_ld_event_and_without_one()
    {
        var miosga = await AddUrlAsync(_web.Url("/talk/miosga").ToString());
        var miosgaText = Text(miosga.Message);
        Assert.Contains("Caren Miosga heute: Gäste und Thema am 15.9.", miosgaText, StringComparison.Ordinal);
        Assert.Contains("Hendrik Wüst — Ministerpräsident Nordrhein-Westfalen", miosgaText, StringComparison.Ordinal);
        Assert.Contains($"<t:{MiosgaStart.ToString(CultureInfo.InvariantCulture)}:F>", miosgaText, StringComparison.Ordinal);
        Assert.Contains(_web.Url("/talk/miosga").ToString(), miosgaText, StringComparison.Ordinal);

        var lse = await AddUrlAsync(_web.Url("/events/sea-floor").ToString());
        var lseText = Text(lse.Message);
        Assert.Contains("Who Owns the Sea Floor? Deep-Sea Mining and the Future of Ocean Governance", lseText, StringComparison.Ordinal);
        Assert.Contains("Nadia Farouk", lseText, StringComparison.Ordinal);
        Assert.Contains("Daniel Whitcombe", lseText, StringComparison.Ordinal);

        await PressAsync(miosga, "Speichern");
        await PressAsync(lse, "Speichern");
        var stream = Text(await _bot.ReplyAsync(_bot.Viewer("stream", "de", Option("discussion", "miosga"))));
        Assert.Contains($"<t:{MiosgaStart.ToString(CultureInfo.InvariantCulture)}:F>", stream, StringComparison.Ordinal);
        Assert.Contains("Gerald Knaus", Text(await _bot.ReplyAsync(_bot.Viewer("panel", "de", Option("discussion", "miosga")))), StringComparison.Ordinal);
        Assert.Contains("Priya Raman", Text(await _bot.ReplyAsync(_bot.Viewer("panel", "en-US", Option("discussion", "sea-floor")))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_and_schedule_stores_the_discussion_schedules_its_broadcast_and_plans_its_announcement()
    {
        await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("channel", Option("channel", _bot.Announcements, 7))));
        var preview = await AddUrlAsync(_web.Url("/talk/miosga").ToString());
        var label = Assert.Single(Labels(preview.Message), l => l.StartsWith("Speichern und planen für ", StringComparison.Ordinal));

        var pressed = await PressAsync(preview, label);

        var answer = (pressed.Original ?? pressed.Callback!["data"]!.AsObject())["content"]!.GetValue<string>();
        Assert.StartsWith("Gespeichert als `miosga` und geplant für ", answer, StringComparison.Ordinal);
        var start = DateTimeOffset.FromUnixTimeSeconds(MiosgaStart);
        var stream = Assert.Single(await _bot.Services.GetRequiredService<IGuildStreamStore>().ListAsync(Now, CancellationToken.None));
        Assert.Equal((_bot.Sandbox.World.Guilds[0].Id, "miosga", start), (stream.GuildId, stream.DiscussionId, stream.StartsAt));
        Assert.Contains("Caren Miosga", Text(await _bot.ReplyAsync(_bot.Viewer("schedule", "de"))), StringComparison.Ordinal);

        // The announcement is planned at once (the press re-plans): its steps wait in the ledger for 15 minutes before and the start.
        var ledger = _bot.Services.GetRequiredService<IAnnouncementLedger>();
        async Task<List<DateTimeOffset>> PlannedAsync() =>
            [.. (await ledger.ListOpenAsync(CancellationToken.None)).Where(r => r.DiscussionId == "miosga").Select(r => r.DueAt).Order()];
        Assert.True(await _bot.EventuallyAsync(async () => (await PlannedAsync()).Count == 2), "the announcement was not planned");
        Assert.Equal([start.AddMinutes(-15), start], await PlannedAsync());

        _bot.Time.Advance(start.AddMinutes(-15) - _bot.Time.GetUtcNow());
        // The reminder names the page's broadcast (its headline is the JSON-LD event's name).
        var when = $"<t:{MiosgaStart.ToString(CultureInfo.InvariantCulture)}:F>";
        Assert.True(await _bot.EventuallyAsync(() => _bot.Sandbox.Control.Messages(_bot.Announcements).Any(m => Text(m).Contains(when, StringComparison.Ordinal))),
            "the reminder was not posted");
        Assert.Contains("Herr Wüst", Text(_bot.Sandbox.Control.Messages(_bot.Announcements).Single(m => Text(m).Contains(when, StringComparison.Ordinal))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pasted_text_is_previewed_from_the_form_and_cancel_saves_nothing()
    {
        var opened = await _bot.InvokeAsync(Moderator(Add(Subcommand("text"))));
        Assert.Equal(9, opened.Callback!["type"]!.GetValue<int>());
        var input = opened.Callback["data"]!["components"]![0]!["components"]![0]!;
        Assert.Equal(4000, input["max_length"]!.GetValue<int>());

        using var cts = new CancellationTokenSource(Patience);
        var submitted = await _bot.Sandbox.Control.SubmitModalAsync(new ModalSubmitRequest(
            ulong.Parse(opened.InteractionId!, CultureInfo.InvariantCulture),
            new Dictionary<string, string> { ["text"] = await File.ReadAllTextAsync(RealDocument(Maischberger)) }), cts.Token);
        Assert.True(submitted.Answered, submitted.Error);
        var preview = Preview(submitted);
        Assert.Contains("Nancy Faeser", Text(preview.Message), StringComparison.Ordinal);
        Assert.Contains("eingefügter Text", Text(preview.Message), StringComparison.Ordinal);

        var cancelled = await PressAsync(preview, "Abbrechen");

        Assert.Equal("Abgebrochen. Nichts wurde gespeichert.", cancelled.Callback!["data"]!["content"]!.GetValue<string>());
        Assert.Contains("noch keine eigenen Diskussionen", Text(await _bot.ReplyAsync(Moderator(Subcommand("list")))), StringComparison.Ordinal);
        Assert.True(IsEphemeral(await _bot.ReplyAsync(_bot.Viewer("panel", "de", Option("discussion", "maischberger-wer-am-dienstag-zu-gast")))));
    }

    [Fact]
    public async Task A_member_without_manage_server_is_refused_every_subcommand_and_gets_no_form()
    {
        foreach (var subcommand in new[] { Subcommand("list"), Add(Subcommand("text")), Add(Subcommand("url", Option("url", _web.Url("/talk/miosga").ToString()))) })
        {
            var outcome = await _bot.InvokeAsync(_bot.Viewer("discussions", "en-US", subcommand));
            Assert.Equal(4, outcome.Callback!["type"]!.GetValue<int>());
            var reply = outcome.Callback["data"]!.AsObject();
            Assert.True(IsEphemeral(reply));
            Assert.Contains("Only members with the Manage Server permission", Text(reply), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_bad_input_gets_a_short_specific_answer_and_nothing_is_stored()
    {
        Assert.Contains("**slides.pdf** ist keine .txt-, .md- oder .html-Datei", await RefusedFileAsync("slides.pdf", [0x25, 0x50, 0x44, 0x46]), StringComparison.Ordinal);
        Assert.Contains("**gross.txt** ist größer als 256 KiB", await RefusedFileAsync("gross.txt", Encoding.UTF8.GetBytes(new string('a', 300 * 1024))), StringComparison.Ordinal);
        Assert.Contains("**bild.txt** ist kein lesbarer Text", await RefusedFileAsync("bild.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]), StringComparison.Ordinal);
        Assert.Contains("keine Ankündigung lesen", await RefusedFileAsync("leer.txt", Encoding.UTF8.GetBytes("  \n ")), StringComparison.Ordinal);

        Assert.Contains("Der Server hat mit einem Fehler geantwortet. (", await RefusedUrlAsync(_web.Url("/gibt-es-nicht").ToString()), StringComparison.Ordinal);
        Assert.Contains("zeigt in ein privates Netz", await RefusedUrlAsync("http://10.1.2.3/sendung"), StringComparison.Ordinal);
        Assert.Contains("Nur http- und https-Adressen", await RefusedUrlAsync("file:///etc/passwd"), StringComparison.Ordinal);
        Assert.Contains("keine vollständige Webadresse", await RefusedUrlAsync("morgen um acht"), StringComparison.Ordinal);
        Assert.Contains("ist ein Feed, keine Seite", await RefusedUrlAsync(_web.Url("/feed.xml").ToString()), StringComparison.Ordinal);
        Assert.Contains("zeigt in ein privates Netz", await RefusedUrlAsync(_web.Url("/umleitung").ToString()), StringComparison.Ordinal);
        Assert.Contains("Binärdaten", await RefusedUrlAsync(_web.Url("/bild.html").ToString()), StringComparison.Ordinal);

        Assert.Contains("noch keine eigenen Diskussionen", Text(await _bot.ReplyAsync(Moderator(Subcommand("list")))), StringComparison.Ordinal);
    }

    /// <summary>The subcommand group "add" (type 2) around one of its subcommands, as Discord sends it.</summary>
    private static JsonObject Add(JsonObject subcommand) => new() { ["name"] = "add", ["type"] = 2, ["options"] = new JsonArray(subcommand) };

    private InteractionRequest Moderator(params JsonNode[] options) => _bot.Moderator("discussions", options);

    private async Task<(JsonObject Message, ulong MessageId)> AddFileAsync(string name, byte[] bytes) =>
        Preview(await _bot.InvokeAsync(Moderator(Add(Subcommand("file", InteractionRequest.AttachmentOption("file", name, bytes))))));

    private async Task<(JsonObject Message, ulong MessageId)> AddUrlAsync(string url) =>
        Preview(await _bot.InvokeAsync(Moderator(Add(Subcommand("url", Option("url", url))))));

    private async Task<string> RefusedFileAsync(string name, byte[] bytes)
    {
        var reply = await _bot.ReplyAsync(Moderator(Add(Subcommand("file", InteractionRequest.AttachmentOption("file", name, bytes)))));
        Assert.True(IsEphemeral(reply));
        Assert.Null(reply["components"]);
        return Text(reply);
    }

    private async Task<string> RefusedUrlAsync(string url)
    {
        var reply = await _bot.ReplyAsync(Moderator(Add(Subcommand("url", Option("url", url)))));
        Assert.True(IsEphemeral(reply));
        return Text(reply);
    }

    /// <summary>The preview message of an answer (the reply itself, or the edit after a deferral) and its id for presses.</summary>
    private static (JsonObject Message, ulong MessageId) Preview(InteractionOutcome outcome)
    {
        var message = outcome.Original ?? throw new InvalidOperationException($"no message: {outcome.Callback?.ToJsonString()}");
        return (message, ulong.Parse(message["id"]!.GetValue<string>(), CultureInfo.InvariantCulture));
    }

    private async Task<InteractionOutcome> PressAsync((JsonObject Message, ulong MessageId) preview, string label)
    {
        var customId = preview.Message["components"]![0]!["components"]!.AsArray()
            .Single(b => b!["label"]!.GetValue<string>() == label)!["custom_id"]!.GetValue<string>();
        using var cts = new CancellationTokenSource(Patience);
        var outcome = await _bot.Sandbox.Control.PressButtonAsync(new ComponentRequest(preview.MessageId, customId)
        {
            UserId = _bot.Sandbox.World.Moderator.Id,
        }, cts.Token);
        Assert.True(outcome.Answered, $"the press was not answered: {outcome.Status} {outcome.Error}");
        return outcome;
    }

    private static List<string> Labels(JsonObject message) =>
        [.. message["components"]![0]!["components"]!.AsArray().Select(b => b!["label"]!.GetValue<string>())];

    private static string RealDocument(string id) => Path.Combine(RepositoryRoot(), "tests", "NewsBot.Core.Tests", "TestData", "real", id + ".txt");
}
