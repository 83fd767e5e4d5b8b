using NewsBot.DiscordAdapters;
using NewsBot.Messages;

namespace NewsBot.Tests.DiscordAdapters;

public sealed class BotMessageMapperTests
{
    [Fact]
    public void A_message_without_a_ping_role_pings_nobody()
    {
        var mapped = BotMessageMapper.ToInteractionMessage(BotMessage.Text("@everyone hi", ephemeral: true));

        Assert.Empty(mapped.AllowedMentions.Parse);
        Assert.Null(mapped.AllowedMentions.Roles);
        Assert.Null(mapped.AllowedMentions.Users);
        Assert.True(mapped.Ephemeral);
        Assert.Equal("@everyone hi", mapped.Content);
    }

    [Fact]
    public void A_message_with_a_ping_role_may_ping_only_that_role()
    {
        var message = new BotMessage("<@&9> live", [], PingRoleId: 9);

        var mapped = BotMessageMapper.ToCreateRequest(message, "nonce-1");

        Assert.Empty(mapped.AllowedMentions.Parse);
        Assert.Equal([new NewsBot.Discord.Models.Snowflake(9)], mapped.AllowedMentions.Roles);
        Assert.Equal("nonce-1", mapped.Nonce);
        Assert.True(mapped.EnforceNonce);
    }

    [Fact]
    public void Embeds_keep_title_description_fields_footer_and_leave_blanks_out()
    {
        var embed = new BotEmbed("Title", "", [new BotEmbedField("Start", "<t:1:F>", Inline: true), new BotEmbedField("Link", "x")], Url: "https://example.org", Footer: "foot", Color: 7);

        var mapped = BotMessageMapper.ToInteractionMessage(BotMessage.WithEmbed(embed));

        var single = Assert.Single(mapped.Embeds!);
        Assert.Equal("Title", single.Title);
        Assert.Null(single.Description);
        Assert.Equal("https://example.org", single.Url);
        Assert.Equal("foot", single.Footer!.Text);
        Assert.Equal(7, single.Color);
        Assert.Equal(2, single.Fields!.Count);
        Assert.True(single.Fields[0].Inline);
        Assert.Null(single.Fields[1].Inline);
        Assert.Null(mapped.Content);
        Assert.False(mapped.Ephemeral);
    }
}
