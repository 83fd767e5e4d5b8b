using System.Text;

namespace NewsBot.Commands.Formatting;

/// <summary>Makes document text safe to show in Discord: no markdown from the document, no mentions, within limits.</summary>
internal static class DocumentText
{
    private const char ZeroWidthSpace = '\u200B';

    /// <summary>Escapes markdown and neutralizes mentions; the text stays readable and in its language.</summary>
    public static string Safe(string text) => NeutralizeMentions(EscapeMarkdown(text));

    /// <summary>Escapes \ * _ ~ ` | anywhere, and &gt; (quote) and # (heading) at the start of a line.</summary>
    public static string EscapeMarkdown(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var lineStart = true;
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' || (c is '>' or '#' && lineStart))
                builder.Append('\\');
            builder.Append(c);
            if (c == '\n')
                lineStart = true;
            else if (!char.IsWhiteSpace(c))
                lineStart = false;
        }
        return builder.ToString();
    }

    /// <summary>Breaks @everyone, @here, &lt;@…&gt;, &lt;@&amp;…&gt; and &lt;#…&gt; with a zero-width space so they neither ping nor render.</summary>
    public static string NeutralizeMentions(string text)
    {
        if (text.IndexOf('@') < 0 && !text.Contains("<#", StringComparison.Ordinal))
            return text;
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            builder.Append(c);
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '<' && next is '@' or '#')
                builder.Append(ZeroWidthSpace);
            else if (c == '@' && (StartsWith(text, i + 1, "everyone") || StartsWith(text, i + 1, "here")))
                builder.Append(ZeroWidthSpace);
        }
        return builder.ToString();
    }

    /// <summary>Cuts to <paramref name="max"/> characters with an ellipsis, never leaving a dangling escape or half a surrogate pair.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
            cut--;
        var kept = text[..cut].TrimEnd();
        var trailingBackslashes = kept.Length - kept.TrimEnd('\\').Length;
        if (trailingBackslashes % 2 == 1)
            kept = kept[..^1];
        return kept + "…";
    }

    private static bool StartsWith(string text, int index, string word) =>
        index + word.Length <= text.Length && string.CompareOrdinal(text, index, word, 0, word.Length) == 0;
}
