using NewsBot.Core.Documents.Structure;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// "… im Dauerstress? Moderation: X Gäste: A (Rolle, Org), B (Org), C, Rolle Wiederholung: …": a labelled field in the
/// middle of a long prose line (a TV listing's record run together with its text). The field is a guest list by the shape
/// of its members — at least two people, each with a description — whatever its label says, unless the label names
/// another part (moderation, welcome, credits, schedule). The field ends at the next label or clock time.
/// </summary>
internal static class InLineGuestField
{
    /// <summary>Lines longer than this are not searched (bounded work on hostile input).</summary>
    private const int MaxLineLength = 6000;

    public static List<Expert> Read(string line, DocumentLanguage language)
    {
        var found = new List<Expert>();
        if (line.Length > MaxLineLength)
            return found;
        var depth = 0;
        for (var c = 1; c + 1 < line.Length; c++)
        {
            var ch = line[c];
            if (ch == '(')
                depth++;
            else if (ch == ')' && depth > 0)
                depth--;
            if (ch != ':' || depth > 0 || line[c + 1] != ' ' || LabelStart(line, c) is not { } start || start == 0)
                continue;
            var role = SectionLabels.Lookup(line.AsSpan(start, c - start));
            if (role is not (SectionRole.None or SectionRole.Panel))
                continue;
            var end = FieldEnd(line, c + 2);
            var records = InlineList.Read(line[(c + 2)..end].TrimEnd(' ', '.', ',', ';'), language);
            if (records.Count >= 2 && records.TrueForAll(r => r.Role is not null || r.Affiliation is not null) && records.Count(r => r.Known) >= 2)
            {
                foreach (var record in records)
                {
                    if (found.TrueForAll(e => e.Name != record.Name))
                        found.Add(new Expert(record.Name, record.Role, record.Affiliation));
                }
            }

            c = end - 1;
        }

        return found;
    }

    /// <summary>The start of the one capitalised word right before the colon at <paramref name="colon"/> ("Gäste", "Guests"), or null.</summary>
    private static int? LabelStart(string line, int colon)
    {
        var start = colon;
        while (start > 0 && char.IsLetter(line[start - 1]))
            start--;
        if (start == colon || colon - start > 30 || !char.IsUpper(line[start]) || start > 0 && line[start - 1] != ' ')
            return null;
        return start;
    }

    /// <summary>
    /// "… C (Referentin BUND) Wie viel Wolf verträgt die Alm? Stereo, HD": after a member's closing bracket, a capitalised
    /// word that opens a sentence ending before the next member separator or bracket — the listing's text goes on, the list
    /// has ended. "C (SPD), Bürgermeisterin" and "C (SPD) und D (CDU)" go on with the list.
    /// </summary>
    private static bool SentenceRunsOn(string line, int after)
    {
        if (after + 1 >= line.Length || line[after] != ' ' || !char.IsUpper(line[after + 1]))
            return false;
        for (var j = after + 1; j < line.Length; j++)
        {
            switch (line[j])
            {
                case ',' or ';' or '·' or '•' or '(':
                    return false;
                case '?' or '!':
                    return true;
                case '.' when j + 2 < line.Length && line[j + 1] == ' ' && char.IsUpper(line[j + 2]) && char.IsLower(line[j - 1]):
                    return true;
            }
        }

        return false;
    }

    /// <summary>Where a field that starts at <paramref name="from"/> ends: at the next top-level label ("Wiederholung:") or clock time ("21:00").</summary>
    private static int FieldEnd(string line, int from)
    {
        var depth = 0;
        for (var i = from; i < line.Length; i++)
        {
            var ch = line[i];
            if (ch == '(')
                depth++;
            else if (ch == ')' && depth > 0 && --depth == 0 && SentenceRunsOn(line, i + 1))
                return i + 1;
            if (depth > 0 || ch != ':' || i + 1 >= line.Length)
                continue;
            if (line[i + 1] == ' ' && LabelStart(line, i) is { } label)
                return label;
            if (i > 0 && char.IsDigit(line[i - 1]) && char.IsDigit(line[i + 1]))
            {
                var start = i - 1;
                while (start > from && char.IsDigit(line[start - 1]))
                    start--;
                if (start > from && line[start - 1] == ' ')
                    return start;
            }
        }

        return line.Length;
    }
}
