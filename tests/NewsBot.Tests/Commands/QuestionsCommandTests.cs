using NewsBot.Texts;

namespace NewsBot.Tests.Commands;

public sealed class QuestionsCommandTests
{
    [Fact]
    public async Task Numbers_the_guiding_questions_verbatim()
    {
        var harness = new CommandHarness().WithGuildLanguage(BotLanguage.English);

        var reply = await harness.RunAsync("questions", options: new() { ["discussion"] = "010_europa" });

        Assert.False(reply.Ephemeral);
        Assert.Equal("1. Wie verlässlich ist die NATO?\n2. Was muss Europa selbst tun?", reply.Embeds[0].Description);
        Assert.Equal("Guiding questions · 010_europa", reply.Embeds[0].Footer);
    }

    [Theory]
    [InlineData(BotLanguage.German, "Die Ankündigung nennt keine Leitfragen.")]
    [InlineData(BotLanguage.English, "The announcement names no guiding questions.")]
    public async Task Says_kindly_when_there_are_no_questions(BotLanguage language, string expected)
    {
        var harness = new CommandHarness().WithGuildLanguage(language);

        var reply = await harness.RunAsync("questions", options: new() { ["discussion"] = "005_aussen" });

        Assert.Equal(expected, reply.Embeds[0].Description);
    }
}
