using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public class PhraseSetTests
{
    private static readonly PhraseSet DiscussionWords = new(false, "panel", "debate", "round table", "Podium", "Podiumsdiskussion", "Runde");
    private static readonly PhraseSet HostWordsAnyCase = new(true, "host", "moderat", "zu gast", "führt");

    [Fact]
    public void FindGivesTheLeftmostWholeWordPhraseAsTheRegularExpressionDoes() =>
        RegexEquivalence.AssertSame(
            @"\b(?:panel|debate|round\s+table|Podium|Podiumsdiskussion|Runde)\b",
            text => DiscussionWords.Find(text) is var (start, end) && start >= 0 ? $"{start}-{end}" : null,
            match => $"{match.Index}-{match.Index + match.Length}",
            "a round \t table tonight", "Podiumsdiskussion; Podium", "panels and a panel", "Gesprächsrunde und Runde");

    [Fact]
    public void IgnoringCaseFindsUpperAndLowerCaseAsInlineIgnoreCaseDoes() =>
        RegexEquivalence.AssertSameIsMatch(
            @"(?i:\b(?:host|moderat|zu\s+gast|führt)\b)",
            text => HostWordsAnyCase.IsIn(text),
            "HOST tonight", "Zu  Gast sind", "FÜHRT durch", "hosted by", "moderates");

    [Theory]
    [InlineData("Podium", 0, 6)]
    [InlineData("Podiumsdiskussion", 0, 17)]
    [InlineData("Das Podium.", 4, 10)]
    [InlineData("Podiums", -1, -1)]
    [InlineData("round  table", 0, 12)]
    [InlineData("roundtable", -1, -1)]
    [InlineData("", -1, -1)]
    public void FindNeedsWordBoundariesOnBothSides(string text, int start, int end) =>
        Assert.Equal((start, end), DiscussionWords.Find(text));

    [Fact]
    public void AfterWholeTriesTheNextAlternativeWhenTheFirstEndsInsideAWord()
    {
        var words = new PhraseSet(false, "host", "hosts");
        Assert.Equal(5, words.AfterWhole("hosts the show", 0));
        Assert.Equal(4, words.After("hosts the show", 0));
    }

    [Fact]
    public void PhrasesAreCheckedWhenTheSetIsMade()
    {
        Assert.Throws<ArgumentException>(() => new PhraseSet(false, "two  spaces"));
        Assert.Throws<ArgumentException>(() => new PhraseSet(false, " leading"));
        Assert.Throws<ArgumentException>(() => new PhraseSet(true, "Upper"));
        Assert.Throws<ArgumentException>(() => new PhraseSet(false));
    }

    [Fact]
    public void FindReadsAHostileTextOnceAcrossLongRunsOfCandidates()
    {
        var text = string.Concat(Enumerable.Repeat("round \t\t  roundtable Podiums ", 20_000)) + "debate";
        Assert.Equal((text.Length - 6, text.Length), DiscussionWords.Find(text));
    }

    private static readonly PhraseSet Remarks = new(true, "opening remarks", "impuls", "host");

    [Fact]
    public void FindAnywhereFindsTheLeftmostPhraseAlsoInsideAWordAsTheRegularExpressionDoes() =>
        RegexEquivalence.AssertSame(
            @"(?i:opening\s+remarks|impuls|host)",
            text => Remarks.FindAnywhere(text) is var (start, end) && start >= 0 ? $"{start}-{end}" : null,
            match => $"{match.Index}-{match.Index + match.Length}",
            "Impulsvortrag", "ghosts", "OPENING \t REMARKS", "openingremarks", "the host's opening remarks");

    [Fact]
    public void FindAtWordStartNeedsAWordBoundaryOnlyBeforeThePhrase() =>
        RegexEquivalence.AssertSame(
            @"(?i:\b(?:opening\s+remarks|impuls|host))",
            text => Remarks.FindAtWordStart(text) is var (start, end) && start >= 0 ? $"{start}-{end}" : null,
            match => $"{match.Index}-{match.Index + match.Length}",
            "Impulsvortrag", "ghosts host", "Hosted", "co-host", "x\u200Dhost", "reopening remarks and opening remarks");
}
