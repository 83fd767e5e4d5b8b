namespace NewsBot.Core.Documents.Time;

/// <summary>
/// Reads when the discussion itself is broadcast or streamed from an announcement text, as written (wall-clock, the
/// zone only as noted after the time), never a date of the news, of a repeat or of the page itself. Linear in the
/// length of the text.
/// </summary>
public static class BroadcastTimeReader
{
    /// <summary>The announced broadcast time of <paramref name="text"/> (a whole document), or null when it states none.</summary>
    public static BroadcastTime? Read(string text)
    {
        var lines = LinesOf(text);
        return BroadcastTimeChooser.Choose(Candidates(lines, LanguageOf(lines)), DocumentYears.Of(lines));
    }

    /// <summary><see cref="Read(string)"/> of a text already split into its trimmed non-empty lines with their 1-based numbers.</summary>
    /// <param name="lines">The lines.</param>
    /// <param name="language">The language of all of them (<see cref="LanguageDetector"/>), when the caller knows it already.</param>
    /// <param name="panel">The names of the panelists the reader found, if known: a date in the sentence that names them is the discussion's.</param>
    internal static BroadcastTime? Read(IReadOnlyList<(string Text, int Number)> lines, DocumentLanguage language, IReadOnlyList<string>? panel = null) =>
        BroadcastTimeChooser.Choose(Candidates(lines, language, panel), DocumentYears.Of(lines));

    /// <summary>
    /// How the time of <paramref name="text"/> was chosen, one note per decision: the chosen start (and end) with its
    /// line and rule, then every other date or time the text contains with why it was not taken. Each note fits
    /// <c>ParseExplanation.Add(field, value, rule, line, accepted)</c>, for <c>inspect --explain</c>.
    /// </summary>
    public static IReadOnlyList<BroadcastTimeNote> Notes(string text)
    {
        var lines = LinesOf(text);
        return Notes(lines, LanguageOf(lines));
    }

    /// <summary><see cref="Notes(string)"/> of a text already split as for <see cref="Read(IReadOnlyList{ValueTuple{string, int}}, DocumentLanguage, IReadOnlyList{string})"/>.</summary>
    internal static IReadOnlyList<BroadcastTimeNote> Notes(IReadOnlyList<(string Text, int Number)> lines, DocumentLanguage language, IReadOnlyList<string>? panel = null)
    {
        var candidates = Candidates(lines, language, panel);
        var chosen = BroadcastTimeChooser.Choose(candidates, DocumentYears.Of(lines));
        var notes = new List<BroadcastTimeNote>();
        if (chosen is not null)
        {
            notes.Add(new BroadcastTimeNote("start", chosen.Start.ToString(), chosen.Explanation, chosen.Line, Accepted: true));
            if (chosen.End is { } end)
                notes.Add(new BroadcastTimeNote("end", end.ToString(), chosen.Explanation, chosen.Line, Accepted: true));
        }
        else
        {
            notes.Add(new BroadcastTimeNote("start", null, "no date or time about the broadcast itself", null, Accepted: true));
        }

        foreach (var c in candidates)
        {
            var verdict = c.Excluded is { } why ? "left out: " + why
                : c.Eligible ? $"not chosen (score {c.Score})"
                : $"too weak (score {c.Score}, needs {BroadcastCandidate.MinScore})";
            var rule = c.Reasons.Count == 0 ? verdict : $"{verdict} — {string.Join("; ", c.Reasons)}";
            notes.Add(new BroadcastTimeNote("start", c.Value, rule, c.Line.Number, Accepted: false));
        }

        return notes;
    }

    /// <summary>The <see cref="Notes(string)"/> as readable lines: the answer first, then every candidate.</summary>
    public static string Explain(string text) =>
        string.Join('\n', Notes(text).Select(n => n.Accepted
            ? $"{n.Field} {n.Value ?? "–"}: {n.Rule}"
            : $"  line {n.Line} {n.Value}: {n.Rule}"));

    /// <summary>The show of a closing "&lt;title&gt; | &lt;show&gt;" line, when it is a name worth looking for.</summary>
    private static string? ShowOf(string line)
    {
        var bar = line.LastIndexOf(" | ", StringComparison.Ordinal);
        var show = bar < 0 ? "" : line[(bar + 3)..].Trim();
        return show.Length is >= 4 and <= 60 ? show : null;
    }

    /// <summary>The stream title of a closing "&lt;title&gt; | &lt;show&gt;" line, when it is long enough to be a name of its own.</summary>
    private static string? TitleOf(string line)
    {
        var bar = line.LastIndexOf(" | ", StringComparison.Ordinal);
        var title = bar < 0 ? "" : line[..bar].Trim();
        return title.Length is >= 12 and <= 120 ? title : null;
    }

    internal static List<BroadcastCandidate> Candidates(string text)
    {
        var lines = LinesOf(text);
        return Candidates(lines, LanguageOf(lines));
    }

    private static DocumentLanguage LanguageOf(List<(string Text, int Number)> lines) => LanguageDetector.Detect(lines.Select(l => l.Text));

    /// <summary>The trimmed non-empty lines of <paramref name="text"/> with their 1-based line numbers.</summary>
    private static List<(string Text, int Number)> LinesOf(string text)
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

        return lines;
    }

    private static List<BroadcastCandidate> Candidates(IReadOnlyList<(string Text, int Number)> lines, DocumentLanguage language, IReadOnlyList<string>? panel = null)
    {
        var show = lines.Count > 1 ? ShowOf(lines[^1].Text) : null;
        var title = lines.Count > 1 ? TitleOf(lines[^1].Text) : null;
        var analysed = new List<DocumentLine>(lines.Count);
        var candidates = new List<BroadcastCandidate>();
        for (var i = 0; i < lines.Count; i++)
        {
            analysed.Add(DocumentLine.Analyse(i, lines[i].Number, lines[i].Text, language, show, i < lines.Count - 1 ? title : null));
            candidates.AddRange(CandidateRules.Of(analysed[i], i > 0 ? analysed[i - 1] : null));
        }

        PanelSentence.Apply(candidates, panel);
        candidates = ProgrammeSlots.Apply(analysed, candidates);
        return candidates;
    }
}
