using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

internal static partial class IntroducedOneBySentence
{
    /// <summary>Words of another programme item's speaker, anywhere in a word, in any case.</summary>
    private static readonly PhraseSet OtherItemWords = new(true, "begrüß", "grußwort", "eröffn", "keynote", "welcome", "opening remarks", "closing remarks",
        "schlusswort", "festvortrag", "impuls");

    /// <summary>The words before the body a person comes from.</summary>
    private static readonly PhraseSet BodyWords = new(false, "vom", "von der", "von den", "aus dem", "aus der", "of the", "from the");

    private static readonly PhraseSet SayingVerbs = new(false, "said", "says", "admitted", "argued", "warned", "told", "explained", "sagte", "sagt",
        "erklärte", "räumte", "betonte", "schilderte", "warnte");

    /// <summary>The words that open a relative clause, the longer of two that start alike first ("whose" before "who").</summary>
    private static readonly PhraseSet RelativeWords = new(false, "whose", "who", "deren", "der", "die", "dessen");

    /// <summary>A separable verb's prefix, "zu Wort" before "zu" as a regex would read it when the comma follows.</summary>
    private static readonly PhraseSet VerbPrefixes = new(false, "ein", "bei", "mit", "hinzu", "dazu", "vor", "an", "zu Wort", "zu Gast", "zu Besuch", "zu", "in");

    private static readonly PhraseSet ReportingWords = new(false, "sagte", "sagten", "erklärte", "kündigte", "kritisierte", "forderte", "betonte",
        "warnte", "hatte", "hatten", "said", "told", "announced", "warned", "claimed", "had");

    /// <summary>
    /// "in seiner Begrüßung", "Grußwort", "keynote", "closing remarks": a speaker of another programme item. As
    /// <c>(?i:begrüß|grußwort|eröffn|keynote|welcome|opening\s+remarks|closing\s+remarks|schlusswort|festvortrag|impuls)</c>.
    /// </summary>
    internal static bool NamesOtherItem(string sentence) => OtherItemWords.FindAnywhere(sentence).Start >= 0;

    /// <summary>
    /// "X vom Jugendrat", "X von der Hochschule Y", "X of the Water Board": the text after a name opens with the body a
    /// person comes from. As <c>^\s+(?:vom|von\s+der|von\s+den|aus\s+dem|aus\s+der|of\s+the|from\s+the)\s+\p{Lu}</c>.
    /// </summary>
    internal static bool OpensWithBody(string rest)
    {
        var body = Scan.AfterSpaces(rest, 0);
        var name = Scan.AfterPhrase(rest, BodyWords.After(rest, body), " ");
        return name >= 0 && name < rest.Length && char.IsUpper(rest[name]);
    }

    /// <summary>
    /// "… said", "… schilderte": where the first verb of saying starts, with the white space before it; -1 for none.
    /// As <c>\s(?:said|says|admitted|…|warnte)\b</c>.
    /// </summary>
    internal static int SayingVerbAt(string text)
    {
        for (var start = SayingVerbs.Find(text).Start; start >= 0; start = SayingVerbs.Find(text, start + 1).Start)
        {
            if (start > 0 && char.IsWhiteSpace(text[start - 1]))
                return start - 1;
        }

        return -1;
    }

    /// <summary>
    /// "X, who chairs the …", "X, die seit Jahren … leitet": the text after a name opens a relative clause. As
    /// <c>^,?\s*(?:who|whose|der|die|dessen|deren)\s</c>.
    /// </summary>
    internal static bool OpensRelativeClause(string rest)
    {
        var word = Scan.SkipSpaces(rest, rest.StartsWith(',') ? 1 : 0);
        var end = RelativeWords.After(rest, word);
        return end >= 0 && end < rest.Length && char.IsWhiteSpace(rest[end]);
    }

    /// <summary>
    /// "bringt C ein, Vorsitzende …": the length of a separable verb's prefix after the name, with its spaces and the
    /// comma after it; -1 when the text does not open with one. As <c>^\s+(?:ein|bei|mit|hinzu|dazu|vor|an|zu\s+Wort|zu\s+Gast|zu\s+Besuch|zu|in),</c>.
    /// </summary>
    internal static int VerbPrefixLength(string rest)
    {
        var prefix = Scan.AfterSpaces(rest, 0);
        var end = prefix < 0 ? -1 : VerbPrefixes.After(rest, prefix);
        return end >= 0 && end < rest.Length && rest[end] == ',' ? end + 1 : -1;
    }

    /// <summary>
    /// "sagte", "said", "hatte … erklärt", a quotation mark: a report of what someone said or did. As
    /// <c>\b(?:sagte|sagten|erklärte|…|claimed|had)\b|[„“"«»]</c>.
    /// </summary>
    internal static bool ReportsSpeech(string sentence) => ReportingWords.IsIn(sentence) || sentence.AsSpan().IndexOfAny("„“\"«»") >= 0;
}
