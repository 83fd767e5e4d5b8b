namespace NewsBot.Core.Documents.Time;

/// <summary>
/// "Im Kulturhaus diskutieren am Donnerstag, 17. Dezember, ab 19.30 Uhr A, B und C": a date or time in the very sentence
/// that names at least two of the panelists is about the discussion, though the sentence's cue words alone are too weak.
/// A news date there is still left out by its own words ("hatten", "said").
/// </summary>
internal static class PanelSentence
{
    private const int MinNames = 2;

    private const int Bonus = 2;

    /// <summary>Only this many panelists are looked for: a real panel is smaller, a hostile one costs no more.</summary>
    private const int MaxNames = 16;

    public static void Apply(List<BroadcastCandidate> candidates, IReadOnlyList<string>? panel)
    {
        if (panel is null || panel.Count < MinNames)
            return;
        var counted = new Dictionary<(int Line, int Sentence), int>();
        foreach (var candidate in candidates)
        {
            if (candidate.Excluded is not null)
                continue;
            var line = candidate.Line;
            var sentence = line.TokenSentence[candidate.Mention.FirstToken];
            if (!counted.TryGetValue((line.Index, sentence), out var named))
            {
                named = NamesIn(line, candidate.Mention.FirstToken, panel);
                counted[(line.Index, sentence)] = named;
            }

            if (named < MinNames)
                continue;
            candidate.Score += Bonus;
            candidate.Reasons.Add($"its sentence names {named} of the panelists");
        }
    }

    /// <summary>How many panelists the sentence of token <paramref name="token"/> names; each sentence is read once, so linear in the line.</summary>
    private static int NamesIn(DocumentLine line, int token, IReadOnlyList<string> panel)
    {
        var sentences = line.TokenSentence;
        var first = token;
        while (first > 0 && sentences[first - 1] == sentences[token])
            first--;
        var last = token;
        while (last + 1 < sentences.Length && sentences[last + 1] == sentences[token])
            last++;
        var text = line.Text.AsSpan(line.Tokens[first].Start, line.Tokens[last].End - line.Tokens[first].Start);
        var named = 0;
        for (var p = 0; p < panel.Count && p < MaxNames; p++)
        {
            if (text.Contains(panel[p], StringComparison.Ordinal))
                named++;
        }

        return named;
    }
}
