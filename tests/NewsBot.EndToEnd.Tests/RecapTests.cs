using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Companion;
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

    private static readonly TimeSpan ClosesAfterEnd = TimeSpan.FromMinutes(30);

    private async Task<LiveThreadRecord?> ThreadAsync() =>
        await Bot.Services.GetRequiredService<ILiveThreadStore>().GetAsync(StreamKey, _scenario.Guild.Id, CancellationToken.None);

    /// <summary>
    /// Every question's messages are recorded. The clock may only jump after that: a jump while a post's answer is on its
    /// way times the request out (fake time), and its retry would come after the sandbox's nonce window.
    /// </summary>
    private async Task<bool> QuestionsRecordedAsync() =>
        (await Bot.Services.GetRequiredService<NewsBot.Companion.Questions.IQuestionStore>().ListUnpostedAsync(CancellationToken.None)).Count == 0;

    private async Task<bool> ThreadRecapPostedAsync() => (await ThreadAsync())?.Recap == RecapState.Posted;

    private static string StreamKey => BotHarness.DiscussionId + "@" + Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>What a crash between posting and recording leaves: the step's row back as it was, claimed by the process that is gone.</summary>
    private async Task RewindAsync(string recapState)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Bot.DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE live_threads SET recap_state = $state, recap_message_id = CASE WHEN $state = 'waiting' THEN NULL ELSE recap_message_id END, claimed_at = $now";
        command.Parameters.AddWithValue("$state", recapState);
        command.Parameters.AddWithValue("$now", Bot.Time.GetUtcNow().ToUnixTimeMilliseconds());
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

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
        Assert.True(await Bot.EventuallyAsync(QuestionsRecordedAsync));

        Bot.Time.Advance(End - Bot.Time.GetUtcNow());
        var recap = (await Bot.ExpectMessagesAsync(Id(live), 4))[3];
        // The CSV waits for the question window to close, so it holds the questions asked after the end too.
        Assert.True(await Bot.EventuallyAsync(ThreadRecapPostedAsync), "the recap was never recorded");
        Assert.Equal(3, (await Bot.SettleAsync(_scenario.Moderators)).Count);
        Bot.Time.Advance(End + ClosesAfterEnd - Bot.Time.GetUtcNow());
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
    public async Task A_question_asked_after_the_end_shows_in_the_recap_until_the_window_closes_and_then_in_the_csv()
    {
        await _scenario.AskApprovedAsync(_scenario.Viewer, "Wie geht es vor dem Ende weiter?");
        var live = await _scenario.GoLiveAsync();
        Assert.Equal(2, (await Bot.ExpectMessagesAsync(Id(live), 2)).Count);
        Assert.True(await Bot.EventuallyAsync(QuestionsRecordedAsync));
        Bot.Time.Advance(End - Bot.Time.GetUtcNow());
        var recap = (await Bot.ExpectMessagesAsync(Id(live), 3))[2];
        Assert.Contains("Fragen gestellt: 1 · freigegeben: 1 · beantwortet: 0", Text(recap), StringComparison.Ordinal);
        Assert.True(await Bot.EventuallyAsync(ThreadRecapPostedAsync), "the recap was never recorded");

        Bot.Time.Advance(TimeSpan.FromMinutes(10));
        await _scenario.AskApprovedAsync(3001, "Und was heißt das nach dem Ende?");
        var lateInThread = (await Bot.ExpectMessagesAsync(Id(live), 4))[3];
        await _scenario.PressAsync(Id(live), lateInThread, "👍", 4001);
        await _scenario.AskAsync(3002, "Noch eine späte, unmoderierte Frage");

        // The recap follows: asked 3, approved 2, the late question first (it has the vote).
        Assert.True(await Bot.EventuallyAsync(() =>
        {
            var now = Text(_scenario.Current(Id(live), recap));
            return now.Contains("Fragen gestellt: 3 · freigegeben: 2 · beantwortet: 0", StringComparison.Ordinal)
                && now.IndexOf("nach dem Ende", StringComparison.Ordinal) is var lateAt and >= 0
                && lateAt < now.IndexOf("vor dem Ende", StringComparison.Ordinal);
        }), Text(_scenario.Current(Id(live), recap)));
        Assert.Equal(3, (await Bot.SettleAsync(_scenario.Moderators)).Count);
        Assert.True(await Bot.EventuallyAsync(QuestionsRecordedAsync));

        Bot.Time.Advance(End + ClosesAfterEnd - Bot.Time.GetUtcNow());
        var csvMessage = (await Bot.ExpectMessagesAsync(_scenario.Moderators, 4))[3];
        var attachment = Assert.Single(csvMessage["attachments"]!.AsArray())!;
        using var http = new HttpClient();
        var csv = Encoding.UTF8.GetString(await http.GetByteArrayAsync(new Uri(attachment["url"]!.GetValue<string>())));
        Assert.Contains("Und was heißt das nach dem Ende?", csv, StringComparison.Ordinal);
        Assert.Contains("Noch eine späte, unmoderierte Frage", csv, StringComparison.Ordinal);
        Assert.True(await Bot.EventuallyAsync(async () => (await ThreadAsync())?.Recap == RecapState.Final), "the recap was never final");
        Assert.Equal(4, (await Bot.SettleAsync(Id(live))).Count);
        Assert.Contains("Fragen gestellt: 3 · freigegeben: 2", Text(_scenario.Current(Id(live), recap)), StringComparison.Ordinal);

        // The window is closed: a question now is refused, and the recap no longer changes.
        Assert.Contains("keine", await _scenario.AskAsync(3003, "Zu spät?"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Zu spät?", Text(_scenario.Current(Id(live), recap)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_crash_after_the_recap_or_the_csv_was_posted_but_before_it_was_recorded_posts_neither_twice_even_after_the_nonce_window()
    {
        await _scenario.AskApprovedAsync(_scenario.Viewer, "Eine Frage für den Rückblick?");
        var live = await _scenario.GoLiveAsync();
        await Bot.ExpectMessagesAsync(Id(live), 2);
        Assert.True(await Bot.EventuallyAsync(QuestionsRecordedAsync));
        Bot.Time.Advance(End - Bot.Time.GetUtcNow());
        Assert.Equal(3, (await Bot.ExpectMessagesAsync(Id(live), 3)).Count);
        Assert.True(await Bot.EventuallyAsync(ThreadRecapPostedAsync), "the recap was never recorded");

        // Crashed after the recap went out, before it was recorded; back after Discord's nonce window (the sandbox's is 5 min).
        await Bot.StopBotAsync();
        await RewindAsync("waiting");
        Bot.Time.Advance(TimeSpan.FromMinutes(10));
        await Bot.StartBotAsync();
        Assert.True(await Bot.EventuallyAsync(ThreadRecapPostedAsync), "the recap was never recorded after the restart");
        Assert.Equal(3, (await Bot.SettleAsync(Id(live))).Count);
        Assert.Equal((ulong?)Id((await Bot.SettleAsync(Id(live)))[2]), (await ThreadAsync())!.RecapMessageId);

        // The same for the CSV at the window's close.
        Bot.Time.Advance(End + ClosesAfterEnd - Bot.Time.GetUtcNow());
        Assert.Equal(2, (await Bot.ExpectMessagesAsync(_scenario.Moderators, 2)).Count);
        Assert.True(await Bot.EventuallyAsync(async () => (await ThreadAsync())?.Recap == RecapState.Final), "the recap was never final");
        await Bot.StopBotAsync();
        await RewindAsync("posted");
        Bot.Time.Advance(TimeSpan.FromMinutes(10));
        await Bot.StartBotAsync();
        Assert.True(await Bot.EventuallyAsync(async () => (await ThreadAsync())?.Recap == RecapState.Final), "the recap was never final after the restart");
        Assert.Equal(2, (await Bot.SettleAsync(_scenario.Moderators)).Count);
        Assert.Equal(3, (await Bot.SettleAsync(Id(live))).Count);
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
