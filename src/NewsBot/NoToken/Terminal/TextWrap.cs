using System.Globalization;
using System.Text;

namespace NewsBot.NoToken.Terminal;

/// <summary>Word wrapping that measures what is visible: ANSI escape sequences take no room, a surrogate pair takes one.</summary>
internal static class TextWrap
{
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        width = Math.Max(10, width);
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = new StringBuilder();
            var lineWidth = 0;
            foreach (var word in paragraph.Split(' '))
            {
                var wordWidth = VisibleWidth(word);
                if (lineWidth > 0 && lineWidth + 1 + wordWidth > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    lineWidth = 0;
                }
                var rest = word;
                while (lineWidth == 0 && VisibleWidth(rest) > width)
                {
                    var cut = CutIndex(rest, width);
                    lines.Add(rest[..cut]);
                    rest = rest[cut..];
                }
                if (lineWidth > 0)
                {
                    line.Append(' ');
                    lineWidth++;
                }
                line.Append(rest);
                lineWidth += VisibleWidth(rest);
            }
            lines.Add(line.ToString().TrimEnd());
        }
        return lines;
    }

    public static int VisibleWidth(string text)
    {
        var width = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\u001b')
            {
                i++;
                while (i < text.Length && !char.IsAsciiLetter(text[i]))
                    i++;
                continue;
            }
            if (char.IsLowSurrogate(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
                continue;
            width++;
        }
        return width;
    }

    /// <summary>Pads with spaces to a visible width.</summary>
    public static string PadRight(string text, int width) => text + new string(' ', Math.Max(0, width - VisibleWidth(text)));

    private static int CutIndex(string text, int width)
    {
        var seen = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (VisibleWidth(text[..(i + 1)]) > width)
                return Math.Max(1, i);
            seen = i + 1;
        }
        return seen;
    }
}
