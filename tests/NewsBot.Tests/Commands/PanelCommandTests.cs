using NewsBot.Texts;

namespace NewsBot.Tests.Commands;

public sealed class PanelCommandTests
{
    [Fact]
    public async Task Lists_every_expert_of_the_next_discussion_in_order_with_role_and_affiliation()
    {
        var harness = new CommandHarness().WithGuildLanguage(BotLanguage.German);

        var reply = await harness.RunAsync("panel", userLocale: "en-US");

        Assert.False(reply.Ephemeral);
        var embed = Assert.Single(reply.Embeds);
        Assert.Equal(["Anna Beispiel", "Ben Muster", "Moderation"], embed.Fields.Select(f => f.Name));
        Assert.Equal("Politologin\nUniversität Kiel", embed.Fields[0].Value);
        Assert.Equal("Korrespondent", embed.Fields[1].Value);
        Assert.Equal("Mitri Sirin", embed.Fields[2].Value);
        Assert.Equal("010_europa", embed.Footer);
    }

    [Fact]
    public async Task Names_the_host_in_english_for_an_english_guild()
    {
        var harness = new CommandHarness().WithGuildLanguage(BotLanguage.English);

        var reply = await harness.RunAsync("panel", options: new() { ["discussion"] = "010_europa" }, userLocale: "de");

        Assert.Equal("Host", reply.Embeds[0].Fields[^1].Name);
    }

    [Theory]
    [InlineData(BotLanguage.German, "Die Ankündigung nennt noch keine Gäste.")]
    [InlineData(BotLanguage.English, "The announcement does not name the panel yet.")]
    public async Task Says_kindly_when_the_document_names_no_panel(BotLanguage language, string expected)
    {
        var harness = new CommandHarness().WithGuildLanguage(language);

        var reply = await harness.RunAsync("panel", options: new() { ["discussion"] = "005_aussen" });

        Assert.False(reply.Ephemeral);
        Assert.Equal(expected, reply.Embeds[0].Description);
        Assert.Empty(reply.Embeds[0].Fields);
    }

    [Fact]
    public async Task Unknown_discussion_is_answered_ephemerally()
    {
        var reply = await new CommandHarness().RunAsync("panel", options: new() { ["discussion"] = "999" }, userLocale: "de");

        Assert.True(reply.Ephemeral);
        Assert.Contains("„999“", reply.Content, StringComparison.Ordinal);
    }
}
