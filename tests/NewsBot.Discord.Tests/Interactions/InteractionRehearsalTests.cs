using System.Text.Json;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests.Interactions;

/// <summary>The start-up rehearsal takes a made-up command through the client's steps and only hands back the body.</summary>
public sealed class InteractionRehearsalTests
{
    [Fact]
    public async Task The_handler_gets_a_guild_member_s_slash_command_as_the_gateway_would_deliver_it()
    {
        Interaction? seen = null;

        await InteractionRehearsal.RunAsync("summary", new Snowflake(42), "de", interaction =>
        {
            seen = interaction;
            return ValueTask.FromResult(InteractionResponse.Message(new InteractionMessage { Content = "ok", AllowedMentions = AllowedMentions.None }));
        });

        Assert.NotNull(seen);
        Assert.Equal(InteractionType.ApplicationCommand, seen.Type);
        Assert.Equal("summary", seen.Data?.Name);
        Assert.Equal(new Snowflake(42), seen.GuildId);
        Assert.Equal("de", seen.Locale);
        Assert.Equal("de", seen.GuildLocale);
        Assert.NotNull(seen.Member?.User);
        Assert.NotNull(seen.Member.Permissions);
    }

    [Fact]
    public async Task The_answer_comes_back_as_the_callback_body_the_client_would_post()
    {
        var answer = InteractionResponse.Message(new InteractionMessage
        {
            Embeds = [new Embed { Title = "Überschrift \"quoted\"", Description = "Text", Footer = new EmbedFooter("id") }],
            AllowedMentions = AllowedMentions.None,
        });

        var body = await InteractionRehearsal.RunAsync("sum\"mary", new Snowflake(1), "en-US", _ => ValueTask.FromResult(answer));

        using var json = JsonDocument.Parse(body);
        Assert.Equal(4, json.RootElement.GetProperty("type").GetInt32());
        var embed = json.RootElement.GetProperty("data").GetProperty("embeds")[0];
        Assert.Equal("Überschrift \"quoted\"", embed.GetProperty("title").GetString());
        Assert.Equal("id", embed.GetProperty("footer").GetProperty("text").GetString());
    }
}
