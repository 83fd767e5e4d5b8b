using NewsBot.Commands.Questions;
using NewsBot.Interactions;
using NewsBot.Texts;

namespace NewsBot.Tests.Commands;

public sealed class GuidingQuestionsButtonTests
{
    [Theory]
    [InlineData(BotLanguage.German, "Leitfragen")]
    [InlineData(BotLanguage.English, "Guiding questions")]
    public async Task The_panel_reply_carries_a_questions_button_labelled_in_the_guilds_language(BotLanguage language, string label)
    {
        var reply = await new CommandHarness().WithGuildLanguage(language).RunAsync("panel", options: new() { ["discussion"] = "010_europa" });

        var button = Assert.Single(Assert.Single(reply.ButtonRows));
        Assert.Equal(label, button.Label);
        Assert.Equal("questions:010_europa", button.CustomId);
    }

    [Fact]
    public async Task A_discussion_without_guiding_questions_gets_no_button()
    {
        var reply = await new CommandHarness().RunAsync("panel", options: new() { ["discussion"] = "005_aussen" });

        Assert.Empty(reply.ButtonRows);
    }

    [Fact]
    public void A_discussion_whose_id_does_not_fit_in_a_custom_id_gets_no_button()
    {
        var longId = TestData.Europa with { Id = new string('x', 95) };

        Assert.Null(GuidingQuestionsButton.For(longId, BotTexts.For(BotLanguage.English)));
        Assert.NotNull(GuidingQuestionsButton.For(TestData.Europa, BotTexts.For(BotLanguage.English)));
    }

    [Theory]
    [InlineData("de", "Leitfragen · 010_europa")]
    [InlineData("en-US", "Guiding questions · 010_europa")]
    public async Task A_press_shows_the_presser_alone_the_questions_in_their_language(string locale, string footer)
    {
        var reply = await new CommandHarness().WithGuildLanguage(BotLanguage.German).PressAsync("questions:010_europa", userLocale: locale);

        var message = Assert.IsType<ComponentReply.NewMessage>(reply).Message;
        Assert.True(message.Ephemeral);
        var embed = Assert.Single(message.Embeds);
        Assert.Equal("1. Wie verlässlich ist die NATO?\n2. Was muss Europa selbst tun?", embed.Description);
        Assert.Equal(footer, embed.Footer);
    }

    [Theory]
    [InlineData("questions:999_removed")]
    [InlineData("questions:")]
    [InlineData("questions")]
    public async Task A_press_for_a_discussion_that_is_gone_gets_a_short_ephemeral_answer(string customId)
    {
        var harness = new CommandHarness();

        var reply = await harness.PressAsync(customId, userLocale: "de");

        var message = Assert.IsType<ComponentReply.NewMessage>(reply).Message;
        Assert.True(message.Ephemeral);
        Assert.Equal("Diese Diskussion gibt es nicht mehr. Bitte nutze den Befehl noch einmal.", message.Content);
    }

    [Fact]
    public async Task A_button_pressed_after_its_discussion_was_removed_does_not_fail()
    {
        var harness = new CommandHarness();
        var panel = await harness.RunAsync("panel", options: new() { ["discussion"] = "010_europa" });
        harness.Catalog.Discussions.RemoveAll(d => d.Id == "010_europa");

        var reply = await harness.PressAsync(panel.ButtonRows[0][0].CustomId!);

        Assert.StartsWith("This discussion is no longer available", Assert.IsType<ComponentReply.NewMessage>(reply).Message.Content, StringComparison.Ordinal);
    }
}
