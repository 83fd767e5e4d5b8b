using System.Globalization;
using NewsBot.Core.Documents.Reading;
using NewsBot.Core.Tests.Text;

namespace NewsBot.Core.Tests.Documents;

/// <summary>The phrase readers of <see cref="DiscussionContextGuests"/>, each checked against the expression it replaced.</summary>
public class DiscussionContextGuestsPhrasesTests
{
    [Fact]
    public void RoleIsNameReadsTheRoleAndTheCopula() =>
        RegexEquivalence.AssertSame(
            @"^(?:Der|Die|The)\s+(?<role>\p{L}[\p{L}-]*)\s+(?<verb>ist|heißt|is)\s+\p{Lu}",
            text => DiscussionContextGuests.RoleIsName(text) is var (role, afterVerb) ? $"{role}|{afterVerb.ToString(CultureInfo.InvariantCulture)}" : null,
            match => $"{match.Groups["role"].Value}|{(match.Groups["verb"].Index + match.Groups["verb"].Length).ToString(CultureInfo.InvariantCulture)}",
            "Die Biologin heißt Dr. A", "Der Schäfer ist Jan", "The moderator is Kim", "The  co-host   is  Kim", "Der Schäfer ist jan", "Der Schäfer ist",
            "Der Schäfer istJan", "Der Schäfer isst Jan", "Der Schäfer is Jan", "Die Öko-Bäuerin ist Ärztin", "Der -x ist Y", "Der x- ist Y", "Der 3D ist Y",
            "Der Schäfer, ist Jan", "Der  Schäfer\tist\nJan", "Die", "Die ", "The Schäfer-ist Jan", "Der Schäfer heißt Ümit", "Der Schäfer ist Ist Jan");

    [Fact]
    public void NamesDiscussionFindsAWordOfDiscussionInAnyCase() =>
        RegexEquivalence.AssertSameIsMatch(
            @"(?i:podium|diskussion|diskutier|debatt|gespräch|\brunde\b|streitgespräch|\bforum\b|\bpanel|debate|discussion|\bdiscuss|conversation|webinar|roundtable|round\s+table|\btalk\b|\bzu\s+gast\b|brings\s+together|bringt\s+.{0,40}zusammen|\bmit\s+dabei\b|\b(?:ist|sind|war|waren)\s+[^.]{0,80}\bdabei\b)",
            DiscussionContextGuests.NamesDiscussion,
            "Podiumsgespräch", "Expertendiskussion", "Gesprächsrunde", "die Runde", "Runden", "Forum", "Forums", "panellists", "Expertpanel", "discussed",
            "undiscussed", "talk", "talks", "Smalltalk", "TAL\u212A", "Zu  Gast", "zugast", "Brings together", "bringtogether", "mit dabei", "mitdabei",
            "bringt die Leute zusammen", "bringt " + new string('x', 40) + "zusammen", "bringt " + new string('x', 41) + "zusammen",
            "bringt  \n\n " + new string('x', 40) + "zusammen", "bringt x\nzusammen", "bringt\nzusammen", "bringtzusammen", "mitbringt ZUSAMMEN",
            "Ist auch dabei", "sind heute alle dabei", "waren dabei", "war dabei", "warendabei", "Er war. Dabei", "ist x dabeisein", "ist x Xdabei",
            "ist " + new string('x', 79) + " dabei", "ist " + new string('x', 80) + " dabei", "ist \n\n\n " + new string('y', 79) + " dabei",
            "ist\n" + new string('y', 70) + "\n dabei", "Mist x dabei", "Round \t Table", "webinar", "Webinare", "roundtables", "debattieren");

    [Fact]
    public void IsPastFindsAVerbInThePastTense() =>
        RegexEquivalence.AssertSameIsMatch(
            @"\b(?:war|waren|wurde|wurden|saß|saßen|sprach|sprachen|stritten|diskutierte|diskutierten|debattierte|debattierten|verfolgte|verfolgten|übernahm|fand|trafen|kamen|was|were|met|sat|took\s+place|said|argued|gathered|held|\p{Ll}+ed)\b",
            DiscussionContextGuests.IsPast,
            "watched", "Watched", "ed", "red", "hosted-by", "hostedX", "xWatched", "watched_", "watched1", "wat\u0301ched", "wat\u0301ed", "took  place",
            "tookplace", "waren", "warenx", "Sie saßen", "übernahm", "äed", "ßed", "x.watched", "\u200Dwatched");

    [Fact]
    public void IsNewsFindsAVerbOfReporting() =>
        RegexEquivalence.AssertSameIsMatch(
            @"\b(?:sagte|sagten|erklärte|kündigte|kritisierte|forderte|betonte|warnte|hatte|hatten|said|told|announced|warned|claimed|had)\b",
            DiscussionContextGuests.IsNews,
            "Sie sagten", "hatten", "Hatte", "shadow", "had", "forderte.", "announcedly");

    [Fact]
    public void SaysAbsentFindsTheWordsOfAbsenceInAnyCase() =>
        RegexEquivalence.AssertSameIsMatch(
            @"(?i:did\s+not\s+(?:take\s+part|attend|participate|join)|not\s+on\s+the\s+panel|in\s+the\s+audience|in\s+a\s+statement|told\s+reporters|before\s+the\s+(?:event|forum|debate|panel)|nicht\s+teil|nahm\s+nicht|im\s+publikum|unter\s+den\s+zuhörer|in\s+einer\s+(?:mitteilung|erklärung|stellungnahme)|vor\s+der\s+veranstaltung|abgesagt|verhindert)",
            DiscussionContextGuests.SaysAbsent,
            "did not take part", "DID  NOT\tJOIN", "did not participate", "did not attend", "did not", "Not on the panel", "in the audience",
            "In a statement", "told reporters", "before the event", "before the forum", "before the debate", "before the panel", "before the show",
            "nicht teil", "nahm nicht", "im Publikum", "unter den Zuhörern", "in einer Mitteilung", "in einer Erklärung", "in einer Stellungnahme",
            "vor der Veranstaltung", "abgesagt", "Verhindert", "ABGESAGT", "uNTER DEN ZUHÖRER", "did not takepart");

    [Fact]
    public void NamesOtherItemFindsAnotherProgrammeItemInAnyCase() =>
        RegexEquivalence.AssertSameIsMatch(
            @"(?i:begrüß|grußwort|eröffn|keynote|welcome|open\s+the\s+(?:evening|event|session)|opening\s+remarks|closing\s+remarks|schlusswort|festvortrag|impuls)",
            DiscussionContextGuests.NamesOtherItem,
            "will open the evening", "open  the event", "Open the Session", "open the show", "reopen the events", "Opening remarks", "closing remarks",
            "Zur Begrüßung", "BEGRÜẞUNG", "Grußwort", "Eröffnung", "keynote", "Welcome", "Schlusswort", "Festvortrag", "Impulse");
}
