using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Phrases;

/// <summary>
/// "On this episode, host X sits down with …", "Guest host X, filling in for Y, talks with …": a host word, a name of
/// two to four capitalised words, an optional comma-enclosed aside and a verb of talk. Was
/// <c>\b(?:[Gg]uest\s+|[Ss]tand-in\s+)?(?:host|presenter|anchor|moderator)\s+(?&lt;name&gt;\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:,[^,?!]{1,80},)?\s+(?:sits\s+down|talks|speaks|chats|discusses|is\s+joined|welcomes|hears\s+from)\b</c>;
/// a "Guest" or "Stand-in" before the host word moves only where the match starts, not the name.
/// </summary>
internal static class HostMid
{
    private static readonly PhraseSet HostWords = new(false, "host", "presenter", "anchor", "moderator");
    private static readonly PhraseSet Talks = new(false,
        "sits down", "talks", "speaks", "chats", "discusses", "is joined", "welcomes", "hears from");

    /// <summary>The host's name after the first host word that reads so, or null.</summary>
    public static string? Name(string text)
    {
        for (var (start, _) = HostWords.Find(text); start >= 0; (start, _) = HostWords.Find(text, start + 1))
        {
            var name = Scan.AfterPhrase(text, HostWords.After(text, start), " ");
            var nameEnd = Scan.AfterCapitalised(text, name, Scan.IsNameLetterOrDot);
            var more = 0;
            for (int next; more < 3 && nameEnd >= 0 && (next = Scan.AfterCapitalised(text, Scan.AfterSpaces(text, nameEnd), Scan.IsNameLetterOrDot)) >= 0; more++)
                nameEnd = next;
            if (more > 0 && Scan.AfterSpacesThen(text, AfterAside(text, nameEnd), Talks, whole: true) >= 0)
                return text[name..nameEnd];
        }

        return null;
    }

    // (?:,[^,?!]{1,80},)?
    private static int AfterAside(string text, int at)
    {
        if (at >= text.Length || text[at] != ',')
            return at;
        var end = Scan.AfterRun(text, at + 1, c => c is not (',' or '?' or '!'), 1, 80);
        return end >= 0 && end < text.Length && text[end] == ',' ? end + 1 : at;
    }
}
