using NewsBot.Commands;
using NewsBot.Core.Documents;

namespace NewsBot.Tests.Commands;

/// <summary>A discussion that belongs to one guild (issue #12: added from Discord) is that guild's alone.</summary>
public sealed class GuildScopedDiscussionTests
{
    private const ulong OtherGuild = 999;

    private static CommandHarness WithOwnDiscussion()
    {
        var harness = new CommandHarness();
        harness.Catalog.GuildDiscussions.Add((
            new Discussion("900_heute", "Eigene Runde: Europa heute Abend", "Europa heute | Server", null, null, DocumentLanguage.German,
                [new Expert("Clara Eigen", "Historikerin", null)], [], []),
            CommandHarness.GuildId));
        return harness;
    }

    private static Task<IReadOnlyList<AutocompleteChoice>> SuggestAsync(CommandHarness harness, string typed, ulong? guildId) =>
        harness.Router.AutocompleteAsync(
            CommandHarness.Context("panel", options: new() { ["discussion"] = typed }) with { FocusedOption = "discussion", GuildId = guildId },
            CancellationToken.None).AsTask();

    [Fact]
    public async Task Autocomplete_suggests_a_guilds_own_discussion_only_in_that_guild()
    {
        var harness = WithOwnDiscussion();

        Assert.Contains(await SuggestAsync(harness, "europa", CommandHarness.GuildId), c => c.Value == "900_heute");
        Assert.DoesNotContain(await SuggestAsync(harness, "europa", OtherGuild), c => c.Value == "900_heute");
        Assert.DoesNotContain(await SuggestAsync(harness, "europa", guildId: null), c => c.Value == "900_heute");
        Assert.DoesNotContain(await SuggestAsync(harness, "", OtherGuild), c => c.Value == "900_heute");
    }

    [Fact]
    public async Task Another_guild_asking_for_it_by_id_is_told_it_does_not_exist()
    {
        var harness = WithOwnDiscussion();
        var options = new Dictionary<string, string> { ["discussion"] = "900_heute" };

        var own = await harness.Router.HandleAsync(CommandHarness.Context("panel", options: options), CancellationToken.None);
        var other = await harness.Router.HandleAsync(CommandHarness.Context("panel", options: options) with { GuildId = OtherGuild }, CancellationToken.None);

        Assert.Equal("Clara Eigen", Assert.Single(own.Embeds).Fields[0].Name);
        Assert.True(other.Ephemeral);
        Assert.Contains("I don't know a discussion \"900\\_heute\"", other.Content, StringComparison.Ordinal);
        Assert.Empty(other.Embeds);
    }

    [Fact]
    public async Task Without_a_schedule_the_latest_discussion_is_the_latest_the_guild_may_see()
    {
        var harness = WithOwnDiscussion();
        harness.Schedule.Entries.Clear();

        var own = await harness.Router.HandleAsync(CommandHarness.Context("panel"), CancellationToken.None);
        var other = await harness.Router.HandleAsync(CommandHarness.Context("panel") with { GuildId = OtherGuild }, CancellationToken.None);

        Assert.Equal("900_heute", own.Embeds[0].Footer);
        Assert.Equal("020_climate", other.Embeds[0].Footer);
    }
}
