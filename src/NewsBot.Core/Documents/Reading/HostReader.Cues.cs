using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// The small cues around a host phrase, read by hand: the words that say a phrase is about another edition, another
/// date, a habit, a quotation, a relative clause or a verb rather than this discussion's host.
/// </summary>
internal static partial class HostReader
{
    private static readonly PhraseSet ModalsAndLinks = new(false, "will", "to", "would", "can", "could", "and", "may");
    private static readonly PhraseSet RelativePronouns = new(false, "who", "der", "die");
    private static readonly PhraseSet OtherDateWords = new(true, "last", "next", "previous", "former");
    private static readonly PhraseSet OtherDateStems = new(true, "ehemalig", "früher", "letzte", "nächste", "vergangene", "kommende");
    private static readonly PhraseSet ReportingVerbs = new(false, "sagte", "sagten", "sagt", "erklärte", "kritisierte", "forderte", "said", "says", "told", "according to");
    private static readonly PhraseSet HostRoleWords = new(
        false, "presenter", "host", "moderator", "anchor", "journalist", "editor", "reporter", "correspondent",
        "Moderatorin", "Moderator", "Redakteurin", "Redakteur", "Journalistin", "Journalist", "Reporterin", "Reporter");
    private static readonly PhraseSet OtherEditionOpeners = new(
        false, "Yesterday", "Last week", "Next week", "Tomorrow", "Gestern", "Letzte Woche", "Vergangene Woche", "Nächste Woche");
    private static readonly PhraseSet EditionArticles = new(false, "Die", "Der", "In der");
    private static readonly PhraseSet GermanEditions = new(false, "Ausgabe", "Folge", "Sendung");
    private static readonly PhraseSet EnglishEditions = new(false, "edition", "episode", "show", "programme");

    /// <summary>"The library will host Jane Doe": text that ends in a modal, "to" or "and" (<c>\b(?:will|to|would|can|could|and|may)\s*$</c>).</summary>
    internal static bool EndsWithVerbBefore(ReadOnlySpan<char> text)
    {
        var end = text.TrimEnd().Length;
        if (end == 0 || !Scan.IsWordChar(text[end - 1]))
            return false;
        var start = end - 1;
        while (!Scan.IsBoundary(text, start))
            start--;
        return ModalsAndLinks.AfterWhole(text, start) == end;
    }

    /// <summary>"X, who chairs …": text that ends in a relative pronoun after a comma or a space (<c>(?:,\s*|\s)(?:who|der|die)\s*$</c>).</summary>
    internal static bool EndsWithRelativePronoun(ReadOnlySpan<char> text)
    {
        var end = text.TrimEnd().Length;
        var start = end - 3;
        return start >= 1 && RelativePronouns.After(text, start) == end && (text[start - 1] == ',' || char.IsWhiteSpace(text[start - 1]));
    }

    /// <summary>
    /// A word of another date, in any case: "last", "next", "previous", "former" or a word that starts "ehemalig", "früher",
    /// "letzte", "nächste", "vergangene" or "kommende" (<c>(?i:\b(?:last|next|previous|former|ehemalig\w*|frühere?\w*|letzte\w*|nächste\w*|vergangene\w*|kommende\w*)\b)</c>).
    /// </summary>
    internal static bool HasOtherDateWord(ReadOnlySpan<char> text)
    {
        for (var at = 0; at < text.Length; at++)
        {
            if (!Scan.IsBoundary(text, at))
                continue;
            if (OtherDateWords.AfterWhole(text, at) >= 0)
                return true;
            var stem = OtherDateStems.After(text, at);
            if (stem >= 0 && Scan.IsBoundary(text, Scan.AfterRun(text, stem, Scan.IsWordChar, 0)))
                return true;
        }

        return false;
    }

    /// <summary>A reporting verb ("sagte", "said", "according to") or a quotation mark (<c>\b(?:sagte|…|according\s+to)\b|[„“"«»]</c>).</summary>
    internal static bool IsReported(ReadOnlySpan<char> text) => HasQuotation(text) || ReportingVerbs.IsIn(text);

    /// <summary>
    /// Whether the text quotes someone: a pair of quotes other than a title's, which follows a word that names a work
    /// ("seine Sendung „Markt und Macht“", "the podcast "Deep Dive"", "die Reihe »Stadtgespräch«").
    /// </summary>
    private static bool HasQuotation(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny(Quotes); at >= 0;)
        {
            var before = text[..at].TrimEnd();
            var word = before.LastIndexOf(' ') + 1;
            if (TitleNouns.AfterWhole(before, word) != before.Length)
                return true;
            var close = text[(at + 1)..].IndexOfAny(Quotes);
            if (close < 0)
                return false;
            var next = text[(at + close + 2)..].IndexOfAny(Quotes);
            at = next < 0 ? -1 : at + close + 2 + next;
        }

        return false;
    }

    private const string Quotes = "„“\"«»";

    /// <summary>Nouns that name a work whose title follows in quotes.</summary>
    private static readonly PhraseSet TitleNouns = new(false, "Sendung", "Sendereihe", "Reihe", "Talkshow", "Show", "show", "Podcast", "podcast", "programme", "program",
        "series", "Format", "Magazin", "Film", "film", "Buch", "book", "Titel", "title", "Talk", "Ausstellung", "exhibition");

    /// <summary>
    /// The first host's or journalist's role word and the white space after it, as (start, end), or null
    /// (<c>\b(?:presenter|host|…|Moderator(?:in)?|Redakteur(?:in)?|Journalist(?:in)?|Reporter(?:in)?)\s+</c>).
    /// </summary>
    internal static (int Start, int End)? FindHostRoleWord(ReadOnlySpan<char> text)
    {
        for (var (start, end) = HostRoleWords.Find(text); start >= 0; (start, end) = HostRoleWords.Find(text, start + 1))
        {
            if (Scan.AfterSpaces(text, end) is var after and >= 0)
                return (start, after);
        }

        return null;
    }

    /// <summary>
    /// "Yesterday's …", "Die nächste Ausgabe …", "The next episode …": a sentence that opens with another edition
    /// (<c>^(?:Yesterday|Last\s+week|…|Morgen\s|…|(?:Die|Der|In\s+der)\s+nächsten?\s+(?:Ausgabe|Folge|Sendung)|The\s+next\s+(?:edition|episode|show|programme))</c>).
    /// </summary>
    internal static bool OpensWithOtherEdition(ReadOnlySpan<char> text)
    {
        if (OtherEditionOpeners.After(text, 0) >= 0 || Scan.AfterRun(text, Scan.AfterPhrase(text, 0, "Morgen"), char.IsWhiteSpace, 1, 1) >= 0)
            return true;

        // (?:Die|Der|In der) nächste[n] (?:Ausgabe|Folge|Sendung)
        var next = Scan.AfterPhrase(text, Scan.AfterSpaces(text, EditionArticles.After(text, 0)), "nächste");
        if (next >= 0 && next < text.Length && text[next] == 'n')
            next++;
        return GermanEditions.After(text, Scan.AfterSpaces(text, next)) >= 0 || EnglishEditions.After(text, Scan.AfterPhrase(text, 0, "The next ")) >= 0;
    }
}
