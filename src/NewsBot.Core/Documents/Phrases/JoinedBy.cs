using System.Buffers;
using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Phrases;

/// <summary>
/// "She will be joined by A and B", "He is joined in the studio by …", "They'll be joined by …": the people joined, to
/// the end. Was <c>(?:\bwill\s+be|\bis|\bare|['’]ll\s+be)\s+joined\s+(?:(?:in|on|at|around|from|via)\s+(?:the\s+)?[\p{L}-]+\s+)?by\s+(?&lt;rest&gt;[^?!]+)$</c>.
/// </summary>
internal static class JoinedBy
{
    private static readonly PhraseSet Be = new(false, "will be", "is", "are");
    private static readonly PhraseSet WillBe = new(false, "'ll be", "’ll be");
    private static readonly PhraseSet Where = new(false, "in", "on", "at", "around", "from", "via");
    private static readonly SearchValues<char> FirstChars = SearchValues.Create("wia'’");

    /// <summary>The people joined, or null.</summary>
    public static string? Rest(string sentence)
    {
        // the match holds no question or exclamation mark: it starts after the last
        for (var at = sentence.AsSpan().LastIndexOfAny('?', '!') + 1; at < sentence.Length; at++)
        {
            var next = sentence.AsSpan(at).IndexOfAny(FirstChars);
            if (next < 0)
                break;
            at += next;
            var be = Scan.IsBoundary(sentence, at) ? Be.After(sentence, at) : -1;
            if (be < 0)
                be = WillBe.After(sentence, at);
            var joined = Scan.AfterPhrase(sentence, be, " joined ");
            if (joined < 0)
                continue;
            var place = Scan.AfterPhrase(sentence, Where.After(sentence, joined), " ");
            foreach (var by in (int[])[ByAfterWord(sentence, Scan.AfterPhrase(sentence, place, "the ")), ByAfterWord(sentence, place), Scan.AfterPhrase(sentence, joined, "by")])
            {
                var rest = Scan.RestToEnd(sentence, by);
                if (rest >= 0)
                    return sentence[rest..];
            }
        }

        return null;
    }

    // [\p{L}-]+\s+by after the place word ("in the studio by", "on stage by")
    private static int ByAfterWord(string sentence, int word) =>
        Scan.AfterPhrase(sentence, Scan.AfterPhrase(sentence, Scan.AfterRun(sentence, word, Scan.IsLetterOrHyphen), " "), "by");
}
