using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Announcements;
using NewsBot.Storage;
using static NewsBot.EndToEnd.Tests.BotHarness;

namespace NewsBot.EndToEnd.Tests;

/// <summary>
/// Issue 9: six streams start together, reminders "1, 0"; the sixth reminder waits for the channel's rate limit (5 per
/// 5 s) when the bot is stopped, and the bot is started again at once. The stop cancels the waiting post before Discord
/// sees it, so the ledger is left as a SIGKILL leaves it: the step claimed ("posting") by the run that is gone.
/// </summary>
public sealed class InterruptedAnnouncementTests : IAsyncLifetime
{
    private const int StreamCount = 6;
    private static readonly DateTimeOffset Now = new(2030, 5, 6, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = Now.AddSeconds(90);
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(Now, SimultaneousStreams(), prepare: AddDocumentCopiesAsync);
        // Steps first: with the channel set first, the default 15-minute reminders would be caught up at once.
        await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("reminders", Option("steps", "1, 0"))));
        await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("channel", Option("channel", _bot.Announcements, 7))));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_reminder_interrupted_while_it_waits_for_the_rate_limit_is_posted_once_right_after_an_immediate_restart()
    {
        _bot.Time.Advance(Start.AddMinutes(-1) - _bot.Time.GetUtcNow());
        Assert.Equal(5, (await _bot.Sandbox.Control.WaitForMessagesAsync(_bot.Announcements, 5, Patience)).Count);
        var ledger = _bot.Services.GetRequiredService<IAnnouncementLedger>();
        var interrupted = await UntilAsync(async () =>
            (await ledger.ListOpenAsync(CancellationToken.None)) is var open && open.Count(r => r.Key.Offset > TimeSpan.Zero) == 1
                // Until the last open reminder is claimed (it may still be planned when the other five are posted).
                ? open.SingleOrDefault(r => r.Key.Offset > TimeSpan.Zero && r.State == AnnouncementState.Posting) : null);

        await _bot.StopBotAsync();
        Assert.Equal(5, _bot.Sandbox.Control.Messages(_bot.Announcements).Count);
        var left = await ReadRowAsync(interrupted.Key);
        Assert.Equal((AnnouncementState.Posting, interrupted.ClaimedBy), (left.State, left.ClaimedBy));

        await _bot.StartBotAsync();
        ledger = _bot.Services.GetRequiredService<IAnnouncementLedger>();
        await UntilAsync(async () => (await ledger.GetAsync(interrupted.Key, CancellationToken.None))!.ClaimedBy != interrupted.ClaimedBy ? "" : null);
        var messages = _bot.Sandbox.Control.Messages(_bot.Announcements);
        while (messages.Count < StreamCount && _bot.Time.GetUtcNow() < Start.AddSeconds(-1))
        {
            _bot.Time.Advance(TimeSpan.FromSeconds(1));
            messages = await _bot.Sandbox.Control.WaitForMessagesAsync(_bot.Announcements, StreamCount, TimeSpan.FromMilliseconds(250));
        }

        Assert.Equal(StreamCount, messages.Count);
        Assert.True(_bot.Time.GetUtcNow() < Start, "the reminder came only after the stream started");
        var posted = await UntilAsync(async () => await ledger.GetAsync(interrupted.Key, CancellationToken.None) is { State: AnnouncementState.Posted } row ? row : null);
        Assert.Equal(posted.MessageId?.ToString(CultureInfo.InvariantCulture), messages.Single(m => Nonce(m) == interrupted.Nonce)["id"]!.GetValue<string>());

        _bot.Time.Advance(Start - _bot.Time.GetUtcNow());
        Assert.Equal(2 * StreamCount, (await _bot.ExpectMessagesAsync(_bot.Announcements, 2 * StreamCount)).Count);
        var all = await _bot.SettleAsync(_bot.Announcements);
        Assert.Equal(2 * StreamCount, all.Count);
        Assert.Equal(2 * StreamCount, all.Select(Nonce).Distinct().Count());
        Assert.Equal(StreamCount, all.Count(m => Text(m).Contains("Gleich geht's los", StringComparison.Ordinal)));
    }

    private static string SimultaneousStreams() =>
        new JsonObject
        {
            ["streams"] = new JsonArray([.. Enumerable.Range(0, StreamCount).Select(i => (JsonNode)new JsonObject
            {
                ["discussion"] = DiscussionIdOf(i),
                ["start"] = Start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["end"] = Start.AddHours(1).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["link"] = $"https://example.org/live/{i}",
            })]),
        }.ToJsonString();

    private static string DiscussionIdOf(int i) => i == 0 ? DiscussionId : $"{DiscussionId}_copy{i}";

    private static async Task AddDocumentCopiesAsync(string folder)
    {
        var seed = Path.Combine(folder, "documents", DiscussionId + ".txt");
        for (var i = 1; i < StreamCount; i++)
            await File.WriteAllTextAsync(Path.Combine(folder, "documents", DiscussionIdOf(i) + ".txt"), await File.ReadAllTextAsync(seed));
    }

    private static string? Nonce(JsonObject message) => message["nonce"]?.GetValue<string>();

    /// <summary>The row as the stopped bot left it in its SQLite file.</summary>
    private async Task<AnnouncementRecord> ReadRowAsync(AnnouncementKey key)
    {
        await using var database = new SqliteDatabase(_bot.DatabaseFile);
        return (await new SqlAnnouncementLedger(database).GetAsync(key, CancellationToken.None))!;
    }

    /// <summary>Waits (in real time, bounded; the fake clock stands still) until <paramref name="probe"/> returns a value.</summary>
    private static async Task<T> UntilAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            if (await probe() is { } value)
                return value;
            Assert.True(DateTime.UtcNow < deadline, "the bot did not get there in time");
            await Task.Delay(20);
        }
    }
}
