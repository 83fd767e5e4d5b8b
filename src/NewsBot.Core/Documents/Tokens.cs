namespace NewsBot.Core.Documents;

/// <summary>Whitespace tokens with their positions, and splitting outside parentheses.</summary>
internal static class Tokens
{
    internal readonly record struct Token(string Text, int Start)
    {
        public int End() => Start + Text.Length;
    }

    public static List<Token> Of(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
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
