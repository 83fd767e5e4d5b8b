using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

internal static partial class DiscussionContextGuests
{
    private static readonly PhraseSet DefiniteArticles = new(false, "Der", "Die", "The");

    /// <summary>The copulas of "Der Schäfer ist X", "ist" before "is" as a regex would read them when a space follows.</summary>
    private static readonly PhraseSet NamingVerbs = new(false, "ist", "heißt", "is");

    private static readonly PhraseSet PastWords = new(false, "war", "waren", "wurde", "wurden", "saß", "saßen", "sprach", "sprachen", "stritten",
        "diskutierte", "diskutierten", "debattierte", "debattierten", "verfolgte", "verfolgten", "übernahm", "fand", "trafen", "kamen", "was", "were",
        "met", "sat", "took place", "said", "argued", "gathered", "held");

    private static readonly PhraseSet NewsWords = new(false, "sagte", "sagten", "erklärte", "kündigte", "kritisierte", "forderte", "betonte",
        "warnte", "hatte", "hatten", "said", "told", "announced", "warned", "claimed", "had");

    private static readonly PhraseSet AbsentWords = new(true, "did not take part", "did not attend", "did not participate", "did not join",
        "not on the panel", "in the audience", "in a statement", "told reporters", "before the event", "before the forum", "before the debate",
        "before the panel", "nicht teil", "nahm nicht", "im publikum", "unter den zuhörer", "in einer mitteilung", "in einer erklärung",
        "in einer stellungnahme", "vor der veranstaltung", "abgesagt", "verhindert");

    private static readonly PhraseSet OtherItemWords = new(true, "begrüß", "grußwort", "eröffn", "keynote", "welcome", "open the evening",
        "open the event", "open the session", "opening remarks", "closing remarks", "schlusswort", "festvortrag", "impuls");

    /// <summary>
    /// "Die Biologin heißt X", "Der Schäfer ist X", "The moderator is X": the role word and where the copula ends, or
    /// null. As <c>^(?:Der|Die|The)\s+(?&lt;role&gt;\p{L}[\p{L}-]*)\s+(?&lt;verb&gt;ist|heißt|is)\s+\p{Lu}</c>.
    /// </summary>
    internal static (string Role, int AfterVerb)? RoleIsName(string sentence)
    {
        var role = Scan.AfterPhrase(sentence, DefiniteArticles.After(sentence, 0), " ");
        if (role < 0 || role >= sentence.Length || !char.IsLetter(sentence[role]))
            return null;
        var roleEnd = Scan.AfterRun(sentence, role + 1, Scan.IsLetterOrHyphen, min: 0);
        var verbEnd = NamingVerbs.After(sentence, Scan.AfterSpaces(sentence, roleEnd));
        var name = Scan.AfterSpaces(sentence, verbEnd);
        return name >= 0 && name < sentence.Length && char.IsUpper(sentence[name]) ? (sentence[role..roleEnd], verbEnd) : null;
    }

    /// <summary>
    /// "diskutierten", "übernahm", "took place", "watched": a verb in the past tense, as in a report. As
    /// <c>\b(?:war|waren|…|gathered|held|\p{Ll}+ed)\b</c>.
    /// </summary>
    internal static bool IsPast(string sentence) => PastWords.IsIn(sentence) || HasLowerCaseWordInEd(sentence);

    /// <summary>A word of lower-case letters that ends in "ed" ("watched", "hosted"): <c>\b\p{Ll}+ed\b</c>.</summary>
    private static bool HasLowerCaseWordInEd(string sentence)
    {
        for (var at = 0; at < sentence.Length; at++)
        {
            if (!char.IsLower(sentence[at]) || !Scan.IsBoundary(sentence, at))
                continue;
            var end = Scan.AfterRun(sentence, at, char.IsLower, min: 3);
            if (end >= 0 && sentence.AsSpan(end - 2, 2) is "ed" && Scan.IsBoundary(sentence, end))
                return true;
        }

        return false;
    }

    /// <summary>"sagte", "hatte … gefordert", "said", "announced": a report of what someone said or did. As <c>\b(?:sagte|sagten|…|claimed|had)\b</c>.</summary>
    internal static bool IsNews(string sentence) => NewsWords.IsIn(sentence);

    /// <summary>
    /// "did not take part", "war im Publikum", "in a statement": a person the text says is not on the panel, in any case.
    /// As <c>(?i:did\s+not\s+(?:take\s+part|attend|participate|join)|not\s+on\s+the\s+panel|…|abgesagt|verhindert)</c>.
    /// </summary>
    internal static bool SaysAbsent(string sentence) => AbsentWords.FindAnywhere(sentence).Start >= 0;

    /// <summary>
    /// "Zur Begrüßung spricht …", "will open the evening", "Closing remarks": a speaker of another programme item, in any
    /// case. As <c>(?i:begrüß|grußwort|eröffn|keynote|welcome|open\s+the\s+(?:evening|event|session)|opening\s+remarks|…|impuls)</c>.
    /// </summary>
    internal static bool NamesOtherItem(string sentence) => OtherItemWords.FindAnywhere(sentence).Start >= 0;
}
