using NewsBot.Core.Schedule;
using NewsBot.Core.Summaries;
using NewsBot.Texts;

namespace NewsBot.Tests.Commands;

public sealed class SummaryCommandTests
{
    [Fact]
    public async Task Summarizes_the_next_scheduled_discussion_with_headline_and_stream_time()
    {
        var harness = new CommandHarness();

        var reply = await harness.RunAsync("summary");

        Assert.False(reply.Ephemeral);
        var embed = Assert.Single(reply.Embeds);
        Assert.Equal("Wie sicher ist Europa?", embed.Title);
        Assert.Equal("Die Lage ist ernst. Der Kanzler reist nach Paris.", embed.Description);
        Assert.Equal("010_europa", embed.Footer);
        var stream = Assert.Single(embed.Fields);
        var start = TestData.Unix(TestData.EuropaStream.StartsAt);
        Assert.Contains($"<t:{start}:F>", stream.Value, StringComparison.Ordinal);
        Assert.Contains($"<t:{start}:R>", stream.Value, StringComparison.Ordinal);
        Assert.Contains("Wie sicher ist Europa? \\| ZDFheute live", stream.Value, StringComparison.Ordinal);
        Assert.Equal([SummaryLength.Brief], harness.Summarizer.Requested);
    }

    [Theory]
    [InlineData("short", SummaryLength.Brief)]
    [InlineData("medium", SummaryLength.Medium)]
    [InlineData("long", SummaryLength.Detailed)]
    public async Task Passes_the_chosen_length_to_the_summarizer(string choice, SummaryLength expected)
    {
        var harness = new CommandHarness();

        await harness.RunAsync("summary", options: new() { ["length"] = choice });

        Assert.Equal([expected], harness.Summarizer.Requested);
    }

    [Fact]
    public async Task Uses_the_chosen_discussion_and_labels_in_the_guilds_language()
    {
        var harness = new CommandHarness().WithGuildLanguage(BotLanguage.German);

        var reply = await harness.RunAsync("summary", options: new() { ["discussion"] = "005_aussen" }, userLocale: "en-US");

        var embed = Assert.Single(reply.Embeds);
        Assert.Equal("Äußere Sicherheit: Café-Gespräch", embed.Title);
        Assert.Equal("Nur ein Absatz.", embed.Description);
        Assert.Contains("Noch kein Termin.", embed.Fields[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_guild_gets_english_labels_while_the_document_stays_german()
    {
        var harness = new CommandHarness().WithGuildLanguage(BotLanguage.English);

        var reply = await harness.RunAsync("summary", options: new() { ["discussion"] = "005_aussen" }, userLocale: "de");

        var embed = Assert.Single(reply.Embeds);
        Assert.Equal("Nur ein Absatz.", embed.Description);
        Assert.Contains("Not scheduled yet.", embed.Fields[0].Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de", "kenne ich nicht")]
    [InlineData("en-GB", "I don't know a discussion")]
    public async Task Unknown_discussion_gets_a_short_ephemeral_answer_in_the_users_language(string locale, string expected)
    {
        var harness = new CommandHarness().WithGuildLanguage(BotLanguage.English);

        var reply = await harness.RunAsync("summary", options: new() { ["discussion"] = "nope" }, userLocale: locale);

        Assert.True(reply.Ephemeral);
        Assert.Empty(reply.Embeds);
        Assert.Contains(expected, reply.Content, StringComparison.Ordinal);
        Assert.Empty(harness.Summarizer.Requested);
    }

    [Fact]
    public async Task An_odd_length_is_refused_ephemerally_without_summarizing()
    {
        var harness = new CommandHarness();

        var reply = await harness.RunAsync("summary", options: new() { ["length"] = "huge" }, userLocale: "de");

        Assert.True(reply.Ephemeral);
        Assert.Contains("„huge“", reply.Content, StringComparison.Ordinal);
        Assert.Empty(harness.Summarizer.Requested);
    }

    [Fact]
    public async Task Without_any_schedule_the_latest_document_by_id_is_used()
    {
        var harness = new CommandHarness();
        harness.Schedule.Entries.Clear();

        var reply = await harness.RunAsync("summary");

        Assert.Equal("020_climate", reply.Embeds[0].Footer);
    }

    [Fact]
    public async Task A_past_stream_is_not_the_default_anymore()
    {
        var harness = new CommandHarness();
        harness.Time.Advance(TimeSpan.FromHours(3));

        var reply = await harness.RunAsync("summary");

        Assert.Equal("020_climate", reply.Embeds[0].Footer);
    }

    [Fact]
    public async Task A_stream_without_an_end_stays_the_default_during_its_first_hour()
    {
        var harness = new CommandHarness();
        harness.Schedule.Entries.Clear();
        harness.Schedule.Entries.Add(new StreamEntry("005_aussen", TestData.Now.AddMinutes(-30), null, null, "Europe/Berlin"));
        harness.Schedule.Entries.Add(TestData.ClimateStream);

        var during = await harness.RunAsync("summary");
        harness.Time.Advance(TimeSpan.FromMinutes(31));
        var after = await harness.RunAsync("summary");

        Assert.Equal("005_aussen", during.Embeds[0].Footer);
        Assert.Equal("020_climate", after.Embeds[0].Footer);
    }

    [Fact]
    public async Task No_documents_loaded_gets_an_ephemeral_answer()
    {
        var harness = new CommandHarness();
        harness.Catalog.Discussions.Clear();

        var reply = await harness.RunAsync("summary", userLocale: "de");

        Assert.True(reply.Ephemeral);
        Assert.Equal("Gerade sind keine Diskussionen geladen.", reply.Content);
    }

    [Fact]
    public async Task A_typed_headline_instead_of_a_chosen_id_still_finds_the_discussion()
    {
        var harness = new CommandHarness();

        var reply = await harness.RunAsync("summary", options: new() { ["discussion"] = "aussere sicherheit" });

        Assert.Equal("005_aussen", reply.Embeds[0].Footer);
    }
}
