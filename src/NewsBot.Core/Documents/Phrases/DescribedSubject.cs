using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Phrases;

/// <summary>
/// "spricht der linksliberale Politiker", "diskutiert die Ökonomin mit": a verb of talk with a definite description as
/// its subject at the end of the text. Was
/// <c>\b(?:spricht|diskutiert|redet|debattiert|unterhält\s+sich)\s+(?:der|die)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*(?:\s+mit)?\s*$</c>.
/// </summary>
internal static class DescribedSubject
{
    private static readonly PhraseSet Verbs = new(false, "spricht", "diskutiert", "redet", "debattiert", "unterhält sich");
    private static readonly PhraseSet Articles = new(false, "der", "die");

    /// <summary>Where the verb stands (the match runs to the end of the text), or -1.</summary>
    public static int Find(string text)
    {
        for (var (start, end) = Verbs.Find(text); start >= 0; (start, end) = Verbs.Find(text, start + 1))
        {
            if (EndsWithDescription(text, DescriptionStart(text, end)))
                return start;
        }

        return -1;
    }

    public static bool IsIn(string text) => Find(text) >= 0;

    // \s+(?:der|die)\s+
    private static int DescriptionStart(string text, int verbEnd)
    {
        var spaced = Scan.AfterSpaces(text, verbEnd);
        return spaced < 0 ? -1 : Scan.AfterPhrase(text, Articles.After(text, spaced), " ");
    }

    // (?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*(?:\s+mit)?\s*$
    private static bool EndsWithDescription(string text, int at)
    {
        for (var words = 0; words < 2 && at >= 0 && at < text.Length && char.IsLower(text[at]); words++)
        {
            var spaced = Scan.AfterPhrase(text, Scan.AfterRun(text, at + 1, Scan.IsLetterOrHyphen, 0), " ");
            if (spaced < 0)
                return false; // a lower-case word is no capitalised one
            at = spaced;
        }

        var noun = Scan.AfterCapitalised(text, at, Scan.IsLetterOrHyphen);
        if (noun < 0)
            return false;
        var mit = Scan.AfterPhrase(text, noun, " mit");
        return mit >= 0 && Scan.OnlySpacesLeft(text, mit) || Scan.OnlySpacesLeft(text, noun);
    }
}
