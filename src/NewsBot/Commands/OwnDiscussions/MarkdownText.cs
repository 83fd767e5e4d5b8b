using System.Text;

namespace NewsBot.Commands.OwnDiscussions;

/// <summary>
/// A Markdown announcement as the plain text the reader expects: heading marks ("## "), quote marks ("> ") and
/// emphasis around whole lines go; "* " and "+ " list items become "- ". One pass over each line (linear).
/// </summary>
internal static class MarkdownText
{
    public static string ToPlain(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = new StringBuilder(markdown.Length);
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimStart();
            var hashes = 0;
            while (hashes < line.Length && hashes < 6 && line[hashes] == '#')
                hashes++;
            if (hashes > 0 && hashes < line.Length && line[hashes] == ' ')
                line = line[(hashes + 1)..].TrimEnd('#', ' ');
            else if (line.StartsWith("> ", StringComparison.Ordinal))
                line = line[2..];
            else if (line.StartsWith("* ", StringComparison.Ordinal) || line.StartsWith("+ ", StringComparison.Ordinal))
                line = "- " + line[2..];
            line = StripWholeLineEmphasis(line);
            text.Append(line).Append('\n');
        }
        return text.ToString().TrimEnd('\n');
    }

    private static string StripWholeLineEmphasis(string line)
    {
        foreach (var mark in new[] { "**", "__", "*", "_" })
        {
            if (line.Length > 2 * mark.Length && line.StartsWith(mark, StringComparison.Ordinal) && line.EndsWith(mark, StringComparison.Ordinal))
                return line[mark.Length..^mark.Length];
        }
        return line;
    }
}
