using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Phrases;

/// <summary>
/// "Chief economics correspondent A, labor reporter B and C will walk through …": the subject before the first
/// "will" and a lower-case word. Was <c>^(?&lt;rest&gt;[^?!]{3,900}?),?\s+will\s+\p{Ll}</c>.
/// </summary>
internal static class WillClause
{
    /// <summary>The subject, or null.</summary>
    public static string? Subject(string sentence)
    {
        var (end, _) = Scan.ShortestRunBeforeSpaces(sentence, 0, Scan.IsUnmarked, 3, 900, WillThenLowerCase, optionalComma: true);
        return end < 0 ? null : sentence[..end];
    }

    // will\s+\p{Ll}
    private static int WillThenLowerCase(ReadOnlySpan<char> text, int at)
    {
        var verb = Scan.AfterPhrase(text, at, "will ");
        return verb >= 0 && verb < text.Length && char.IsLower(text[verb]) ? verb + 1 : -1;
    }
}
