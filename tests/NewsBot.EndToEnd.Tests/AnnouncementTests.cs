using System.Text.Json.Nodes;
using static NewsBot.EndToEnd.Tests.BotHarness;

namespace NewsBot.EndToEnd.Tests;

public sealed class AnnouncementTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2030, 3, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = Now.AddMinutes(30);
    private BotHarness _bot = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Starts the bot (interactions over <paramref name="mode"/>) and sets the channel and role with /config.</summary>
    private async Task StartAsync(string mode = Gateway)
    {
        _bot = await BotHarness.StartAsync(Now, Streams(Start, Start.AddHours(1)), mode: mode);
        await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("channel", Option("channel", _bot.Announcements, 7))));
        await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("role", Option("role", _bot.Viewers, 8))));
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
            await _bot.DisposeAsync();
    }

    [Theory]
    [InlineData(Gateway)]
    [InlineData(Http)]
    public async Task Announcements_are_posted_once_at_each_step_and_ping_only_the_role(string mode)
    {
        await StartAsync(mode);
        Assert.Empty(await _bot.SettleAsync(_bot.Announcements));

        _bot.Time.Advance(Start - TimeSpan.FromMinutes(15) - _bot.Time.GetUtcNow());
        var reminder = Assert.Single(await _bot.ExpectMessagesAsync(_bot.Announcements, 1));
        AssertPingsOnlyViewers(reminder);
        Assert.Contains("Nordkorea", Text(reminder), StringComparison.Ordinal);

        Assert.Single(await _bot.SettleAsync(_bot.Announcements));

        _bot.Time.Advance(Start - _bot.Time.GetUtcNow());
        var both = await _bot.ExpectMessagesAsync(_bot.Announcements, 2);
        Assert.Equal(2, both.Count);
        AssertPingsOnlyViewers(both[1]);
        Assert.NotEqual(Text(both[0]), Text(both[1]));

        _bot.Time.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(2, (await _bot.SettleAsync(_bot.Announcements)).Count);
    }

    [Theory]
    [InlineData(Gateway)]
    [InlineData(Http)]
    public async Task A_restart_in_the_middle_of_the_schedule_posts_only_the_remaining_step(string mode)
    {
        await StartAsync(mode);
        _bot.Time.Advance(Start - TimeSpan.FromMinutes(15) - _bot.Time.GetUtcNow());
        Assert.Single(await _bot.ExpectMessagesAsync(_bot.Announcements, 1));

        await _bot.StopBotAsync();
        _bot.Time.Advance(TimeSpan.FromMinutes(5));
        await _bot.StartBotAsync();
        Assert.Single(await _bot.SettleAsync(_bot.Announcements));

        _bot.Time.Advance(Start - _bot.Time.GetUtcNow());
        var messages = await _bot.ExpectMessagesAsync(_bot.Announcements, 2);
        Assert.Equal(2, messages.Count);
        Assert.Equal(2, (await _bot.SettleAsync(_bot.Announcements)).Count);
    }

    private void AssertPingsOnlyViewers(JsonObject message)
    {
        Assert.Contains($"<@&{_bot.Viewers}>", message["content"]?.GetValue<string>() ?? "", StringComparison.Ordinal);
        var mentions = message["sandbox_allowed_mentions"]!.AsObject();
        Assert.Empty(mentions["parse"]!.AsArray());
        var role = Assert.Single(mentions["roles"]!.AsArray());
        Assert.Equal(_bot.Viewers.ToString(System.Globalization.CultureInfo.InvariantCulture), role!.GetValue<string>());
        var pinged = Assert.Single(message["mention_roles"]!.AsArray());
        Assert.Equal(_bot.Viewers.ToString(System.Globalization.CultureInfo.InvariantCulture), pinged!.GetValue<string>());
        Assert.False(message["mention_everyone"]!.GetValue<bool>());
    }
}
