using NewsBot.Texts;

namespace NewsBot.Tests.Commands;

public sealed class StreamCommandTests
{
    [Fact]
    public async Task Shows_title_show_start_end_and_link_as_discord_timestamps()
    {
        var harness = new CommandHarness().WithGuildLanguage(BotLanguage.German);

        var reply = await harness.RunAsync("stream");

        var embed = Assert.Single(reply.Embeds);
        Assert.Equal("Wie sicher ist Europa? \\| ZDFheute live", embed.Title);
        Assert.Equal(TestData.EuropaLink.ToString(), embed.Url);
        var fields = embed.Fields.ToDictionary(f => f.Name, f => f.Value);
        Assert.Equal("ZDFheute live", fields["Sendung"]);
        var start = TestData.Unix(TestData.EuropaStream.StartsAt);
        Assert.Equal($"<t:{start}:F>\n<t:{start}:R>", fields["Beginn"]);
        Assert.Equal($"<t:{TestData.Unix(TestData.EuropaStream.EndsAt!.Value)}:F>", fields["Ende"]);
        Assert.Equal(TestData.EuropaLink.ToString(), fields["Ansehen"]);
    }

    [Fact]
    public async Task Leaves_out_end_and_link_when_unknown_in_english()
    {
        var harness = new CommandHarness().WithGuildLanguage(BotLanguage.English);

        var reply = await harness.RunAsync("stream", options: new() { ["discussion"] = "020_climate" });

        Assert.Equal(["Show", "Start"], reply.Embeds[0].Fields.Select(f => f.Name));
        Assert.Null(reply.Embeds[0].Url);
    }

    [Fact]
    public async Task Says_not_scheduled_when_the_discussion_has_no_stream()
    {
        var harness = new CommandHarness().WithGuildLanguage(BotLanguage.German);

        var reply = await harness.RunAsync("stream", options: new() { ["discussion"] = "005_aussen" });

        Assert.Equal("Noch kein Termin.", reply.Embeds[0].Description);
        Assert.DoesNotContain(reply.Embeds[0].Fields, f => f.Name == "Beginn");
    }
}
