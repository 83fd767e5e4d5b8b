using NewsBot.Core.Documents;
using NewsBot.Core.Documents.Reading;

namespace NewsBot.Core.Tests.Documents;

/// <summary>Which panelists a sentence names, as the summary's checks share it: counted up to two, the first one kept.</summary>
public sealed class PanelMentionTests
{
    private static readonly Expert[] Panel =
    [
        new("Ilka Marschner", "Ökonomin", null),
        new("Rune Haldorsen", null, "Institut Nord"),
        new("Tove Kallweit", null, null),
    ];

    [Theory]
    [InlineData("Die Stadt streitet über den Haushalt.", 0, null)]
    [InlineData("Ilka Marschner rechnet vor, was fehlt.", 1, "Ilka Marschner")]
    [InlineData("Dazu kommt Tove Kallweit.", 1, "Tove Kallweit")]
    [InlineData("Mit Tove Kallweit und Rune Haldorsen.", 2, "Rune Haldorsen")] // the first in the panel's order, not the sentence's
    [InlineData("Ilka Marschner, Rune Haldorsen und Tove Kallweit.", 2, "Ilka Marschner")] // two are all any check needs
    [InlineData("ilka marschner schreibt klein.", 0, null)] // names are matched as written
    public void A_sentence_names_up_to_two_panelists_and_keeps_the_first(string sentence, int count, string? first)
    {
        var mention = PanelMention.In(sentence, Panel);

        Assert.Equal(count, mention.Count);
        Assert.Equal(first, mention.First?.Name);
    }

    [Fact]
    public void An_empty_panel_names_nobody()
    {
        Assert.Equal(new PanelMention(0, null), PanelMention.In("Ilka Marschner spricht.", []));
    }
}
