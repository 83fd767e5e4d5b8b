using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Phrases;

/// <summary>
/// "A and B join broadcaster X in conversation": up to three lower-case words, a name of two to four capitalised words,
/// an optional comma-enclosed aside, then "in conversation". Was
/// <c>\bjoin\s+(?:\p{Ll}+\s+){0,3}(?&lt;name&gt;\p{Lu}[^\s?!,]*(?:\s+\p{Lu}[^\s?!,]*){1,3})(?:,[^,?!]{1,100},)?\s+in\s+conversation\b</c> for the
/// host and <c>^(?&lt;rest&gt;[^?!]{3,900}?)\s+join\s+…\s+in\s+conversation\b</c> for the guests before.
/// </summary>
internal static class JoinInConversation
{
    /// <summary>The guests who join the host: the text before the first such "join", or null.</summary>
    public static string? Guests(string sentence)
    {
        var (end, _) = Scan.ShortestRunBeforeSpaces(sentence, 0, Scan.IsUnmarked, 3, 900, (text, at) => Read(text, at).End);
        return end < 0 ? null : sentence[..end];
    }

    /// <summary>The name of the host joined in conversation, from the first "join" that reads so, or null.</summary>
    public static string? Host(string text)
    {
        for (var join = text.IndexOf("join", StringComparison.Ordinal); join >= 0; join = text.IndexOf("join", join + 1, StringComparison.Ordinal))
        {
            if (Scan.IsBoundary(text, join) && Read(text, join) is { End: >= 0 } read)
                return text[read.NameStart..read.NameEnd];
        }

        return null;
    }

    // join\s+(?:\p{Ll}+\s+){0,3}(?<name>…)(?:,[^,?!]{1,100},)?\s+in\s+conversation\b at the "join"
    private static (int NameStart, int NameEnd, int End) Read(ReadOnlySpan<char> text, int at)
    {
        var name = Scan.AfterPhrase(text, at, "join ");
        for (var words = 0; words < 3 && name >= 0 && name < text.Length && char.IsLower(text[name]); words++)
        {
            var spaced = Scan.AfterPhrase(text, Scan.AfterRun(text, name, char.IsLower), " ");
            if (spaced < 0)
                return (-1, -1, -1); // a lower-case word is no capitalised one
            name = spaced;
        }

        var nameEnd = Scan.AfterCapitalised(text, name, IsNameChar);
        var more = 0;
        for (int next; more < 3 && nameEnd >= 0 && (next = Scan.AfterCapitalised(text, Scan.AfterSpaces(text, nameEnd), IsNameChar)) >= 0; more++)
            nameEnd = next;
        if (more == 0)
            return (-1, -1, -1);
        var end = Scan.AfterPhrase(text, AfterAside(text, nameEnd), " in conversation");
        return end >= 0 && Scan.IsBoundary(text, end) ? (name, nameEnd, end) : (-1, -1, -1);
    }

    // (?:,[^,?!]{1,100},)?
    private static int AfterAside(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length || text[at] != ',')
            return at;
        var end = Scan.AfterRun(text, at + 1, c => c is not (',' or '?' or '!'), 1, 100);
        return end >= 0 && end < text.Length && text[end] == ',' ? end + 1 : at;
    }

    private static bool IsNameChar(char c) => !char.IsWhiteSpace(c) && c is not ('?' or '!' or ',');
}
