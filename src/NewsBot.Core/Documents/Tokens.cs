namespace NewsBot.Core.Documents;

/// <summary>Whitespace tokens with their positions, and splitting outside parentheses.</summary>
internal static class Tokens
{
    internal readonly record struct Token(string Text, int Start)
    {
        public int End() => Start + Text.Length;
    }

    public static List<Token> Of(string text) => Of(text, int.MaxValue);

    /// <summary>How many words <c>Split(' ', RemoveEmptyEntries)</c> gives, without splitting.</summary>
    public static int SpaceSeparatedCount(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' '))
                count++;
        }

        return count;
    }

    /// <summary>The first <paramref name="maxTokens"/> tokens of <paramref name="text"/>, without reading the rest of it.</summary>
    public static List<Token> Of(string text, int maxTokens)
    {
        var tokens = new List<Token>(Count(text, maxTokens)); // sized once: a prose line would regrow it several times
        var i = 0;
        while (i < text.Length && tokens.Count < maxTokens)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
                i++;
            if (i > start)
                tokens.Add(new Token(text[start..i], start));
        }

        return tokens;
    }

    /// <summary>How many tokens <see cref="Of(string, int)"/> gives, reading no further than they reach.</summary>
    private static int Count(string text, int maxTokens)
    {
        var count = 0;
        var inToken = false;
        for (var i = 0; i < text.Length; i++)
        {
            var space = char.IsWhiteSpace(text[i]);
            if (!space && !inToken && ++count == maxTokens)
                break;
            inToken = !space;
        }

        return count;
    }

    /// <summary>
    /// Where the last <paramref name="count"/> tokens of <paramref name="text"/>[..<paramref name="end"/>] begin (0 when
    /// it has fewer), so <c>Of(text[start..end])</c> gives exactly those tokens without reading what stands before them.
    /// </summary>
    public static int StartOfLast(string text, int end, int count)
    {
        var i = end;
        for (var found = 0; found < count; found++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1]))
                i--;
            if (i == 0)
                return 0;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
                i--;
        }

        return i;
    }

    public static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(')
                depth++;
            else if (text[i] == ')' && depth > 0)
                depth--;
            else if (text[i] == separator && depth == 0)
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }

        parts.Add(text[start..].Trim());
        parts.RemoveAll(p => p.Length == 0);
        if (parts.Count == 0)
            parts.Add(string.Empty);
        return parts;
    }
}
