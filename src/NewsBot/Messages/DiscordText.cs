using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsBot.Messages;

/// <summary>
/// The one home for making text safe for Discord: document text loses its markdown and its mentions where it is composed,
/// and every text is cut to its limit without splitting a character a reader sees (surrogate pairs, flags, emoji sequences).
/// </summary>
internal static class DiscordText
{
    private const char ZeroWidthSpace = '\u200B';

    /// <summary>Every character <see cref="EscapeMarkdown"/> may escape (&gt; and # only at a line's start).</summary>
    private static readonly SearchValues<char> MarkdownCharacters = SearchValues.Create("\\*_~`|>#");

    /// <summary>Escapes markdown and neutralizes mentions; the text stays readable and in its language.</summary>
    public static string Safe(string text) => NeutralizeMentions(EscapeMarkdown(text));

    /// <summary>Escapes \ * _ ~ ` | anywhere, and &gt; (quote) and # (heading) at the start of a line.</summary>
    public static string EscapeMarkdown(string text)
    {
        // Most text has none of them (a summary's sentences, for one): it comes back as it is, without a copy.
        if (!text.AsSpan().ContainsAny(MarkdownCharacters))
            return text;
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

    /// <summary>
    /// Breaks @everyone, @here (in any case), &lt;@…&gt;, &lt;@&amp;…&gt; and &lt;#…&gt; with a zero-width space so they neither
    /// ping nor render, even before the adapter's allowed_mentions.
    /// </summary>
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

    /// <summary>
    /// Cuts to at most <paramref name="max"/> UTF-16 units with an ellipsis: at a word boundary when one is in the second half,
    /// never inside a character a reader sees (surrogate pair, flag, emoji sequence), never leaving a dangling escape.
    /// </summary>
    public static string Truncate(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (text.Length <= max)
            return text;
        var cut = TextElementBoundaryAtOrBefore(text, max - 1);
        var space = text.LastIndexOf(' ', Math.Max(cut - 1, 0), cut);
        if (space > max / 2)
            cut = space;
        var kept = text[..cut].TrimEnd();
        var trailingBackslashes = kept.Length - kept.TrimEnd('\\').Length;
        if (trailingBackslashes % 2 == 1)
            kept = kept[..^1];
        return kept + "…";
    }

    // Walks text elements (grapheme clusters) from the start: linear in the kept length.
    private static int TextElementBoundaryAtOrBefore(string text, int limit)
    {
        var boundary = 0;
        while (boundary < limit)
        {
            var next = boundary + StringInfo.GetNextTextElementLength(text, boundary);
            if (next > limit)
                break;
            boundary = next;
        }
        return boundary;
    }

    private static bool StartsWith(string text, int index, string word) =>
        index + word.Length <= text.Length && string.Compare(text, index, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
