using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// A verb of welcoming whose object is the guests: "X begrüßt am Montag um 21 Uhr folgende Gäste", "X is joined by
/// her guests", as the old pattern
/// <c>\s(?:welcomes|begrüßt|empfängt|is\s+joined\s+by)\s+(?:[^:;?!]{0,80}\s)?(?:folgende|…|five)\s+(?:Gäste|guests)\b</c>.
/// </summary>
internal static class WelcomesTheGuestsPhrase
{
    private const int MaxBetween = 80;

    private static readonly PhraseSet Verbs = new(false, "welcomes", "begrüßt", "empfängt", "is joined by");
    private static readonly PhraseSet Which = new(
        false, "folgende", "diese", "these", "the following", "her", "his", "ihre", "seine", "zwei", "drei", "vier", "fünf", "two", "three", "four", "five");
    private static readonly PhraseSet Guests = new(false, "Gäste", "guests");

    /// <summary>Where the space before the leftmost such verb stands (the subject is before it); -1 when the sentence has none.</summary>
    public static int Find(string sentence)
    {
        for (var from = 0; ; )
        {
            var (start, end) = Verbs.Find(sentence, from);
            if (start < 0)
                return -1;
            if (start > 0 && char.IsWhiteSpace(sentence[start - 1]) && GuestsFollow(sentence, Scan.AfterSpaces(sentence, end)))
                return start - 1;
            from = start + 1;
        }
    }

    /// <summary>
    /// "folgende Gäste" right after the verb, or after at most 80 more characters without <c>: ; ? !</c> that end in a space
    /// (the spaces after the verb count towards none of them).
    /// </summary>
    private static bool GuestsFollow(string sentence, int at)
    {
        if (at < 0)
            return false;
        for (var word = at; word <= at + MaxBetween + 1 && word <= sentence.Length; word++)
        {
            if (word > at && sentence[word - 1] is ':' or ';' or '?' or '!')
                return false;
            if (char.IsWhiteSpace(sentence[word - 1]) && Guests.AfterWhole(sentence, Scan.AfterSpaces(sentence, Which.AfterWhole(sentence, word))) >= 0)
                return true;
        }

        return false;
    }
}
