using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Discord.Validation;
using NewsBot.DiscordAdapters;
using NewsBot.Messages;
using NewsBot.Tests.Commands;

namespace NewsBot.Tests.Messages;

public sealed class MessageFitTests
{
    private static readonly Discussion Huge = new(
        "999_huge",
        string.Concat(Enumerable.Repeat("Sehr *lange* Überschrift ", 40)),
        string.Concat(Enumerable.Repeat("Titel | ", 100)),
        string.Concat(Enumerable.Repeat("Show ", 300)),
        string.Concat(Enumerable.Repeat("Moderatorin ", 200)),
        DocumentLanguage.German,
        Enumerable.Range(0, 40).Select(i => new Expert(
            $"Expertin {i} " + new string('n', 300), string.Concat(Enumerable.Repeat("Rolle ", 150)), new string('a', 900))).ToList(),
        Enumerable.Range(0, 80).Select(i => $"Frage {i}: " + string.Concat(Enumerable.Repeat("warum_so ", 20)) + "?").ToList(),
        Enumerable.Range(0, 12).Select(i => string.Concat(Enumerable.Repeat($"Satz {i} mit *Stern* und @everyone. ", 60))).ToList());

    /// <summary>Every registered command that takes a discussion.</summary>
    public static TheoryData<string> DiscussionCommands => [.. new CommandHarness().Router.Definitions
        .Where(d => d.Options.Any(o => o.Name == "discussion")).Select(d => d.Name)];

    [Theory]
    [MemberData(nameof(DiscussionCommands))]
    public async Task Replies_about_a_very_long_document_stay_within_discords_limits(string command)
    {
        var harness = new CommandHarness();
        harness.Catalog.Discussions.Add(Huge);
        harness.Schedule.Entries.Add(new StreamEntry(Huge.Id, TestData.Now.AddMinutes(5), TestData.Now.AddHours(1),
            new Uri("https://example.org/" + new string('p', 500)), "Europe/Berlin"));

        var reply = await harness.RunAsync(command, options: new() { ["discussion"] = Huge.Id, ["length"] = "long" });

        AssertLeavesWithinLimits(reply);
    }

    [Fact]
    public async Task A_schedule_full_of_long_headlines_stays_within_limits()
    {
        var harness = new CommandHarness();
        harness.Catalog.Discussions.Add(Huge);
        for (var i = 0; i < 12; i++)
            harness.Schedule.Entries.Add(new StreamEntry(Huge.Id, TestData.Now.AddHours(3 + i), null, null, "Europe/Berlin"));

        var reply = await harness.RunAsync("schedule");

        AssertLeavesWithinLimits(reply);
    }

    [Fact]
    public void Fitting_shortens_a_long_description_to_keep_every_field()
    {
        var fields = Enumerable.Range(0, 5).Select(i => new BotEmbedField($"f{i}", new string('v', 900))).ToList();
        var embed = new BotEmbed("t", new string('d', 4096), fields, Footer: "id");

        var fitted = MessageFit.Fit(embed);

        Assert.Equal(5, fitted.Fields.Count);
        Assert.True(MessageFit.Length(fitted) <= MessageLimits.EmbedTotal);
        Assert.EndsWith("…", fitted.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Fitting_drops_trailing_fields_only_when_they_alone_would_crowd_out_the_description()
    {
        var fields = Enumerable.Range(0, 25).Select(i => new BotEmbedField($"f{i}", new string('v', 1024))).ToList();

        var fitted = MessageFit.Fit(new BotEmbed("t", "kurz", fields));

        Assert.Equal("kurz", fitted.Description);
        Assert.Equal(["f0", "f1", "f2", "f3", "f4"], fitted.Fields.Select(f => f.Name));
        Assert.True(MessageFit.Length(fitted) <= MessageLimits.EmbedTotal);
    }

    [Fact]
    public void The_six_thousand_characters_are_shared_by_all_embeds_of_a_message_in_order()
    {
        var embeds = Enumerable.Range(0, 3).Select(i => new BotEmbed($"t{i}", new string('d', 4000), [])).ToList();

        var fitted = MessageFit.Fit(new BotMessage(null, embeds));

        Assert.Equal(2, fitted.Embeds.Count);
        Assert.Equal(new string('d', 4000), fitted.Embeds[0].Description);
        Assert.EndsWith("…", fitted.Embeds[1].Description, StringComparison.Ordinal);
        Assert.True(fitted.Embeds.Sum(MessageFit.Length) <= MessageLimits.EmbedTotal);
        Assert.Empty(DiscordRequestValidator.Validate(BotMessageMapper.ToInteractionMessage(fitted)));
    }

    [Fact]
    public void Empty_field_values_are_replaced_because_discord_rejects_them()
    {
        var fitted = MessageFit.Fit(new BotEmbed("t", null, [new BotEmbedField("name", " ")]));

        Assert.False(string.IsNullOrWhiteSpace(fitted.Fields[0].Value));
    }

    /// <summary>What leaves for Discord passes the client's own limit checks and pings nobody.</summary>
    private static void AssertLeavesWithinLimits(BotMessage reply)
    {
        var sent = BotMessageMapper.ToInteractionMessage(reply);

        Assert.Empty(DiscordRequestValidator.Validate(sent));
        var embed = Assert.Single(sent.Embeds!);
        Assert.All(embed.Fields ?? [], f => Assert.False(string.IsNullOrWhiteSpace(f.Name) || string.IsNullOrWhiteSpace(f.Value)));
        Assert.DoesNotContain("@everyone", embed.Description ?? "", StringComparison.Ordinal);
    }
}
