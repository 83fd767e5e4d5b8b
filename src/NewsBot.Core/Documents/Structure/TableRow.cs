using NewsBot.Core.Documents.People;

namespace NewsBot.Core.Documents.Structure;

/// <summary>
/// A row of a flattened table, its cells run together with " | ", read as labelled fields: a row whose first cell
/// (after an empty cell or a clock time) is a label or a programme item's title that opens with one, and whose next cell
/// holds people. "Moderation | Name | Journalistin" is the field "Moderation: Name, Journalistin"; "11:30 | Podiumsgespräch
/// (Livestream) | A, Rolle; B, Rolle | Saal" is the podium's field "A, Rolle; B, Rolle"; a member of the people cell with
/// a label of its own ("Chair: X (Org) · A, Role, Org · …") is a field of that label. A header row ("Time | Session |
/// Speakers") or a person's row ("Name | Post | Organisation") is not read here: its first cell is no label of people.
/// </summary>
internal static class TableRow
{
    /// <summary>Longer rows are prose with bars in it.</summary>
    private const int MaxLength = 2000;

    /// <summary>The row's fields and whether it opens with a clock time (a programme slot), or null when it is no such row.</summary>
    public static (List<LabelSegment> Segments, bool Timed)? Read(string content, DocumentLanguage language)
    {
        if (content.Length > MaxLength || !(content.Contains(" | ", StringComparison.Ordinal) || content.StartsWith("| ", StringComparison.Ordinal)))
            return null;
        var cells = content.Split('|');
        var i = 0;
        while (i < cells.Length && cells[i].Trim().Length == 0)
            i++;
        var timed = false;
        if (i < cells.Length && IsTimeCell(cells[i].Trim()))
        {
            timed = true;
            i++;
        }

        if (i + 1 >= cells.Length || LabelOf(cells[i].Trim()) is not { } label)
            return null;
        var people = cells[i + 1].Trim();
        if (OwnCellRecords(cells, i, language) is { } records)
            return (Fields(label.Role, label.Text, records), timed);
        if (people.Length == 0 || PersonRecordReader.Read(FirstMember(people), language) is not { } first)
            return null;
        if (first.NameOnly && !people.Contains(',', StringComparison.Ordinal))
        {
            // "Moderation | Hedda Vornholt | Journalistin": the name's description stands in the cells after it
            var rest = string.Join(", ", cells.Skip(i + 2).Select(c => c.Trim()).Where(c => c.Length > 0));
            if (rest.Length > 0)
                people = people + ", " + rest;
        }

        return (Fields(label.Role, label.Text, people), timed);
    }

    /// <summary>
    /// "Panellists: A (Org, Role) | Dr. B (Org) | C (Ministry, Country)": the label's own cell holds the first described
    /// person after its colon, and the bars separate the records that follow, as middle dots do. Null when the text after
    /// the label's colon is no described person ("Podium: Wohnen in der Stadt | A, Rolle" keeps the people cell).
    /// </summary>
    private static string? OwnCellRecords(string[] cells, int i, DocumentLanguage language)
    {
        var own = cells[i].Trim();
        var colon = own.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || PersonRecordReader.Read(own[(colon + 2)..], language) is not { NameOnly: false })
            return null;
        var records = new List<string> { own[(colon + 2)..].Trim() };
        for (var c = i + 1; c < cells.Length; c++)
        {
            var cell = cells[c].Trim();
            if (cell.Length > 0 && PersonRecordReader.Read(cell, language) is { NameOnly: false })
                records.Add(cell);
        }

        return records.Count >= 2 ? string.Join(" · ", records) : null;
    }

    /// <summary>The people cell's members (split at " · " and "; "), each under the item's label or a label of its own ("Chair: X").</summary>
    private static List<LabelSegment> Fields(SectionRole role, string label, string people)
    {
        var own = new List<string>();
        var segments = new List<LabelSegment>();
        foreach (var member in people.Split([" · ", "; "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = member.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0 && SectionLabels.Lookup(member.AsSpan(0, colon)) is var memberRole and not (SectionRole.None or SectionRole.Schedule or SectionRole.Neutral))
                segments.Add(new LabelSegment(memberRole, member[..colon], member[(colon + 2)..].Trim()));
            else
                own.Add(member);
        }

        if (own.Count > 0)
            segments.Insert(0, new LabelSegment(role, label, string.Join("; ", own)));
        return segments;
    }

    private static string FirstMember(string people)
    {
        var cut = people.IndexOfAny([';', '·']);
        var first = (cut > 0 ? people[..cut] : people).Trim();
        var colon = first.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && colon < 30 ? first[(colon + 2)..] : first;
    }

    /// <summary>
    /// The label a cell is or opens with: the whole cell ("Moderation"), its part before a colon ("PANEL: Who feeds …?"),
    /// before a bracket or quote ("Podiumsgespräch (Livestream)", "Impulsvortrag „…“"), or its first word ("Welcome
    /// back"); only labels of people's parts (panel, host, welcome, keynote, impulse, closing, other items).
    /// </summary>
    private static (SectionRole Role, string Text)? LabelOf(string cell)
    {
        if (cell.Length == 0 || cell.Length > 200)
            return null;
        foreach (var candidate in Candidates(cell))
        {
            var text = candidate.Trim();
            if (text.Length == 0)
                continue;
            var role = SectionLabels.Lookup(text);
            if (role is not (SectionRole.None or SectionRole.Schedule or SectionRole.Neutral or SectionRole.Byline))
                return (role, text);
        }

        return null;
    }

    private static IEnumerable<string> Candidates(string cell)
    {
        yield return cell;
        var cut = cell.IndexOfAny([':', '(', '„', '"', '“', '–', '—']);
        if (cut > 0)
            yield return cell[..cut];
        var space = cell.IndexOf(' ', StringComparison.Ordinal);
        if (space > 3 && (cut < 0 || space < cut))
        {
            var word = cell[..space];
            if (word.Length > 4) // "Welcome back", "Diskussion zur …"; not "Mit …", "With …", "Pro …"
                yield return word;
        }
    }

    /// <summary>"11:30", "10:15–11:30", "14:00 Uhr", "9:30 AM": a short cell that opens with a digit and holds a clock time.</summary>
    private static bool IsTimeCell(string cell) =>
        cell.Length is > 0 and <= 24 && char.IsDigit(cell[0]) && ScheduleText.HasClockTime(cell);
}
