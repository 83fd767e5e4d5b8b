using NewsBot.Core.Documents.Reading;
using NewsBot.Core.Tests.Text;

namespace NewsBot.Core.Tests.Documents;

/// <summary>The phrase readers of <see cref="IntroducedOneBySentence"/>, each checked against the expression it replaced.</summary>
public class IntroducedOneBySentencePhrasesTests
{
    [Fact]
    public void TalkPartnerIsTheRestAfterTheNearestMitOrWith() =>
        RegexEquivalence.AssertSame(
            @"\b(?:spricht|sprechen|diskutiert|diskutieren|redet|reden|debattiert|unterhält|Gespräch|talks|speaks|discusses|debates|chats|conversation)\b[^.?!]{0,80}?\s(?:mit|with)\s+(?<rest>\S.*)$",
            text => IntroducedOneBySentence.TalkPartner(text),
            match => match.Groups["rest"].Value,
            "Heute spricht sie mit der Expertin A und mit B.", "Im Gespräch mit\n der Forscherin A", "Sie redet mit  \t X",
            "talks  with  Y\n", "talks with Y\nand Z", "talks with\nY\nand Z\n", "Sie redeten mit X", "X diskutierten mit Y",
            "spricht. mit X", "spricht? Dann mit X", "spricht! mit X", "chats with ", "chats with", "mit X spricht",
            "spricht " + new string('a', 78) + " mit X", "spricht " + new string('a', 79) + " mit X", "spricht " + new string('a', 80) + " mit X",
            "debates " + new string('a', 90) + " talks mit X", "Gesprächsrunde mit X", "spricht mitten mit X", "spricht withal with Y",
            "conversation with\n\nX", "speaks with X\n\n", "speaks with X\n", "discusses\nwith X", "spricht mit X.\nEnde\n",
            "spricht mit\n", "spricht mit \nX");

    [Fact]
    public void NamesOtherItemFindsItsWordsAnywhereInAnyCase() =>
        RegexEquivalence.AssertSameIsMatch(
            @"(?i:begrüß|grußwort|eröffn|keynote|welcome|opening\s+remarks|closing\s+remarks|schlusswort|festvortrag|impuls)",
            IntroducedOneBySentence.NamesOtherItem,
            "Zur BEGRÜẞUNG", "Begrüssung", "Opening  \n Remarks", "openingremarks", "closing remarks", "Impulsvortrag", "unwelcome",
            "Festvortrag", "Schlussworte", "eröffnet", "KEYNOTE", "Grußwort", "opening");

    [Fact]
    public void OpensWithBodyReadsTheBodyAfterAName() =>
        RegexEquivalence.AssertSameIsMatch(
            @"^\s+(?:vom|von\s+der|von\s+den|aus\s+dem|aus\s+der|of\s+the|from\s+the)\s+\p{Lu}",
            IntroducedOneBySentence.OpensWithBody,
            " vom Jugendrat", " von  der Hochschule", " von den Grünen", " aus dem Amt", " aus der Stadt", " of the Board", " from the Ministry",
            "vom Jugendrat", " vom jugendrat", " vom", " von der", " vomJugendrat", " von derX", "  \t of  the Water Board", " of the", " from the\nÖko",
            "", " ", " vom  Ä");

    [Fact]
    public void SayingVerbAtIsTheSpaceBeforeTheFirstVerbOfSaying() =>
        RegexEquivalence.AssertSame(
            @"\s(?:said|says|admitted|argued|warned|told|explained|sagte|sagt|erklärte|räumte|betonte|schilderte|warnte)\b",
            text => IntroducedOneBySentence.SayingVerbAt(text) is >= 0 and var at ? at.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            match => match.Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            " of X said", ",said", " (said", " sagten es sagt", " sagte.", " sayings said", "\tschilderte", "X  räumte ein", "toldx told",
            "said", " warnte", " warned", " explained_", " explained");

    [Fact]
    public void OpensRelativeClauseReadsTheRelativeWordAfterTheName() =>
        RegexEquivalence.AssertSameIsMatch(
            @"^,?\s*(?:who|whose|der|die|dessen|deren)\s",
            IntroducedOneBySentence.OpensRelativeClause,
            ", who chairs", ", whose work", ",whose x", "who ", "whose", "whosex y", ", deren Arbeit", ", der", ", der ", "dessen x", ", die\tx",
            ",, who x", " , who x", "derenx y", "deren  x", ",  die x", "whom x", "");

    [Fact]
    public void VerbPrefixLengthReadsTheSeparablePrefixAndItsComma() =>
        RegexEquivalence.AssertSame(
            @"^\s+(?:ein|bei|mit|hinzu|dazu|vor|an|zu|in|zu\s+Wort),",
            text => IntroducedOneBySentence.VerbPrefixLength(text) is >= 0 and var length ? length.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            match => match.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            " ein, Vorsitzende", " zu Wort, X", " zu  Wort, X", " zu, X", " zu Wort X", " in, X", " an,", " hinzu, als", " dazu,", " vor, X", " bei, X",
            " mit, X", "ein, X", " ein , X", " eine, X", " zu wort, X", "  \n an, X");

    [Fact]
    public void ReportsSpeechFindsAVerbOfReportingOrAQuotationMark() =>
        RegexEquivalence.AssertSameIsMatch(
            @"\b(?:sagte|sagten|erklärte|kündigte|kritisierte|forderte|betonte|warnte|hatte|hatten|said|told|announced|warned|claimed|had)\b|[„“""«»]",
            IntroducedOneBySentence.ReportsSpeech,
            "Sie sagten es", "he had", "hadn't", "Shadow", "„Zitat", "“x", "\"x", "«x", "»x", "\u201Dx", "kündigte an", "warnte", "warned_", "Hatte");
}
