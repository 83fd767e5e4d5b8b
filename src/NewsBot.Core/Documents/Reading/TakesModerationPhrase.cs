using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// "Danach übernahm die WDR-Journalistin X die Moderation", "X hat die Gesprächsleitung", "X took over as moderator":
/// whatever the verb of taking, the moderation is its object; the words between (the regular expression's <c>rest</c>), as
/// <c>\b(?:übernahm|übernimmt|übernehmen|übernahmen|hatte|hat|führt|führte|teilen\s+sich)\s+(?&lt;rest&gt;[^,;:?!]{3,120}?)\s+(?:die|den)\s+(?:Moderation|Gesprächsleitung|Diskussionsleitung|Leitung\s+(?:des\s+Gesprächs|der\s+Diskussion|des\s+Podiums|des\s+Abends)|Vorsitz)\b</c>
/// or <c>^(?&lt;rest&gt;\p{Lu}[^,;:?!]{3,120}?)\s+(?:took|takes|will\s+take)\s+over\s+as\s+(?:moderator|host|chair)\b</c>.
/// </summary>
internal static class TakesModerationPhrase
{
    private static readonly PhraseSet TakingVerbs = new(false, "übernahm", "übernimmt", "übernehmen", "übernahmen", "hatte", "hat", "führt", "führte", "teilen sich");
    private static readonly PhraseSet Articles = new(false, "die", "den");
    private static readonly PhraseSet Moderation = new(
        false, "Moderation", "Gesprächsleitung", "Diskussionsleitung", "Leitung des Gesprächs", "Leitung der Diskussion", "Leitung des Podiums", "Leitung des Abends", "Vorsitz");
    private static readonly PhraseSet TookOver = new(false, "took", "takes", "will take");
    private static readonly PhraseSet Roles = new(false, "moderator", "host", "chair");

    /// <summary>The words between the verb of taking and the moderation, or before "took over as"; null when the sentence has neither.</summary>
    public static string? Taker(string text)
    {
        // at the start the German phrase is tried first, then the English one, which only opens a sentence
        var (start, end) = TakingVerbs.Find(text);
        if (start == 0 && GermanTaker(text, end) is { } first)
            return first;
        if (EnglishTaker(text) is { } english)
            return english;
        for (; start >= 0; (start, end) = TakingVerbs.Find(text, start + 1))
        {
            if (start > 0 && GermanTaker(text, end) is { } taker)
                return taker;
        }

        return null;
    }

    // \s+(?<rest>[^,;:?!]{3,120}?)\s+(?:die|den)\s+(?:Moderation|…)\b after the verb, which ends at verb
    private static string? GermanTaker(string text, int verb)
    {
        var words = Scan.AfterSpaces(text, verb);
        if (words < 0)
            return null;

        // The rest may start inside the white space after the verb (the regex gives \s+ characters back when no rest
        // from the word on ends before the moderation). A rest that starts further back than four characters before the
        // word would first try to end inside that white space, where it ends as the rest four characters back does:
        // so trying the starts from the word back to four characters before it finds all that the regex finds.
        var (lastWord, lastHolds) = (-1, false);
        for (var from = words; from > verb && from >= words - 4; from--)
        {
            for (var length = 1; length <= 120 && from + length < text.Length && !Scan.IsClauseMark(text[from + length - 1]); length++)
            {
                var after = from + length;
                if (length < 3 || !char.IsWhiteSpace(text[after]))
                    continue;
                var article = Scan.SkipSpaces(text, after);
                if (article != lastWord)
                    (lastWord, lastHolds) = (article, Moderation.AfterWhole(text, Scan.AfterSpaces(text, Articles.After(text, article))) >= 0);
                if (lastHolds)
                    return text[from..after];
            }
        }

        return null;
    }

    // ^(?<rest>\p{Lu}[^,;:?!]{3,120}?)\s+(?:took|takes|will\s+take)\s+over\s+as\s+(?:moderator|host|chair)\b
    private static string? EnglishTaker(string text)
    {
        if (text.Length == 0 || !char.IsUpper(text[0]))
            return null;
        var (lastWord, lastHolds) = (-1, false);
        for (var length = 1; length <= 120 && length + 1 < text.Length && !Scan.IsClauseMark(text[length]); length++)
        {
            var after = length + 1;
            if (length < 3 || !char.IsWhiteSpace(text[after]))
                continue;
            var verb = Scan.SkipSpaces(text, after);
            if (verb != lastWord)
                (lastWord, lastHolds) = (verb, Roles.AfterWhole(text, Scan.AfterPhrase(text, Scan.AfterSpaces(text, TookOver.After(text, verb)), "over as ")) >= 0);
            if (lastHolds)
                return text[..after];
        }

        return null;
    }
}
