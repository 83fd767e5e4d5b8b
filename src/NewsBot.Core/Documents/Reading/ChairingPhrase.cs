using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// "Chairing the evening, Valley FM presenter X struggled …", "Die Leitung des Abends hatte X": the chair of this event,
/// named in a report; the rest of the sentence after the phrase, as
/// <c>^(?:Chairing|Moderating|Hosting|Presenting|Leading)\s+(?:the|this|tonight's|today's)\s+(?:evening|…|town\s+hall|…|show)\s*,\s+(?&lt;rest&gt;\S.{2,200})$</c>
/// or <c>^(?:Die\s+)?(?:Leitung|Moderation)\s+(?:des\s+Abends|…|des\s+Podiums)\s+(?:hat|hatte|übernimmt|übernahm|liegt\s+bei|lag\s+bei)\s+(?&lt;rest&gt;\S.{2,200})$</c>.
/// </summary>
internal static class ChairingPhrase
{
    private static readonly PhraseSet LeadingVerbs = new(false, "Chairing", "Moderating", "Hosting", "Presenting", "Leading");
    private static readonly PhraseSet Determiners = new(false, "the", "this", "tonight's", "today's");
    private static readonly PhraseSet Occasions = new(
        false, "evening", "meeting", "debate", "discussion", "session", "panel", "event", "forum", "hearing", "town hall", "conversation", "programme", "show");
    private static readonly PhraseSet Leadership = new(false, "Leitung", "Moderation");
    private static readonly PhraseSet GermanOccasions = new(false, "des Abends", "der Diskussion", "der Debatte", "der Veranstaltung", "des Gesprächs", "des Podiums");
    // "hatte" before "hat": white space follows the verb, so only the longer one can be the verb of "hatte"
    private static readonly PhraseSet HoldingVerbs = new(false, "hatte", "hat", "übernimmt", "übernahm", "liegt bei", "lag bei");

    /// <summary>The rest of a sentence that opens "Chairing the evening," or "Die Leitung des Abends hatte"; null for another sentence.</summary>
    public static string? Rest(string text) => RestToEnd(text, AfterEnglishOpener(text)) ?? RestToEnd(text, AfterGermanOpener(text));

    // Chairing the evening ,
    private static int AfterEnglishOpener(string text)
    {
        var occasion = Occasions.After(text, Scan.AfterSpaces(text, Determiners.After(text, Scan.AfterSpaces(text, LeadingVerbs.After(text, 0)))));
        if (occasion < 0)
            return -1;
        var comma = Scan.SkipSpaces(text, occasion);
        return comma < text.Length && text[comma] == ',' ? Scan.AfterSpaces(text, comma + 1) : -1;
    }

    // (Die) Leitung des Abends hatte
    private static int AfterGermanOpener(string text)
    {
        var leadership = Scan.AfterPhrase(text, 0, "Die ") is var article and >= 0 ? article : 0;
        var occasion = GermanOccasions.After(text, Scan.AfterSpaces(text, Leadership.After(text, leadership)));
        return Scan.AfterSpaces(text, HoldingVerbs.After(text, Scan.AfterSpaces(text, occasion)));
    }

    // \S.{2,200}$: a character that is no white space and 2 to 200 more up to the end, which may be a final line break
    private static string? RestToEnd(string text, int at)
    {
        if (at < 0 || at >= text.Length || char.IsWhiteSpace(text[at]))
            return null;
        var end = text[^1] == '\n' ? text.Length - 1 : text.Length;
        var length = end - at - 1;
        return length is >= 2 and <= 200 && text.AsSpan(at + 1, length).IndexOf('\n') < 0 ? text[at..end] : null;
    }
}
