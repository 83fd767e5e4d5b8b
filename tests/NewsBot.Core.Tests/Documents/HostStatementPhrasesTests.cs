using System.Text.RegularExpressions;
using NewsBot.Core.Documents.Reading;
using NewsBot.Core.Tests.Text;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The host's statement phrases are read by hand; each reader is checked against the regular expression it replaced
/// (kept here verbatim), on the test documents' sentences and on texts made for each alternative and bound.
/// </summary>
public sealed class HostStatementPhrasesTests
{
    [Fact]
    public void NicknamesAreDroppedAsTheRegularExpressionReplacesThem()
    {
        const string pattern = @"\s[„""“»«][^\s„""“”»«]{1,30}[“""”«»](?<next>\s\p{Lu})";
        var regex = new Regex(pattern);
        RegexEquivalence.AssertSame(
            pattern,
            text => HostStatementCues.WithoutNicknames(text) is var kept && kept != text ? kept : null,
            match => regex.Replace(match.Result("$_"), "${next}"),
            "Jo „Jay“ Roe",
            "Your host: Wenna \"Kernow\" Trelawny",
            "Jo «Jay» Roe and Ann »Annie« Lee and Al \"B\" Cy",
            "Jo „J\"ay“ Roe",
            "Jo „" + new string('j', 30) + "“ Roe",
            "Jo „" + new string('j', 31) + "“ Roe",
            "Jo „“ Roe",
            "Jo „Jay“ roe",
            "Jo „Jay“  Roe",
            "Jo „Jay“\tRoe „Ray“ Lee",
            "Jo „Jay“ R „Ray“ Lee",
            "Jo „Jay Roe“ Lee",
            "Jo „Jay”",
            " „Jay“ R");
    }

    [Fact]
    public void GuestNounAsTheRegularExpressionDoes() =>
        RegexEquivalence.AssertSameIsMatch(
            @"^(?:Gäst|Gast\b|guests\b|experts\b|Expert|panel|a\s+panel|an\s+expert)",
            HostStatementCues.OpensWithGuestNoun,
            "Gästen aus",
            "Gast",
            "Gastgeber",
            "guests.",
            "guestsX",
            "experts",
            "expertsX",
            "Expertinnen",
            "panelists",
            "a  panel",
            "an expert's",
            "an experiment",
            "");

    [Fact]
    public void ApposedAsTheRegularExpressionDoes() =>
        RegexEquivalence.AssertSameIsMatch(
            @"^\p{Lu}[^,;()]{2,60}(?:,\s+(?:\p{Ll}|the\s|der\s|die\s)|\s\()",
            HostStatementCues.OpensApposed,
            "Anna Beispiel, vice-chair of",
            "Anna Beispiel (Partei), MdB",
            "Ann, the",
            "An, the",
            "Ann (X)",
            "Anna  (X)",
            "An (X)",
            "Anna(X)",
            "Anna, Beispiel",
            "Anna,  der",
            "Anna,",
            "Anna; vice",
            "Anna ) (",
            "A" + new string('b', 60) + ", vice",
            "A" + new string('b', 61) + ", vice",
            "A" + new string('b', 59) + " (X)",
            "A" + new string('b', 60) + " (X)",
            "A" + new string('b', 61) + " (X)",
            "anna, vice");

    [Fact]
    public void VerbSecondOpenerAsTheRegularExpressionDoes() =>
        RegexEquivalence.AssertSameIsMatch(
            @"^(?:Am|Im|In|Heute|Morgen|Darüber|Dazu|Hierüber|Hierzu|Anschließend|Danach|Dann|Ab|Um|Bei|Auf|Zum|Zur|Von|Live|Diesmal|Dort|Hier)\b",
            HostStatementCues.OpensVerbSecond,
            "Am Dienstag",
            "Amelie",
            "Hierüber",
            "Hierzu",
            "Hier,",
            "Dann",
            "Danach",
            "Zur Sache",
            "Zurück",
            "In",
            "");
}
