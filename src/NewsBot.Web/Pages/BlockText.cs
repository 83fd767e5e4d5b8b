using System.Text;
using AngleSharp.Dom;

namespace NewsBot.Web.Pages;

/// <summary>
/// Writes an element's text as lines the document reader parses: each heading, paragraph, table row and block its
/// own line, list items as "- item", <c>br</c> a line break, runs of whitespace one space.
/// </summary>
internal sealed class BlockText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "thead", "tbody", "tr", "address", "details", "summary", "figcaption", "hr", "li",
    };

    private readonly List<string> lines = [];
    private readonly StringBuilder line = new();

    public static IReadOnlyList<string> Lines(INode root)
    {
        var writer = new BlockText();
        writer.Write(root);
        writer.Break();
        return writer.lines;
    }

    private void Write(INode node)
    {
        switch (node)
        {
            case IText text:
                AppendCollapsed(text.Data);
                return;
            case IElement element:
                var name = element.LocalName;
                if (name == "br")
                {
                    Break();
                    return;
                }

                var block = Blocks.Contains(name);
                if (block)
                    Break();
                if (name == "li")
                    line.Append("- ");
                if (name is "td" or "th" && element.PreviousElementSibling is not null)
                    line.Append(" – ");
                foreach (var child in element.ChildNodes)
                    Write(child);
                if (block)
                    Break();
                return;
            default:
                return;
        }
    }

    private void AppendCollapsed(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (line.Length > 0 && line[^1] != ' ')
                    line.Append(' ');
            }
            else
            {
                line.Append(c);
            }
        }
    }

    private void Break()
    {
        var text = line.ToString().Trim();
        line.Clear();
        if (text.Length > 0 && text != "-")
            lines.Add(text);
    }
}
