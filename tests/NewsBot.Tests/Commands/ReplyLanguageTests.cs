using NewsBot.Texts;

namespace NewsBot.Tests.Commands;

public sealed class ReplyLanguageTests
{
    [Theory]
    [InlineData("de", "Noch kein Termin.")]
    [InlineData("en-US", "Not scheduled yet.")]
    public async Task A_guild_that_never_chose_a_language_gets_public_replies_in_its_discord_locale(string guildLocale, string expected)
    {
        var harness = new CommandHarness();

        var reply = await harness.RunAsync("stream", options: new() { ["discussion"] = "005_aussen" }, userLocale: "fr", guildLocale: guildLocale);

        Assert.Equal(expected, reply.Embeds[0].Description);
    }

    [Fact]
    public async Task The_configured_language_wins_over_the_guild_locale()
    {
        var harness = new CommandHarness().WithGuildLanguage(BotLanguage.German);

        var reply = await harness.RunAsync("stream", options: new() { ["discussion"] = "005_aussen" }, userLocale: "en-US", guildLocale: "en-US");

        Assert.Equal("Noch kein Termin.", reply.Embeds[0].Description);
    }

    [Fact]
    public async Task In_a_direct_message_public_replies_follow_the_users_locale()
    {
        var harness = new CommandHarness();

        var reply = await harness.RunAsync("stream", options: new() { ["discussion"] = "005_aussen" }, userLocale: "de", inGuild: false);

        Assert.Equal("Noch kein Termin.", reply.Embeds[0].Description);
    }
}
