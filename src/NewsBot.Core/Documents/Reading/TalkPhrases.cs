using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// A verb of talk and its companion: "X spricht … mit der Ärztin …", "X sits down with economist …", "The economist A
/// talks to X about …".
/// </summary>
internal static class TalkPhrases
{
    /// <summary><c>\b(?:spricht|diskutiert|redet|debattiert|unterhält\s+sich|talks|speaks|chats|sits\s+down)\b</c>.</summary>
    public static readonly PhraseSet Verbs = new(false, "spricht", "diskutiert", "redet", "debattiert", "unterhält sich", "talks", "speaks", "chats", "sits down");

    private static readonly PhraseSet WithOrTo = new(false, "mit", "with", "to");
    private static readonly PhraseSet About = new(false, "about", "on", "über", "zum", "zur", "darüber");

    /// <summary>
    /// <c>\b(?:mit|with|to)\s+</c>: the leftmost "with" and the spaces after it, as (start, end); (-1, -1) when there is none.
    /// </summary>
    public static (int Start, int End) FindWith(string text)
    {
        for (var from = 0; ; )
        {
            var (start, end) = WithOrTo.Find(text, from);
            if (start < 0)
                return (-1, -1);
            if (Scan.AfterSpaces(text, end) is var after and >= 0)
                return (start, after);
            from = start + 1;
        }
    }

    /// <summary><c>^\s*(?:to|with|mit)\s+</c>: the end of the "to" the text opens with; -1 when it opens otherwise.</summary>
    public static int AfterTo(string text) => Scan.AfterSpaces(text, WithOrTo.After(text, Scan.SkipSpaces(text, 0)));

    /// <summary>
    /// "Anna Beispiel about …": <c>^(?&lt;name&gt;\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:about|on|über|zum|zur|darüber)\b</c>,
    /// the name of two to four capitalised words (the most first) before the topic; null when the text opens otherwise.
    /// </summary>
    public static string? BareCompanion(string text)
    {
        Span<int> wordEnds = stackalloc int[3];
        var words = 0;
        for (var at = Scan.AfterCapitalised(text, 0, Scan.IsNameLetterOrDot, 1); at >= 0 && words < 3; words++)
            wordEnds[words] = at = Scan.AfterCapitalised(text, Scan.AfterSpaces(text, at), Scan.IsNameLetterOrDot, 1);
        for (var k = words - 1; k >= 0; k--)
        {
            if (wordEnds[k] >= 0 && About.AfterWhole(text, Scan.AfterSpaces(text, wordEnds[k])) >= 0)
                return text[..wordEnds[k]];
        }

        return null;
    }
}
