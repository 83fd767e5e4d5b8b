using NewsBot.Core.Schedule;
using NewsBot.Texts;

namespace NewsBot.Tests.Commands;

public sealed class ScheduleCommandTests
{
    [Fact]
    public async Task Lists_upcoming_streams_in_order_with_discord_timestamps()
    {
        var harness = new CommandHarness().WithGuildLanguage(BotLanguage.German);
        harness.Schedule.Entries.Add(new StreamEntry("005_aussen", TestData.Now.AddHours(-5), TestData.Now.AddHours(-4), null, "Europe/Berlin"));

        var reply = await harness.RunAsync("schedule");

        var embed = Assert.Single(reply.Embeds);
        Assert.Equal("Nächste Streams", embed.Title);
        Assert.Equal(["Wie sicher ist Europa?", "Can cities cool down?"], embed.Fields.Select(f => f.Name));
        var start = TestData.Unix(TestData.ClimateStream.StartsAt);
        Assert.Equal($"<t:{start}:F> (<t:{start}:R>)", embed.Fields[1].Value);
        Assert.EndsWith(TestData.EuropaLink.ToString(), embed.Fields[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_at_most_ten_streams()
    {
        var harness = new CommandHarness().WithGuildLanguage(BotLanguage.English);
        for (var i = 0; i < 15; i++)
            harness.Schedule.Entries.Add(new StreamEntry("005_aussen", TestData.Now.AddDays(2 + i), null, null, "Europe/Berlin"));

        var reply = await harness.RunAsync("schedule");

        Assert.Equal(10, reply.Embeds[0].Fields.Count);
        Assert.Equal("Upcoming streams", reply.Embeds[0].Title);
    }

    [Theory]
    [InlineData("de", "Gerade sind keine Streams geplant.")]
    [InlineData("en-US", "No streams are scheduled right now.")]
    public async Task Says_kindly_and_ephemerally_when_nothing_is_scheduled(string locale, string expected)
    {
        var harness = new CommandHarness().WithGuildLanguage(BotLanguage.German);
        harness.Schedule.Entries.Clear();

        var reply = await harness.RunAsync("schedule", userLocale: locale);

        Assert.True(reply.Ephemeral);
        Assert.Equal(expected, reply.Content);
    }

    [Fact]
    public async Task A_stream_whose_document_is_not_loaded_is_not_listed_under_its_bare_id()
    {
        var harness = new CommandHarness().WithGuildLanguage(BotLanguage.English);
        harness.Schedule.Entries.Insert(0, new StreamEntry("009_deleted", TestData.Now.AddHours(1), null, null, "Europe/Berlin"));

        var reply = await harness.RunAsync("schedule");

        Assert.Equal(["Wie sicher ist Europa?", "Can cities cool down?"], reply.Embeds[0].Fields.Select(f => f.Name));
        Assert.DoesNotContain("009_deleted", string.Join(" ", reply.Embeds[0].Fields.Select(f => f.Name + f.Value)), StringComparison.Ordinal);
    }
}
