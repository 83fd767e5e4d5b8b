using System.Text;

namespace NewsBot.Cli;

/// <summary>The readable (non-JSON) form of <c>inspect</c>.</summary>
internal static class InspectText
{
    public static string Format(InspectedDocument d)
    {
        var text = new StringBuilder();
        text.Append("# ").AppendLine(d.Id);
        text.Append("Headline:     ").AppendLine(d.Headline);
        text.Append("Stream title: ").AppendLine(d.StreamTitle);
        text.Append("Show:         ").AppendLine(d.Show ?? "–");
        text.Append("Host:         ").AppendLine(d.Host ?? "–");
        text.Append("Language:     ").AppendLine(d.Language);
        text.Append("Start:        ").AppendLine(d.Start ?? "–");
        text.Append("End:          ").AppendLine(d.End ?? "–");
        text.AppendLine("Panel:");
        if (d.Panel.Count == 0)
            text.AppendLine("  –");
        foreach (var e in d.Panel)
        {
            text.Append("  - ").Append(e.Name);
            if (e.Role is not null)
                text.Append(", ").Append(e.Role);
            if (e.Affiliation is not null)
                text.Append(" (").Append(e.Affiliation).Append(')');
            text.AppendLine();
        }

        text.AppendLine("Questions:");
        if (d.Questions.Count == 0)
            text.AppendLine("  –");
        foreach (var q in d.Questions)
            text.Append("  - ").AppendLine(q);
        text.AppendLine("Summary:");
        foreach (var s in d.Summary)
            text.Append("  ").AppendLine(s);
        text.AppendLine();
        return text.ToString();
    }
}
