using NewsBot.Texts;

namespace NewsBot.Tests.Commands;

public sealed class HelpCommandTests
{
    [Fact]
    public async Task Explains_every_command_in_the_readers_german_with_german_names()
    {
        var harness = new CommandHarness().WithGuildLanguage(BotLanguage.English);

        var reply = await harness.RunAsync("help", userLocale: "de");

        Assert.True(reply.Ephemeral);
        Assert.Equal("Was ich kann", reply.Embeds[0].Title);
        Assert.Equal(["/zusammenfassung", "/runde", "/stream", "/leitfragen", "/termine", "/einstellungen"],
            reply.Embeds[0].Fields.Select(f => f.Name));
    }

    [Fact]
    public async Task Explains_every_command_in_english_for_an_english_reader()
    {
        var harness = new CommandHarness().WithGuildLanguage(BotLanguage.German);

        var reply = await harness.RunAsync("help", userLocale: "en-GB");

        Assert.Equal("What I can do", reply.Embeds[0].Title);
        Assert.Equal(["/summary", "/panel", "/stream", "/questions", "/schedule", "/config"], reply.Embeds[0].Fields.Select(f => f.Name));
        Assert.All(reply.Embeds[0].Fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Value)));
    }
}
