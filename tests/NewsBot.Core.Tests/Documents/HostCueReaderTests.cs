using NewsBot.Core.Documents.Reading;
using NewsBot.Core.Tests.Text;

namespace NewsBot.Core.Tests.Documents;

/// <summary>The host reader's cues, read by hand, each checked against the regular expression it replaced.</summary>
public sealed class HostCueReaderTests
{
    [Fact]
    public void VerbBeforeIsAModalAtTheEnd() =>
        RegexEquivalence.AssertSameIsMatch(
            @"\b(?:will|to|would|can|could|and|may)\s*$",
            text => HostReader.EndsWithVerbBefore(text),
            "The library will ", "The library will", "willing to \n", "scan", "Anna and", "x-may", "she could\n", "mayor", "to\u200Dwill", "\u200Dwill", "", "  ", "will\n\n", "Iwill", "It is up to  \t ");

    [Fact]
    public void RelativeBeforeIsAPronounAfterACommaOrASpace() =>
        RegexEquivalence.AssertSameIsMatch(
            @"(?:,\s*|\s)(?:who|der|die)\s*$",
            text => HostReader.EndsWithRelativePronoun(text),
            "Anna, who ", "Anna,who", "Anna ,  der\n", "Ander", "die", " die", "Anna,\n die  ", "Anna.die", "who");

    [Fact]
    public void OtherDateIsAWholeWordOrStemInAnyCase() =>
        RegexEquivalence.AssertSameIsMatch(
            @"(?i:\b(?:last|next|previous|former|ehemalig\w*|frühere?\w*|letzte\w*|nächste\w*|vergangene\w*|kommende\w*)\b)",
            text => HostReader.HasOtherDateWord(text),
            "LAST", "lasting", "the ehemalige Moderatorin", "Frühere", "früher", "FRÜHEREN Folgen", "Nächsten", "vergangenen", "kommende\u200D", "ehemalig_x", "ehemalig2 ", "xlast", "last\u200D", "the Former host",
            "NEXT-week", "Kommend", "letzt", "letzte");

    [Fact]
    public void ReportedIsAReportingVerbOrAQuotationMark() =>
        RegexEquivalence.AssertSameIsMatch(
            @"\b(?:sagte|sagten|sagt|erklärte|kritisierte|forderte|said|says|told|according\s+to)\b",
            // the quotation marks are read by the table test below: a work's title in quotes is no quotation
            text => HostReader.IsReported(string.Concat(text.Where(c => c is not ('„' or '“' or '"' or '«' or '»')))),
            "sagten", "sagtest", "according \t to", "accordingto", "he told", "toldx");

    [Theory]
    [InlineData("„Wort", true)]
    [InlineData("Er nannte es „alles auf den Tisch legen“ und ging.", true)]
    [InlineData("« x", true)]
    [InlineData("Gastgeber Kai Roe hat für seine Sendung „Hafen und Markt“ eine Runde eingeladen.", false)]
    [InlineData("Host Jo Roe brings her podcast \"Deep Harbour\" to the stage.", false)]
    [InlineData("Die Reihe »Stadtgespräch« mit Kai Roe, der „alles offenlegen“ will.", true)]
    public void A_quotation_is_reported_speech_but_a_works_title_after_its_noun_is_not(string text, bool reported) =>
        Assert.Equal(reported, HostReader.IsReported(text));

    [Fact]
    public void HostRoleWordIsTheFirstRoleWordBeforeWhiteSpace() =>
        RegexEquivalence.AssertSame(
            @"\b(?:presenter|host|moderator|anchor|journalist|editor|reporter|correspondent|Moderator(?:in)?|Redakteur(?:in)?|Journalist(?:in)?|Reporter(?:in)?)\s+",
            text => HostReader.FindHostRoleWord(text) is { } word ? $"{word.Start}-{word.End}" : null,
            match => $"{match.Index}-{match.Index + match.Length}",
            "Moderatorin  Anna", "Moderatorinx Moderator Anna", "hosts host Anna", "co-host Anna", "host", "the host,  presenter\tAnna", "Redakteurin\nX", "Journalist");

    [Fact]
    public void OtherEditionOpensTheSentence() =>
        RegexEquivalence.AssertSameIsMatch(
            @"^(?:Yesterday|Last\s+week|Next\s+week|Tomorrow|Gestern|Morgen\s|Letzte\s+Woche|Vergangene\s+Woche|Nächste\s+Woche|(?:Die|Der|In\s+der)\s+nächsten?\s+(?:Ausgabe|Folge|Sendung)|The\s+next\s+(?:edition|episode|show|programme))",
            text => HostReader.OpensWithOtherEdition(text),
            "Morgen  früh", "Morgen", "Morgens", "Die nächste Ausgabe", "Der  nächsten\tFolge", "In der nächsten Sendung", "In  der nächstenFolge", "Die nächsteAusgabe", "The next  episode", "The nextepisode",
            "Yesterdays", "Last  week", "Lastweek", "Die nächsten", "Die", "The next", "Vergangene Woche", " Yesterday");
}
