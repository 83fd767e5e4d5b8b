using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Phrases;

/// <summary>
/// A comma, white space and a relative pronoun with a white space character after it: ", die ", ", who ".
/// Was <c>,\s+(?:die|der|das|deren|dessen|denen|who|whose|which|where|wo)\s</c>.
/// </summary>
internal static class RelativeClauseOpening
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "die", "der", "das", "deren", "dessen", "denen", "who", "whose", "which", "where", "wo",
    };

    /// <summary>The first opening at or after <paramref name="from"/> as (start, end), the end after the white space character; (-1, -1) for none.</summary>
    public static (int Start, int End) Find(string text, int from = 0)
    {
        for (var comma = text.IndexOf(',', from); comma >= 0; comma = text.IndexOf(',', comma + 1))
        {
            var word = Scan.AfterSpaces(text, comma + 1);
            if (word < 0)
                continue;
            var end = Scan.AfterRun(text, word, char.IsLetter);
            if (end >= 0 && end < text.Length && char.IsWhiteSpace(text[end]) && Pronouns.Contains(text[word..end]))
                return (comma, end + 1);
        }

        return (-1, -1);
    }
}
