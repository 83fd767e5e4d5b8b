using NewsBot.Sandbox.Control;
using static NewsBot.EndToEnd.Tests.BotHarness;

namespace NewsBot.EndToEnd.Tests;

public sealed class ComponentTests : IAsyncLifetime
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
    public async Task The_questions_button_under_a_panel_reply_shows_each_presser_the_guiding_questions_in_their_language(string mode)
    {
        await StartAsync(mode);
        var panel = await _bot.InvokeAsync(_bot.Viewer("panel", "de", Option("discussion", DiscussionId)));
        var message = panel.Original ?? throw new InvalidOperationException("the panel reply is not in the channel");
        Assert.False(IsEphemeral(message));
        var button = message["components"]!.AsArray().Single()!["components"]!.AsArray().Single()!.AsObject();
        var customId = button["custom_id"]!.GetValue<string>();
        Assert.Equal("questions:" + DiscussionId, customId);
        var messageId = ulong.Parse(message["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var questions = (await _bot.ReplyAsync(_bot.Viewer("questions", "de", Option("discussion", DiscussionId))))["embeds"]![0]!["description"]!.GetValue<string>();

        var german = await PressAsync(messageId, customId, _bot.Sandbox.World.Viewer.Id, "de");
        var english = await PressAsync(messageId, customId, _bot.Sandbox.World.Moderator.Id, "en-US");

        foreach (var (reply, footer) in new[] { (german, "Leitfragen · "), (english, "Guiding questions · ") })
        {
            Assert.Equal(4, reply.Callback!["type"]!.GetValue<int>());
            var data = reply.Callback["data"]!.AsObject();
            Assert.True(IsEphemeral(data), "the questions are shown to the presser only");
            Assert.Equal(questions, data["embeds"]![0]!["description"]!.GetValue<string>());
            Assert.Equal(footer + DiscussionId, data["embeds"]![0]!["footer"]!["text"]!.GetValue<string>());
        }
        var inChannel = _bot.Sandbox.Control.Messages(_bot.General);
        Assert.DoesNotContain(inChannel, m => Text(m).Contains("Guiding questions · ", StringComparison.Ordinal));
        var stillThere = inChannel.Single(m => m["id"]!.GetValue<string>() == message["id"]!.GetValue<string>());
        Assert.Equal(customId, stillThere["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>());
    }

    private async Task<InteractionOutcome> PressAsync(ulong messageId, string customId, ulong userId, string locale)
    {
        using var cts = new CancellationTokenSource(Patience);
        var outcome = await _bot.Sandbox.Control.PressButtonAsync(new ComponentRequest(messageId, customId)
        {
            ChannelId = _bot.General,
            UserId = userId,
            Locale = locale,
        }, cts.Token);
        Assert.True(outcome.Answered, $"the press was not answered: {outcome.Status} {outcome.Error}");
        return outcome;
    }
}
