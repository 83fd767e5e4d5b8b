using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Phrases;

/// <summary>
/// "Später kommt noch X dazu", "X joins us later", "Later in the programme, X will join us": a guest who joins later.
/// Was <c>\bkomm(?:t|en)\s+(?:(?:noch|später|außerdem|dann|zudem|auch|live)\s+)*(?&lt;rest&gt;\p{Lu}[^:;?!]{2,200}?)\s+(?:noch\s+)?(?:dazu|hinzu)\b</c>
/// <c>|^(?&lt;rest&gt;\p{Lu}[^:;?!]{2,200}?)\s+(?:will\s+)?joins?\s+(?:us\s+|the\s+(?:panel|conversation|discussion|programme|show)\s+)?later\b</c>
/// <c>|^Later(?:\s+(?:in|on)\s+(?:the\s+)?\p{Ll}+)?,\s+(?&lt;rest&gt;\p{Lu}[^:;?!]{2,200}?)\s+(?:will\s+)?joins?\s+(?:us|the\s+(?:panel|conversation|discussion|programme|show|debate))\b</c>.
/// </summary>
internal static class LaterGuest
{
    private static readonly PhraseSet Comes = new(false, "kommt", "kommen");
    private static readonly PhraseSet Fillers = new(false, "noch", "später", "außerdem", "dann", "zudem", "auch", "live");
    private static readonly PhraseSet Added = new(false, "noch dazu", "noch hinzu", "dazu", "hinzu");
    private static readonly PhraseSet Join = new(false, "will joins", "will join", "joins", "join");
    private static readonly PhraseSet UsOrShowLater = new(false,
        "us", "the panel", "the conversation", "the discussion", "the programme", "the show");
    private static readonly PhraseSet UsOrShow = new(false,
        "us", "the panel", "the conversation", "the discussion", "the programme", "the show", "the debate");
    private static readonly PhraseSet InOrOn = new(false, "in", "on");

    /// <summary>The guest, or null.</summary>
    public static string? Rest(string sentence)
    {
        if (ComesLater(sentence, 0) is { } atStart)
            return atStart;
        if (Guest(sentence, 0, JoinsLater) is { } joinsLater)
            return joinsLater; // "X joins us later"
        if (Guest(sentence, Scan.AfterPhrase(sentence, AfterLater(sentence), " "), JoinsUs) is { } laterJoins)
            return laterJoins; // "Later, X will join us"
        for (var komm = sentence.IndexOf("komm", 1, StringComparison.Ordinal); komm >= 0; komm = sentence.IndexOf("komm", komm + 1, StringComparison.Ordinal))
        {
            if (ComesLater(sentence, komm) is { } comes)
                return comes; // "Später kommt noch X dazu"
        }

        return null;
    }

    // \bkomm(?:t|en)\s+(?:(?:noch|später|außerdem|dann|zudem|auch|live)\s+)*(?<rest>…)\s+(?:noch\s+)?(?:dazu|hinzu)\b
    private static string? ComesLater(string sentence, int at)
    {
        if (!Scan.IsBoundary(sentence, at))
            return null;
        var guest = Scan.AfterPhrase(sentence, Comes.After(sentence, at), " ");
        for (int next; (next = Scan.AfterPhrase(sentence, Fillers.After(sentence, guest), " ")) >= 0;)
            guest = next;
        return Guest(sentence, guest, Added.AfterWhole);
    }

    // (?<rest>\p{Lu}[^:;?!]{2,200}?)\s+tail
    private static string? Guest(string sentence, int at, Scan.Reader tail)
    {
        if (at < 0 || at >= sentence.Length || !char.IsUpper(sentence[at]))
            return null;
        var (end, _) = Scan.ShortestRunBeforeSpaces(sentence, at + 1, c => c is not (':' or ';' or '?' or '!'), 2, 200, tail);
        return end < 0 ? null : sentence[at..end];
    }

    // (?:will\s+)?joins?\s+(?:us\s+|the\s+(?:panel|conversation|discussion|programme|show)\s+)?later\b
    private static int JoinsLater(ReadOnlySpan<char> text, int at)
    {
        var joined = Scan.AfterPhrase(text, Join.After(text, at), " ");
        var later = Scan.AfterPhrase(text, Scan.AfterPhrase(text, UsOrShowLater.After(text, joined), " "), "later");
        if (later < 0)
            later = Scan.AfterPhrase(text, joined, "later");
        return later >= 0 && Scan.IsBoundary(text, later) ? later : -1;
    }

    // (?:will\s+)?joins?\s+(?:us|the\s+(?:panel|conversation|discussion|programme|show|debate))\b
    private static int JoinsUs(ReadOnlySpan<char> text, int at) =>
        UsOrShow.AfterWhole(text, Scan.AfterPhrase(text, Join.After(text, at), " "));

    // ^Later(?:\s+(?:in|on)\s+(?:the\s+)?\p{Ll}+)?, read to the comma
    private static int AfterLater(string sentence)
    {
        var later = Scan.AfterPhrase(sentence, 0, "Later");
        if (later < 0)
            return -1;
        var when = Scan.AfterPhrase(sentence, Scan.AfterSpacesThen(sentence, later, InOrOn), " ");
        foreach (var word in (int[])[Scan.AfterPhrase(sentence, when, "the "), when])
        {
            var end = Scan.AfterRun(sentence, word, char.IsLower);
            if (end >= 0 && end < sentence.Length && sentence[end] == ',')
                return end + 1; // "Later in the programme,", "Later on tonight,"
        }

        return later < sentence.Length && sentence[later] == ',' ? later + 1 : -1; // "Later,"
    }
}
