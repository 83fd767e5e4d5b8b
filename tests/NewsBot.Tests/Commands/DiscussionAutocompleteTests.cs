using NewsBot.Commands;
using NewsBot.Core.Documents;

namespace NewsBot.Tests.Commands;

public sealed class DiscussionAutocompleteTests
{
    private static Task<IReadOnlyList<AutocompleteChoice>> SuggestAsync(CommandHarness harness, string typed, string command = "summary", string? subcommand = null) =>
        harness.Router.AutocompleteAsync(
            CommandHarness.Context(command, subcommand, new() { ["discussion"] = typed }) with { FocusedOption = "discussion" },
            CancellationToken.None).AsTask();

    [Fact]
    public async Task Matches_headlines_ignoring_case_and_diacritics_with_the_id_as_value()
    {
        var choices = await SuggestAsync(new CommandHarness(), "AUSSERE cafe");

        Assert.Empty(choices); // not a contiguous part of the headline
        var single = Assert.Single(await SuggestAsync(new CommandHarness(), "ÄUSSERE"));
        Assert.Equal(new AutocompleteChoice("Äußere Sicherheit: Café-Gespräch", "005_aussen"), single);
        Assert.Equal("005_aussen", Assert.Single(await SuggestAsync(new CommandHarness(), "cafe")).Value);
    }

    [Fact]
    public async Task Ranks_id_matches_before_headline_prefixes_before_word_prefixes_before_contained_text()
    {
        var harness = new CommandHarness();
        harness.Catalog.Discussions.Clear();
        harness.Catalog.Discussions.AddRange(
        [
            Doc("a1", "Wahl in Berlin"),          // word prefix "berlin"
            Doc("a2", "Berliner Luft"),           // headline prefix
            Doc("berlin", "Etwas anderes"),       // id equal
            Doc("a3", "Über-berlinerisch"),       // word prefix after hyphen
            Doc("a4", "Hauptstadtberlin"),        // contained
            Doc("berlin-2", "Noch etwas"),        // id prefix
        ]);

        var choices = await SuggestAsync(harness, "Berlin");

        Assert.Equal(["berlin", "berlin-2", "a2", "a1", "a3", "a4"], choices.Select(c => c.Value));
    }

    [Fact]
    public async Task Offers_at_most_25_choices_with_names_of_at_most_100_characters()
    {
        var harness = new CommandHarness();
        for (var i = 0; i < 40; i++)
            harness.Catalog.Discussions.Add(Doc($"x{i:00}", "Europa " + new string('x', 300)));

        var choices = await SuggestAsync(harness, "europa");

        Assert.Equal(25, choices.Count);
        Assert.All(choices, c => Assert.InRange(c.Name.Length, 1, 100));
        Assert.All(choices, c => Assert.InRange(c.Value.Length, 1, 100));
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"x{i:00}"), choices.Select(c => c.Value)); // headline prefixes beat a word inside a headline
    }

    [Fact]
    public async Task With_nothing_typed_scheduled_discussions_come_first_then_the_latest()
    {
        var choices = await SuggestAsync(new CommandHarness(), "");

        Assert.Equal(["010_europa", "020_climate", "005_aussen"], choices.Select(c => c.Value));
    }

    [Fact]
    public async Task Works_for_the_config_preview_and_not_for_other_options()
    {
        var harness = new CommandHarness();

        var preview = await SuggestAsync(harness, "climate", "config", "preview");
        var other = await harness.Router.AutocompleteAsync(
            CommandHarness.Context("summary", options: new() { ["length"] = "s" }) with { FocusedOption = "length" }, CancellationToken.None);

        Assert.Equal("020_climate", Assert.Single(preview).Value);
        Assert.Empty(other);
    }

    private static Discussion Doc(string id, string headline) =>
        new(id, headline, headline, null, null, DocumentLanguage.German, [], [], []);
}
