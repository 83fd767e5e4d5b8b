using System.Text;

namespace NewsBot.Core.Documents.Time;

/// <summary>
/// Reads when the discussion itself is broadcast or streamed from an announcement text, as written (wall-clock, the
/// zone only as noted after the time), never a date of the news, of a repeat or of the page itself. Linear in the
/// length of the text.
/// </summary>
public static class BroadcastTimeReader
{
    /// <summary>The announced broadcast time of <paramref name="text"/> (a whole document), or null when it states none.</summary>
    public static BroadcastTime? Read(string text) => BroadcastTimeChooser.Choose(Candidates(text));

    /// <summary>
    /// How the time of <paramref name="text"/> was chosen: the answer with its line and rule, then every date or time
    /// the text contains with its score or why it was left out. For <c>inspect --explain</c> and for tuning.
    /// </summary>
    public static string Explain(string text)
    {
        var candidates = Candidates(text);
        var chosen = BroadcastTimeChooser.Choose(candidates);
        var report = new StringBuilder();
        report.Append(chosen is null ? "no broadcast time" : $"{chosen.Start}{(chosen.End is { } end ? " – " + end : "")}: {chosen.Explanation}");
        foreach (var c in candidates)
        {
            report.Append('\n').Append("  line ").Append(c.Line.Number).Append(' ').Append(c.Value).Append(": ")
                .Append(c.Excluded is { } why ? "left out, " + why : $"score {c.Score}{(c.Eligible ? "" : " (too weak)")}");
            if (c.Reasons.Count > 0)
                report.Append(" — ").Append(string.Join("; ", c.Reasons));
        }

        return report.ToString();
    }

    internal static List<BroadcastCandidate> Candidates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = text.Split('\n');
        var lines = new List<(string Text, int Number)>();
        for (var i = 0; i < raw.Length; i++)
        {
            var line = raw[i].Trim();
            if (line.Length > 0)
                lines.Add((line, i + 1));
        }

        var language = LanguageDetector.Detect(lines.Select(l => l.Text));
        var candidates = new List<BroadcastCandidate>();
        for (var i = 0; i < lines.Count; i++)
            candidates.AddRange(CandidateRules.Of(DocumentLine.Analyse(i, lines[i].Number, lines[i].Text, language)));
        return candidates;
    }
}
