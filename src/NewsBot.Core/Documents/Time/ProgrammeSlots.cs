using System.Collections.Frozen;

namespace NewsBot.Core.Documents.Time;

/// <summary>
/// A programme: at least two lines that begin with a time ("16.00 Uhr Metadiskurse", "18:15 Uhr Podiumsdiskussion").
/// The first slot whose block (its line and the lines up to the next slot; from the title above it when most slots have
/// one) names the show or repeats the headline is the discussion's slot; else the first that speaks of a discussion or
/// an event: it counts as being about the broadcast and ends where the next slot begins.
/// </summary>
internal static class ProgrammeSlots
{
    /// <summary>A slot's time starts within this many tokens of its line ("ab 15.30 Uhr Einlass").</summary>
    private const int MaxLeadingTokens = 1;

    private const int SlotBonus = 3;

    /// <summary>Names of the slots that open a programme before its discussion (generic words, German and English).</summary>
    private static readonly FrozenSet<string> OpeningWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Begrüßung", "Grußwort", "Grußworte", "Willkommen", "Ankunft", "Empfang", "Einlass", "Registrierung",
        "Welcome", "Arrival", "Registration", "Reception", "Doors");

    /// <summary>Names of programme items beside the discussion: a talk, a break, the workshops (generic words, German and English).</summary>
    private static readonly FrozenSet<string> SideItemWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Keynote", "Impuls", "Impulsvortrag", "Impulsreferat", "Vortrag", "Pause", "Kaffeepause", "Mittagspause", "Workshop",
        "Workshops", "Lunch", "Break", "Coffee");

    private const CueKind AboutDiscussion = CueKind.Event | CueKind.Broadcast | CueKind.Show;

    public static List<BroadcastCandidate> Apply(IReadOnlyList<DocumentLine> lines, List<BroadcastCandidate> candidates)
    {
        var slots = candidates
            .Where(c => c.Date is null && c.HasTime && c.Mention.FirstToken <= MaxLeadingTokens && c.Line.Mentions[0] == c.Mention)
            .ToList();
        ExcludeChapterMarks(slots);
        slots.RemoveAll(s => s.Excluded is not null);
        RemoveOverallSpan(slots);
        candidates = CandidateRules.TimesUnderDateLines(candidates, lines, slots.Count < 2 ? [] : [.. slots]);
        if (slots.Count < 2)
            return candidates;

        var titled = 3 * slots.Count(s => s.Line.Index > 0 && IsItemTitle(lines[s.Line.Index - 1])) >= 2 * slots.Count;
        var streamTitle = StreamTitleOf(lines[^1].Text);
        var named = -1; // the first slot whose block names the show or repeats the headline: the discussion's own item
        for (var i = 0; i < slots.Count && named < 0; i++)
        {
            // a welcome or keynote by someone of the organiser names the show too, yet is not the discussion's slot
            var (from, to) = Block(lines, slots, i, titled);
            if (!OpensProgramme(slots[i]) && !IsSideItem(slots[i]) && NamesTheDiscussion(lines, from, to, streamTitle))
                named = i;
        }

        for (var i = named < 0 ? 0 : named; i < slots.Count; i++)
        {
            var slot = slots[i];
            var next = i + 1 < slots.Count ? slots[i + 1] : null;
            var (from, to0) = Block(lines, slots, i, titled);
            if (named < 0 && (OpensProgramme(slot) || IsSideItem(slot) || !SpeaksOfDiscussion(lines, from, to0)))
                continue;

            // an end written in the slot's own line ends the discussion, or a next item that is the end itself ("20.00 Uhr Ende
            // der Veranstaltung"); the start of any other next item (lunch, a reception, another talk) is no end of the stream
            var to = slot.To ?? (next?.From > slot.From && IsEndItem(next) ? next.From : null);
            var heading = DayHeadingAbove(lines, candidates, slots, slot);
            var marked = new BroadcastCandidate(slot.Line, slot.Mention)
            {
                Date = heading?.Date,
                Weekday = heading?.Weekday,
                From = slot.From,
                To = to,
                Score = slot.Score + SlotBonus,
                FromText = true,
                Reasons = heading is null
                    ? [.. slot.Reasons, $"programme slot about the discussion (lines {slot.Line.Number}–{(next?.Line.Number - 1) ?? lines[^1].Number})"]
                    : [.. slot.Reasons, $"programme slot about the discussion (lines {slot.Line.Number}–{(next?.Line.Number - 1) ?? lines[^1].Number}) of the day line {heading.Line.Number}"],
            };
            return [.. candidates.Select(c => ReferenceEquals(c, slot) ? marked : c)];
        }

        return candidates;
    }

    /// <summary>"20.00 Uhr Ende der Veranstaltung", "17:00 End of programme", "21 Uhr Schluss": a slot whose item is the end of the programme.</summary>
    private static bool IsEndItem(BroadcastCandidate slot)
    {
        var text = slot.Line.Text;
        var at = Math.Min(slot.Mention.End, text.Length);
        while (at < text.Length && !char.IsLetter(text[at]))
            at++;
        if (text.AsSpan(at).StartsWith("Uhr", StringComparison.Ordinal))
            at += 3;
        while (at < text.Length && !char.IsLetter(text[at]))
            at++;
        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        return text.AsSpan(at, end - at) is "Ende" or "End" or "Schluss" or "Close" or "Veranstaltungsende" or "Programmende" or "Finish";
    }

    /// <summary>
    /// "Dienstag, 11. Mai 2027" alone on a line right above a slot ("10:00 Uhr Keynote") heads the programme's slots below
    /// it; the nearest one above the chosen slot dates it (one upward scan, for that slot only).
    /// Not a page date or any left-out date, and not one whose weekday differs from the slot's.
    /// </summary>
    private static BroadcastCandidate? DayHeadingAbove(IReadOnlyList<DocumentLine> lines, List<BroadcastCandidate> candidates, List<BroadcastCandidate> slots,
        BroadcastCandidate slot)
    {
        for (var k = slot.Line.Index - 1; k > 0; k--)
        {
            if (lines[k] is not { Mentions.Count: 1 } line || line.Mentions[0] is not { Date: not null, From: null } date || !line.IsCoveredBy(date))
                continue;
            var candidate = candidates.Find(c => ReferenceEquals(c.Mention, date));
            if (candidate is null || !slots.Exists(s => s.Line.Index == k + 1) || candidate.Excluded is not null || candidate.PageDate
                || slot.Weekday is { } written && (date.Weekday ?? date.Date!.Value.DayOfWeek) is { } known && known != written)
                return null;
            return candidate;
        }

        return null;
    }

    /// <summary>
    /// "00:00 Cold open" / "02:10 Why batteries …": lines in a row that open with times counting up from 00:00 are the
    /// chapter marks of a recording (offsets, not clock times). Two or more such lines are left out.
    /// </summary>
    private static void ExcludeChapterMarks(List<BroadcastCandidate> slots)
    {
        var start = -1;
        for (var i = 0; i <= slots.Count; i++)
        {
            var continues = i < slots.Count && start >= 0 && slots[i].Line.Index == slots[i - 1].Line.Index + 1 && slots[i].From > slots[i - 1].From;
            if (continues)
                continue;
            if (start >= 0 && i - start >= 2)
            {
                for (var k = start; k < i; k++)
                    slots[k].Excluded = "a chapter mark of a recording (times counting up from 00:00)";
            }

            start = i < slots.Count && slots[i].From == TimeOnly.MinValue && slots[i].To is null ? i : -1;
        }
    }

    /// <summary>
    /// "6.30pm–8pm, followed by a reception" above a programme "6.30pm Welcome / 6.40pm Panel / 8pm Close": the first
    /// time line, a range that holds every later slot's time, is the span of the whole event, not one of its slots (so a
    /// date line right above it dates it).
    /// </summary>
    private static void RemoveOverallSpan(List<BroadcastCandidate> slots)
    {
        const int MinInside = 2;
        if (slots.Count <= MinInside || slots[0] is not { From: { } from, To: { } to } || to <= from)
            return;
        for (var i = 1; i < slots.Count; i++)
        {
            if (slots[i].From < from || slots[i].From > to)
                return;
        }

        slots.RemoveAt(0);
    }

    /// <summary>The lines of slot <paramref name="i"/>: its line up to the next slot; from the title above it in a listing that titles its items.</summary>
    private static (int From, int To) Block(IReadOnlyList<DocumentLine> lines, List<BroadcastCandidate> slots, int i, bool titled)
    {
        var next = i + 1 < slots.Count ? slots[i + 1] : null;
        return titled
            ? (slots[i].Line.Index - 1, next is null ? lines.Count : next.Line.Index - 1)
            : (slots[i].Line.Index, next?.Line.Index ?? lines.Count);
    }

    /// <summary>The stream title of the closing "&lt;title&gt; | &lt;show&gt;" line; null without a bar.</summary>
    private static string? StreamTitleOf(string closingLine)
    {
        var bar = closingLine.LastIndexOf(" | ", StringComparison.Ordinal);
        return bar > 0 ? closingLine[..bar] : null;
    }

    /// <summary>Whether a block names the show (the closing title line's organiser) or repeats the headline or the stream title.</summary>
    private static bool NamesTheDiscussion(IReadOnlyList<DocumentLine> lines, int from, int to, string? title)
    {
        var headline = lines[0].Text;
        for (var i = Math.Max(from, 1); i < to && i < lines.Count - 1; i++)
        {
            var text = lines[i].Text;
            if (text == headline || title is { Length: >= 12 } && text.Contains(title, StringComparison.Ordinal))
                return true;
            foreach (var kinds in lines[i].SentenceCues)
            {
                if (kinds.HasFlag(CueKind.Show))
                    return true;
            }
        }

        return false;
    }

    /// <summary>"The Late Debate" above "10.40pm–11.40pm, BBC Two": a short line without a date, time or sentence end.</summary>
    private static bool IsItemTitle(DocumentLine line) =>
        line.Mentions.Count == 0 && line.Text.Length <= 80 && !line.Text.EndsWith('.') && !line.Text.EndsWith(':');

    /// <summary>"16:00 Uhr Begrüßung", "6 pm Welcome": a slot named for the welcome or the arrival comes before the discussion.</summary>
    private static bool OpensProgramme(BroadcastCandidate slot) => FirstWordIn(slot, OpeningWords);

    /// <summary>"10:15 Uhr Keynote: …", "12:00 Lunch": a slot named for a talk or a break is not the discussion's.</summary>
    private static bool IsSideItem(BroadcastCandidate slot) => FirstWordIn(slot, SideItemWords);

    /// <summary>Whether the first word after the slot's time is one of <paramref name="words"/>.</summary>
    private static bool FirstWordIn(BroadcastCandidate slot, FrozenSet<string> words)
    {
        var line = slot.Line;
        var k = slot.Mention.EndToken;
        while (k < line.Tokens.Length && !line.Tokens[k].IsWord)
            k++;
        return k < line.Tokens.Length && words.Contains(line.Text.Substring(line.Tokens[k].Start, line.Tokens[k].Length));
    }

    private static bool SpeaksOfDiscussion(IReadOnlyList<DocumentLine> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            foreach (var kinds in lines[i].SentenceCues)
            {
                if ((kinds & AboutDiscussion) != 0)
                    return true;
            }
        }

        return false;
    }
}
