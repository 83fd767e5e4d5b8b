using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Phrases;

/// <summary>
/// "A, who …, and B talk to BBC Radio's X about …": a capitalised subject, the first verb of talk after it, and the
/// capitalised person talked to, who runs to the end. Was
/// <c>^(?&lt;rest&gt;\p{Lu}[^?!;:]{3,500}?)\s+(?:talk|speak|chat)\s+(?:to|with)\s+(?&lt;host&gt;\p{Lu}[^?!]{2,200})$</c>.
/// </summary>
internal static class GuestsTalkTo
{
    private static readonly PhraseSet Talk = new(false, "talk", "speak", "chat");
    private static readonly PhraseSet ToOrWith = new(false, "to", "with");

    /// <summary>The subject and the person talked to, or null.</summary>
    public static (string Subject, string Host)? Read(string sentence)
    {
        if (sentence.Length == 0 || !char.IsUpper(sentence[0]))
            return null;
        var (subjectEnd, hostEnd) = Scan.ShortestRunBeforeSpaces(sentence, 1, IsSubjectChar, 3, 500, TalkToHost);
        if (subjectEnd < 0)
            return null;
        var hostStart = HostStart(sentence, subjectEnd);
        return (sentence[..subjectEnd], sentence[hostStart..hostEnd]);
    }

    private static bool IsSubjectChar(char c) => c is not ('?' or '!' or ';' or ':');

    // (?:talk|speak|chat)\s+(?:to|with)\s+(?<host>\p{Lu}[^?!]{2,200})$, read to the host's end
    private static int TalkToHost(ReadOnlySpan<char> text, int at)
    {
        var to = Scan.AfterSpacesThen(text, Talk.After(text, at), ToOrWith);
        return to < 0 ? -1 : HostEnd(text, Scan.AfterSpaces(text, to));
    }

    // the host's start again, after the subject: \s+(?:talk|speak|chat)\s+(?:to|with)\s+
    private static int HostStart(string text, int subjectEnd) =>
        Scan.AfterSpaces(text, Scan.AfterSpacesThen(text, Talk.After(text, Scan.AfterSpaces(text, subjectEnd)), ToOrWith));

    // \p{Lu}[^?!]{2,200}$: greedy up to 200, then the end or a final line break
    private static int HostEnd(ReadOnlySpan<char> text, int host)
    {
        if (host < 0 || host >= text.Length || !char.IsUpper(text[host]))
            return -1;
        var end = Scan.AfterRun(text, host + 1, Scan.IsUnmarked, 2, 200);
        if (end == text.Length)
            return end;
        var beforeBreak = text.Length - 1;
        return end >= 0 && beforeBreak >= host + 3 && beforeBreak <= end && text[beforeBreak] == '\n' ? beforeBreak : -1;
    }
}
