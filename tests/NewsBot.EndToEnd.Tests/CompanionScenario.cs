using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Control;
using NewsBot.Sandbox.World;
using static NewsBot.EndToEnd.Tests.BotHarness;

namespace NewsBot.EndToEnd.Tests;

/// <summary>
/// A server running the companion: one stream at <see cref="Start"/> for an hour, announcements in #announcements (15 and
/// 0 minutes), a #moderators queue; the clock stands at the first reminder, when questions open.
/// </summary>
internal sealed class CompanionScenario : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2030, 3, 4, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Start = Now.AddMinutes(30);
    public static readonly DateTimeOffset End = Start.AddHours(1);

    private CompanionScenario(BotHarness bot, ulong moderators) => (Bot, Moderators) = (bot, moderators);

    public BotHarness Bot { get; }
    public ulong Moderators { get; }
    public SandboxGuild Guild => Bot.Sandbox.World.DefaultGuild;
    public ulong Viewer => Bot.Sandbox.World.Viewer.Id;
    public ulong Moderator => Bot.Sandbox.World.Moderator.Id;

    public static async Task<CompanionScenario> StartAsync()
    {
        var bot = await BotHarness.StartAsync(Now, Streams(Start, End));
        await bot.StopBotAsync();
        var guild = bot.Sandbox.World.DefaultGuild;
        var queue = new SandboxChannel(guild.Id + 77, guild.Id, "moderators", 3, Topic: "Question queue");
        guild.Channels.Add(queue);
        await bot.StartBotAsync();
        await bot.ReplyAsync(bot.Moderator("config", Subcommand("channel", Option("channel", bot.Announcements, 7))));
        await bot.ReplyAsync(bot.Moderator("config", Subcommand("moderators", Option("channel", queue.Id, 7))));
        bot.Time.Advance(Start.AddMinutes(-15) - bot.Time.GetUtcNow());
        Assert.Single(await bot.ExpectMessagesAsync(bot.Announcements, 1));
        return new CompanionScenario(bot, queue.Id);
    }

    public static ulong Id(JsonObject message) => ulong.Parse(message["id"]!.GetValue<string>(), CultureInfo.InvariantCulture);

    /// <summary>/ask as <paramref name="userId"/> in German; the ephemeral answer's text.</summary>
    public async Task<string> AskAsync(ulong userId, string question, string? panelist = null)
    {
        JsonNode[] options = panelist is null
            ? [Option("question", question)]
            : [Option("question", question), Option("panelist", panelist)];
        var reply = await Bot.ReplyAsync(new InteractionRequest("ask") { UserId = userId, ChannelId = Bot.General, Locale = "de", Options = new JsonArray(options) });
        Assert.True(IsEphemeral(reply));
        return Text(reply);
    }

    /// <summary>Presses the button whose label starts with <paramref name="label"/> on the message, as <paramref name="userId"/>.</summary>
    public Task<InteractionOutcome> PressAsync(ulong channelId, JsonObject message, string label, ulong userId) =>
        Bot.Sandbox.Control.PressButtonAsync(new ComponentRequest(Id(message), CustomIdOf(message, label)) { ChannelId = channelId, UserId = userId });

    /// <summary>Asks, approves and returns the queue message of a question by <paramref name="userId"/>.</summary>
    public async Task<JsonObject> AskApprovedAsync(ulong userId, string question)
    {
        var before = Bot.Sandbox.Control.Messages(Moderators).Count;
        await AskAsync(userId, question);
        var queued = (await Bot.ExpectMessagesAsync(Moderators, before + 1))[before];
        var approved = await PressAsync(Moderators, queued, "Freigeben", Moderator);
        return approved.Original!;
    }

    /// <summary>Moves the clock to the start; returns the "live now" announcement once its thread exists.</summary>
    public async Task<JsonObject> GoLiveAsync()
    {
        Bot.Time.Advance(Start - Bot.Time.GetUtcNow());
        var live = (await Bot.ExpectMessagesAsync(Bot.Announcements, 2))[1];
        Assert.True(await Bot.EventuallyAsync(() => Guild.Threads.ContainsKey(Id(live))));
        return live;
    }

    /// <summary>The message as the channel holds it now (after edits).</summary>
    public JsonObject Current(ulong channelId, JsonObject message) => Bot.Sandbox.Control.Messages(channelId).First(m => Id(m) == Id(message));

    public static string Labels(JsonObject message) =>
        string.Join(" ", message["components"]!.AsArray().SelectMany(r => r!["components"]!.AsArray()).Select(b => b!["label"]!.GetValue<string>()));

    private static string CustomIdOf(JsonObject message, string label) =>
        message["components"]!.AsArray().SelectMany(row => row!["components"]!.AsArray())
            .First(b => b!["label"]!.GetValue<string>().StartsWith(label, StringComparison.Ordinal))!["custom_id"]!.GetValue<string>();

    public ValueTask DisposeAsync() => Bot.DisposeAsync();
}
