using NewsBot.Core.Documents.Reading;
using NewsBot.Core.Tests.Text;

namespace NewsBot.Core.Tests.Documents;

/// <summary>The phrase readers of <see cref="ProsePanel"/>, each checked against the expression it replaced.</summary>
public class ProsePanelPhrasesTests
{
    [Fact]
    public void OpensWithCompanionReadsAPrepositionAndAPronoun() =>
        RegexEquivalence.AssertSameIsMatch(
            @"^(?:Neben|Alongside|Beside)\s+(?:ihm|ihr|him|her)\b",
            ProsePanel.OpensWithCompanion,
            "Neben ihm diskutieren A und B", "Neben  ihr", "Neben ihrer Kollegin", "Alongside her on the panel", "Alongside here", "Beside him,",
            "Besides him", "Nebenihm", "neben ihm", "Neben\nihm", "Neben", "Neben ", "x Neben ihm");

    [Fact]
    public void OpensWithJoinedPronounReadsTheSubjectAndTheVerb() =>
        RegexEquivalence.AssertSameIsMatch(
            @"^(?:She|He)(?:\s+will\s+be|\s+is|['’]ll\s+be)\s+joined\b",
            ProsePanel.OpensWithJoinedPronoun,
            "She will be joined by B", "He is joined by B", "She'll be joined by B", "He’ll  be\tjoined", "She  will  be  joined", "She will be joinedx",
            "She is  joined.", "Shes is joined", "She 'll be joined", "She'llbe joined", "She isjoined", "She is joined_", "He will joined", "She",
            "he is joined", "They are joined");

    [Fact]
    public void HasHostWordFindsAWordAboutTheHostAtAWordStart() =>
        RegexEquivalence.AssertSameIsMatch(
            @"(?i:\b(?:host|moderat|present|anchor|chair|gastgeber|führt))",
            ProsePanel.HasHostWord,
            "Your host is X", "HOSTED by", "Moderatorin", "presents", "Anchor", "chairs", "Gastgeberin", "FÜHRT durch", "co-host", "cohost",
            "represent", "Durchführt", "_host", "1host", "x\u200Dhost");

    [Fact]
    public void EndsCountingGuestsReadsTheNumberOfGuestsAtTheEnd() =>
        RegexEquivalence.AssertSameIsMatch(
            @"\b(?:zwei|drei|vier|fünf|ihre|seine|two|three|four|five|her|his)\s+(?:Gäste|guests)(?:\s+(?:im\s+Studio|in\s+the\s+studio|live))?\s*[.:]?$",
            ProsePanel.EndsCountingGuests,
            "Im Studio begrüßt Moderatorin X heute zwei Gäste.", "Host X welcomes three guests:", "welcomes two guests in the studio.",
            "welcomes two guests in  the studio :", "zwei Gäste im Studio", "zwei Gäste live.", "zwei Gäste lively", "zwei Gäste live .\n",
            "zwei Gäste\n", "zwei Gäste.\n", "zwei Gäste.\n\n", "zwei Gäste\n.\n", "zwei Gäste. ", "zwei Gäste:.", "zwei Gäste, A und B.",
            "zweiGäste", "Xzwei Gäste", "fünf  Gäste", "ihre Gäste", "seine guests", "her guests", "his guests", "two Guests", "two guests im Studio",
            "her guests and four guests.", "four guests,\nfive guests", "four guests\nand five guests", "two guests in the studio\n", "two guests livelive");
}
