using System.Text;
using NewsBot.Sandbox.Control;
using static NewsBot.EndToEnd.Tests.BotHarness;
using static NewsBot.EndToEnd.Tests.CompanionScenario;

namespace NewsBot.EndToEnd.Tests;

/// <summary>Issue 13: the recap in the live thread and the CSV for moderators, once; /catchup at several moments.</summary>
public sealed class RecapTests : IAsyncLifetime
{
    private CompanionScenario _scenario = null!;

    private BotHarness Bot => _scenario.Bot;

    public async Task InitializeAsync() => _scenario = await CompanionScenario.StartAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    private async Task<string> CatchUpAsync()
    {
        var reply = await Bot.ReplyAsync(new InteractionRequest("catchup") { UserId = 9999, ChannelId = Bot.General, Locale = "de" });
        Assert.True(IsEphemeral(reply));
        return Text(reply);
    }

    [Fact]
    public async Task When_the_stream_ends_the_thread_gets_one_recap_and_the_moderators_one_csv_even_across_a_restart()
    {
        await _scenario.AskApprovedAsync(_scenario.Viewer, "Wie geht es weiter, \"Herr\" Minister?");
        var second = await _scenario.AskApprovedAsync(3001, "=Was kostet das, in Euro?");
        await _scenario.AskAsync(3002, "Eine abgelehnte Frage");
        var rejectedQueue = Bot.Sandbox.Control.Messages(_scenario.Moderators)[2];
        await _scenario.PressAsync(_scenario.Moderators, rejectedQueue, "Ablehnen", _scenario.Moderator);
        var live = await _scenario.GoLiveAsync();
        var thread = await Bot.ExpectMessagesAsync(Id(live), 3);
        var costs = thread.First(m => Text(m).Contains("in Euro?", StringComparison.Ordinal));
        await _scenario.PressAsync(Id(live), costs, "👍", 4001);
        await _scenario.PressAsync(Id(live), costs, "👍", 4002);
        await _scenario.PressAsync(_scenario.Moderators, second, "Beantwortet", _scenario.Moderator);

        Bot.Time.Advance(End - Bot.Time.GetUtcNow());
        var recap = (await Bot.ExpectMessagesAsync(Id(live), 4))[3];
        var csvMessage = (await Bot.ExpectMessagesAsync(_scenario.Moderators, 4))[3];

        var text = Text(recap);
        Assert.Contains("Rückblick", text, StringComparison.Ordinal);
        Assert.Contains("Fragen gestellt: 3 · freigegeben: 2 · beantwortet: 1", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("in Euro?", StringComparison.Ordinal) < text.IndexOf("Minister", StringComparison.Ordinal), text);
        Assert.Contains("https://example.org/live", text, StringComparison.Ordinal);
        var attachment = Assert.Single(csvMessage["attachments"]!.AsArray())!;
        Assert.EndsWith(".csv", attachment["filename"]!.GetValue<string>(), StringComparison.Ordinal);
        using var http = new HttpClient();
        var csv = Encoding.UTF8.GetString(await http.GetByteArrayAsync(new Uri(attachment["url"]!.GetValue<string>()))).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Contains("\"Wie geht es weiter, \"\"Herr\"\" Minister?\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=Was kostet das, in Euro?\"", csv, StringComparison.Ordinal);
        Assert.Contains(",rejected,", csv, StringComparison.Ordinal);

        await Bot.StopBotAsync();
        Bot.Time.Advance(TimeSpan.FromMinutes(2));
        await Bot.StartBotAsync();
        Assert.Equal(4, (await Bot.SettleAsync(Id(live))).Count);
        Assert.Equal(4, (await Bot.SettleAsync(_scenario.Moderators)).Count);
    }

    [Fact]
    public async Task Catchup_tells_a_late_joiner_what_they_missed_before_during_and_after_the_stream()
    {
        var before = await CatchUpAsync();
        Assert.Contains("Beginnt", before, StringComparison.Ordinal);
        Assert.Contains("Leitfragen", before, StringComparison.Ordinal);
        Assert.Contains("Keine freigegebenen Fragen", before, StringComparison.Ordinal);

        await _scenario.AskApprovedAsync(_scenario.Viewer, "Welche Rolle spielt Russland?");
        var live = await _scenario.GoLiveAsync();
        Bot.Time.Advance(TimeSpan.FromMinutes(10));
        // The thread is recorded as open right after its intro is posted.
        Assert.True(await Bot.EventuallyAsync(async () => (await CatchUpAsync()).Contains($"/{Id(live)}", StringComparison.Ordinal)));
        var during = await CatchUpAsync();
        Assert.Contains("Live seit", during, StringComparison.Ordinal);
        Assert.Contains("Russland", during, StringComparison.Ordinal);

        Bot.Time.Advance(End.AddMinutes(10) - Bot.Time.GetUtcNow());
        Assert.Contains("Beendet", await CatchUpAsync(), StringComparison.Ordinal);
        Bot.Time.Advance(TimeSpan.FromMinutes(25));
        Assert.Contains("keine Diskussion", await CatchUpAsync(), StringComparison.Ordinal);
    }
}
