using static NewsBot.EndToEnd.Tests.BotHarness;

namespace NewsBot.EndToEnd.Tests;

public sealed class ConfigTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2030, 3, 4, 12, 0, 0, TimeSpan.Zero);
    private BotHarness _bot = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_bot is not null)
            await _bot.DisposeAsync();
    }

    /// <summary>Starts the bot with interactions arriving over <paramref name="mode"/> (the gateway, or HTTP POSTs).</summary>
    private async Task StartAsync(string mode) =>
        _bot = await BotHarness.StartAsync(Now, Streams(Now.AddDays(2), Now.AddDays(2).AddHours(1)), mode: mode);

    [Theory]
    [InlineData(Gateway)]
    [InlineData(Http)]
    public async Task A_viewer_is_refused_and_a_moderator_may_change_settings(string mode)
    {
        await StartAsync(mode);
        var refused = await _bot.ReplyAsync(_bot.Viewer("config", "en-US", Subcommand("language", Option("language", "en"))));
        Assert.True(IsEphemeral(refused));
        Assert.Contains("Only members with the Manage Server permission", Text(refused), StringComparison.Ordinal);
        var refusedGerman = await _bot.ReplyAsync(_bot.Viewer("config", "de", Subcommand("show")));
        Assert.Contains("Server verwalten", Text(refusedGerman), StringComparison.Ordinal);

        var allowed = await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("language", Option("language", "en"))) with { Locale = "en-US" });
        Assert.True(IsEphemeral(allowed));
        Assert.Contains("now in English", Text(allowed), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Gateway)]
    [InlineData(Http)]
    public async Task Every_config_subcommand_works_and_the_settings_survive_a_restart(string mode)
    {
        await StartAsync(mode);
        var channel = Text(await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("channel", Option("channel", _bot.Announcements, 7))) with { Locale = "en-US" }));
        Assert.Contains($"<#{_bot.Announcements}>", channel, StringComparison.Ordinal);
        Assert.DoesNotContain("Warning", channel, StringComparison.Ordinal);

        var role = Text(await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("role", Option("role", _bot.Viewers, 8))) with { Locale = "en-US" }));
        Assert.Contains($"<@&{_bot.Viewers}>", role, StringComparison.Ordinal);

        var reminders = Text(await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("reminders", Option("steps", "60, 15, 0"))) with { Locale = "en-US" }));
        Assert.Contains("60, 15, 0", reminders, StringComparison.Ordinal);
        var badReminders = Text(await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("reminders", Option("steps", "soon"))) with { Locale = "en-US" }));
        Assert.Contains("\"soon\" is not a whole number", badReminders, StringComparison.Ordinal);

        var language = Text(await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("language", Option("language", "en"))) with { Locale = "en-US" }));
        Assert.Contains("English", language, StringComparison.Ordinal);

        var events = Text(await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("events", Flag("enabled", false))) with { Locale = "en-US" }));
        Assert.Contains("no longer be mirrored", events, StringComparison.Ordinal);

        var preview = await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("preview", Option("discussion", DiscussionId))) with { Locale = "en-US" });
        Assert.True(IsEphemeral(preview));
        Assert.Contains("Nordkorea", Text(preview), StringComparison.Ordinal);
        Assert.Empty(_bot.Sandbox.Control.Messages(_bot.Announcements));

        await _bot.StopBotAsync();
        await _bot.StartBotAsync();

        var show = Text(await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("show")) with { Locale = "en-US" }));
        Assert.Contains($"<#{_bot.Announcements}>", show, StringComparison.Ordinal);
        Assert.Contains($"<@&{_bot.Viewers}>", show, StringComparison.Ordinal);
        Assert.Contains("60, 15, 0", show, StringComparison.Ordinal);
        Assert.Contains("English", show, StringComparison.Ordinal);
        Assert.Contains("No known problems.", show, StringComparison.Ordinal);

        // Public replies follow the guild's language now, even for a German-speaking user.
        var schedule = Text(await _bot.ReplyAsync(_bot.Viewer("schedule", "de")));
        Assert.Contains("Upcoming streams", schedule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Gateway)]
    [InlineData(Http)]
    public async Task A_channel_without_permission_is_warned_about_and_the_failed_announcement_shows_in_config_show(string mode)
    {
        await StartAsync(mode);
        var start = Now.AddMinutes(20);
        await File.WriteAllTextAsync(_bot.StreamsFile, Streams(start, start.AddHours(1)));

        var warned = Text(await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("channel", Option("channel", _bot.ReadOnly, 7))) with { Locale = "en-US" }));
        Assert.Contains("I am missing these permissions there: Send Messages", warned, StringComparison.Ordinal);

        _bot.Time.Advance(TimeSpan.FromSeconds(31));
        await _bot.SettleAsync(_bot.ReadOnly);
        _bot.Time.Advance(start - TimeSpan.FromMinutes(15) - _bot.Time.GetUtcNow());
        var shown = "";
        Assert.True(await _bot.EventuallyAsync(async () =>
        {
            shown = Text(await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("show")) with { Locale = "en-US" }));
            return shown.Contains("50013", StringComparison.Ordinal);
        }), shown);
        Assert.Empty(_bot.Sandbox.Control.Messages(_bot.ReadOnly));
    }
}
