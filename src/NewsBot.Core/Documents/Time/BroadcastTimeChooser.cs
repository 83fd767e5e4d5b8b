namespace NewsBot.Core.Documents.Time;

/// <summary>
/// Picks the broadcast time among the weighed candidates. The best-supported date wins (a date mentioned several times
/// counts once, by its best mention; on a tie one with a time, then one the words speak for, not only the layout). Its
/// time comes from the same expression or sentence, else from a lone time about the broadcast elsewhere ("Die Sendung
/// beginnt um 21 Uhr") when no written weekday contradicts it. Several programme slots of that date with equal support
/// give the span of the programme. Without any date, the best-supported time; "heute"/"morgen" before it, or a weekday
/// with it that the document's own date falls on, date it from that date (the line under the headline or the
/// publication date). A missing year is taken from another mention of the same day that has one, else, for a date written
/// with its weekday, from the one year the document writes on whose calendar the day has that weekday. Precision first:
/// when unsure, null.
/// </summary>
internal static class BroadcastTimeChooser
{
    /// <param name="candidates">The weighed dates and times of the document.</param>
    /// <param name="years">The years the document writes anywhere (<see cref="DocumentYears"/>).</param>
    public static BroadcastTime? Choose(IReadOnlyList<BroadcastCandidate> candidates, IReadOnlyList<int>? years = null)
    {
        var chosen = ChooseWritten(candidates) ?? SoleTimedMention(candidates);
        if (chosen is not null)
            chosen = WithWrittenEnd(chosen, candidates);
        return chosen is null || years is null ? chosen : WithWeekdayYear(chosen, years);
    }

    /// <summary>End markers before a lone time: "Ende gegen 12:30 Uhr", "ends at 8 p.m.", "Sie dauert bis 22:15 Uhr", "wrapping up around 10 PM".</summary>
    private static readonly HashSet<string> EndWords = new(StringComparer.OrdinalIgnoreCase) { "Ende", "Schluss", "Sendeschluss", "endet", "ends", "end", "finishes", "finish", "wrap", "wraps", "wrapping", "dauert", "lasts", "until", "bis" };

    /// <summary>How long after the start an end word further down the text may still end the stream ("We'll wrap up around 8:30").</summary>
    private static readonly TimeSpan FarEndSpan = TimeSpan.FromHours(4);

    /// <summary>
    /// A start without an end takes the end the text gives elsewhere: the same start written as a range in words about the
    /// stream or the event ("heute ab 12.30 Uhr" and "Livestream von 12.30 bis 13 Uhr"; not a welcome slot's), or a later lone time after an end word on the chosen line or the next
    /// two ("Samstag, 20. März, 10:30 Uhr" / "Ende gegen 12:30 Uhr"), or further down when it is at most four hours after
    /// the start ("We'll wrap up around 8:30 p.m.").
    /// </summary>
    private static BroadcastTime WithWrittenEnd(BroadcastTime time, IReadOnlyList<BroadcastCandidate> all)
    {
        if (time.End is not null || time.Start.TimeOfDay is not { } start)
            return time;
        foreach (var c in all)
        {
            if (c.Excluded is not null || c.From is null)
                continue;
            var sameDay = c.Date is null || time.Start.Date is { } day && c.Date.Value.Month == day.Month && c.Date.Value.Day == day.Day;
            TimeOnly? end = null;
            string? why = null;
            if (sameDay && c.Eligible && (c.Line.CuesAround(c.Mention) & (CueKind.Broadcast | CueKind.Event)) != 0 && c.From == start && c.To is { } to && to > start)
                (end, why) = (to, $"end from the same start written as a range on line {c.Line.Number}");
            else if (c.Date is null && c.To is null && c.From > start && AfterEndWord(c)
                && (c.Line.Number - time.Line is >= 0 and <= 2 || c.Line.Number > time.Line && c.From.Value - start <= FarEndSpan))
                (end, why) = (c.From, $"end after an end word on line {c.Line.Number}");
            if (end is null)
                continue;
            return time with
            {
                End = new AnnouncedMoment(time.Start.Date, end, time.Start.Zone, time.Start.Weekday),
                Explanation = $"{time.Explanation}; {why}",
            };
        }

        return time;
    }

    /// <summary>An end word at most two tokens before the time ("Ende gegen", "Ende:", "ends at").</summary>
    internal static bool AfterEndWord(BroadcastCandidate c)
    {
        var tokens = c.Line.Tokens;
        for (var k = c.Mention.FirstToken - 1; k >= 0 && k >= c.Mention.FirstToken - 3; k--)
        {
            if (tokens[k].IsWord && EndWords.Contains(c.Line.Text.Substring(tokens[k].Start, tokens[k].Length)))
                return true;
        }

        return false;
    }

    /// <summary>"Samstag, 15. Mai" in a page of "Festival 2027": the year on whose calendar the written weekday fits.</summary>
    private static BroadcastTime WithWeekdayYear(BroadcastTime time, IReadOnlyList<int> years)
    {
        if (time.Start is not { Date: { Year: null } date, Weekday: { } weekday }
            || DocumentYears.Matching(years, date.Month, date.Day, weekday) is not { } year)
            return time;
        var dated = date with { Year = year };
        return time with
        {
            Start = time.Start with { Date = dated },
            End = time.End is { } end ? end with { Date = end.Date == date ? dated : end.Date } : null,
            Explanation = $"{time.Explanation}; year {year}: the only year the text writes in which {date} falls on its {weekday}",
        };
    }

    private static BroadcastTime? ChooseWritten(IReadOnlyList<BroadcastCandidate> candidates)
    {
        var eligible = candidates.Where(c => c.Eligible).ToList();
        var bestTime = BestLoneTime(eligible.Where(c => c.Date is null && c.HasTime));
        var group = eligible.Where(c => c.Date is not null)
            .GroupBy(c => (c.Date!.Value.Month, c.Date!.Value.Day))
            .Select(g => g.ToList())
            .OrderByDescending(g => g.Max(c => c.Score))
            .ThenByDescending(g => g.Exists(c => c.HasTime))
            .ThenByDescending(g => g.Exists(c => c.FromText))
            .ThenByDescending(g => g.Count)
            .ThenBy(g => g.Min(c => c.Line.Index))
            .FirstOrDefault();

        if (group is null)
            return bestTime is null ? null : FromLoneTime(bestTime, candidates);

        var groupScore = group.Max(c => c.Score);
        var timed = group.Where(c => c.HasTime).ToList();
        if (timed.Count > 0)
            return FromDatedTimes(timed, candidates);

        var date = group.Where(c => c.Score == groupScore).OrderBy(c => c.Line.Index).First();
        var joinable = eligible.Where(c => c.Date is null && c.HasTime && Fits(c, date)).ToList();
        var time = BestLoneTime(joinable);
        if (time is not null)
        {
            var reasons = new List<string>(date.Reasons) { $"time from line {time.Line.Number} ({Join(time.Reasons)})" };
            return Build(date, date.Date!.Value, time.From, time.To, time.Zone, candidates, reasons);
        }

        if (bestTime is not null && bestTime.Score > groupScore)
            return FromLoneTime(bestTime, candidates);
        return Build(date, date.Date!.Value, null, null, null, candidates, date.Reasons);
    }

    /// <summary>The best of the dated times of one day; equally supported programme slots with ends give the whole span.</summary>
    private static BroadcastTime FromDatedTimes(List<BroadcastCandidate> timed, IReadOnlyList<BroadcastCandidate> all)
    {
        var topScore = timed.Max(t => t.Score);
        var top = timed.Where(c => c.Score == topScore).ToList();
        var slots = top.Select(c => (c.From, c.To)).Distinct().Count();
        if (slots > 1 && top.TrueForAll(c => c.To is not null))
        {
            var first = top.OrderBy(c => c.From).First();
            var last = top.OrderByDescending(c => c.To).First();
            var reasons = new List<string>(first.Reasons) { $"programme of {top.Count} slots, lines {string.Join(", ", top.Select(c => c.Line.Number))}: from the first start to the last end" };
            return Build(first, first.Date!.Value, first.From, last.To, first.Zone ?? last.Zone, all, reasons);
        }

        var best = top.OrderByDescending(c => c.To is not null).ThenBy(c => c.Line.Index).First();
        return Build(best, best.Date!.Value, best.From, best.To, best.Zone, all, best.Reasons);
    }

    /// <summary>
    /// "Am Mittwoch, den 25. Februar, um 19 Uhr ist X zu Gast", "Heute, 10 bis 12 Uhr, Hörertelefon …": when no date is
    /// supported enough, a page that writes one clock time only, left out for no reason (news, publication, repeat,
    /// admission) and spoken for by a word of its own sentence (the event or its guests, the broadcast, "heute"), gives that time — an
    /// announcement names the time of the event it announces, and a page with a single time has no other to confuse it with.
    /// </summary>
    private static BroadcastTime? SoleTimedMention(IReadOnlyList<BroadcastCandidate> candidates)
    {
        BroadcastCandidate? sole = null;
        foreach (var c in candidates)
        {
            if (!c.HasTime)
                continue;
            if (c.Excluded is not null)
                return null; // a repeat's or an admission's time beside it: the page writes more than one time
            if (sole is not null && (sole.From != c.From || sole.To != c.To || c.Date is not null && sole.Date is not null && c.Date != sole.Date))
                return null;
            sole ??= c;
        }

        var cues = sole?.Line.CuesAround(sole.Mention) ?? CueKind.None;
        if (sole is null || sole.Score < 1 || (cues & (CueKind.Event | CueKind.Broadcast | CueKind.Show | CueKind.Future)) == 0
            || (cues & (CueKind.Past | CueKind.Recurrence | CueKind.Admission | CueKind.Replaced)) != 0)
            return null; // an action alone ("Der Streik beginnt um 2 Uhr", "diskutieren … die Ärztin X" without the panel known) is no event's word
        var reasons = new List<string>(sole.Reasons) { "the page's only clock time" };
        return sole.Date is { } date ? Build(sole, date, sole.From, sole.To, sole.Zone, candidates, reasons) : FromLoneTime(sole, candidates);
    }

    /// <summary>
    /// A lone time without a date. "heute"/"morgen" before it count from the document's own date when it has exactly
    /// one; a weekday with it ("airs Monday at 10 a.m.") takes that date only when it falls on that weekday.
    /// </summary>
    private static BroadcastTime FromLoneTime(BroadcastCandidate time, IReadOnlyList<BroadcastCandidate> all)
    {
        var anchor = AnchorOf(all);
        if (time.Mention.RelativeDays is { } days && anchor is not null && Shift(anchor.Date!.Value, days) is { } day)
        {
            var reasons = new List<string>(time.Reasons) { $"“{(days == 0 ? "heute" : "morgen")}” counted from the date on line {anchor.Line.Number}" };
            return Build(time, day, time.From, time.To, time.Zone, all, reasons);
        }

        if (time.Weekday is { } weekday && anchor?.Date is { DayOfWeek: { } anchorWeekday } anchorDay && anchorWeekday == weekday)
        {
            var reasons = new List<string>(time.Reasons) { $"the weekday is that of the date on line {anchor.Line.Number}" };
            return Build(time, anchorDay, time.From, time.To, time.Zone, all, reasons);
        }

        if (OnlyEventDateAbove(time, all) is { } only)
        {
            var reasons = new List<string>(time.Reasons) { $"the page's only date, on line {only.Line.Number} above it" };
            return Build(time, only.Date!.Value, time.From, time.To, time.Zone, all, reasons);
        }

        return new BroadcastTime(
            new AnnouncedMoment(null, time.From, time.Zone, time.Weekday),
            time.To is null ? null : new AnnouncedMoment(null, time.To, time.Zone, time.Weekday),
            Explain(time, time.Reasons),
            time.Line.Number);
    }

    /// <summary>
    /// "Tuesday, 9 June 2026 · Rotterdam &amp; online" … "11:00 – 12:30 | Panel 2 (livestreamed)", "Scheduled for Apr 22, 2026",
    /// a headline "Day 2 – Thursday, 11 June 2026" over a programme
    /// / "Live at 11:00 AM PT": a page that writes one date only, in its header above the chosen time, is that time's day — the event page's
    /// date heading its programme or its live line. Not when the page writes another day (other than a publication date), or a
    /// weekday with the time that the date does not fall on.
    /// </summary>
    private static BroadcastCandidate? OnlyEventDateAbove(BroadcastCandidate time, IReadOnlyList<BroadcastCandidate> all)
    {
        BroadcastCandidate? only = null;
        foreach (var c in all)
        {
            if (c.Date is not { } date || c.PageDate)
                continue;
            if (c.Excluded is not null || only is not null && (only.Date!.Value.Month != date.Month || only.Date!.Value.Day != date.Day))
                return null; // a repeat, a news date or a second day: which day the time belongs to is not written
            if (only is null || c.Line.Index < only.Line.Index)
                only = c;
        }

        return only is not null && only.Line.Index is >= 0 and <= 3 && only.Mention.FirstToken <= 3 && only.Line.Index < time.Line.Index && Fits(time, only) && time.Mention.RelativeDays is null
            ? only : null; // a header line that opens with the date (or a short label): not a date further down, which may be the news', nor a masthead's "Herald · News · date"
    }

    /// <summary>
    /// Among lone times the best supported; a tie between different times is no answer. A time after an end word is no
    /// start while another time is there ("ab 19 Uhr … Ende ist gegen 21 Uhr": <see cref="WithWrittenEnd"/> reads it as the end).
    /// </summary>
    private static BroadcastCandidate? BestLoneTime(IEnumerable<BroadcastCandidate> times)
    {
        var list = times.ToList();
        if (list.Count > 1 && list.Exists(c => !AfterEndWord(c)))
            list.RemoveAll(AfterEndWord);
        if (list.Count == 0)
            return null;
        var topScore = list.Max(t => t.Score);
        var top = list.Where(c => c.Score == topScore).ToList();
        return top.Select(c => (c.From, c.To)).Distinct().Count() == 1 ? top[0] : null;
    }

    /// <summary>A lone time may join a date unless its weekday contradicts it or it says "morgen".</summary>
    private static bool Fits(BroadcastCandidate time, BroadcastCandidate date)
    {
        if (time.Mention.RelativeDays is > 0)
            return false;
        if (time.Weekday is not { } weekday)
            return true;
        var known = date.Date!.Value.DayOfWeek ?? date.Weekday;
        return known == weekday;
    }

    /// <summary>The document's own date: one date line under the headline or one publication date.</summary>
    private static BroadcastCandidate? AnchorOf(IReadOnlyList<BroadcastCandidate> all)
    {
        var anchors = all.Where(c => c.Date is not null
                && (c.PageDate || (c.Line.Index is >= 1 and <= 3 && c.Line.IsCoveredBy(c.Mention))))
            .ToList();
        return anchors.Select(c => c.Date).Distinct().Count() == 1 ? anchors[0] : null;
    }

    private static AnnouncedDate? Shift(AnnouncedDate date, int days)
    {
        if (days == 0)
            return date;
        if (date.Year is { } year)
        {
            var next = new DateOnly(year, date.Month, date.Day).AddDays(days);
            return new AnnouncedDate(next.Year, next.Month, next.Day);
        }

        // Without a year only a step inside the month is safe (28 February may or may not have a 29th after it).
        return date.Day + days <= 28 ? date with { Day = date.Day + days } : null;
    }

    private static BroadcastTime Build(
        BroadcastCandidate chosen, AnnouncedDate date, TimeOnly? from, TimeOnly? to, string? zone,
        IReadOnlyList<BroadcastCandidate> all, IReadOnlyList<string> reasons)
    {
        var notes = new List<string>(reasons);
        if (date.Year is null && YearOf(date, all) is { } year)
        {
            notes.Add($"year {year.Year} from line {year.Line}");
            date = date with { Year = year.Year };
        }

        return new BroadcastTime(
            new AnnouncedMoment(date, from, zone, chosen.Weekday),
            to is null ? null : new AnnouncedMoment(date, to, zone, chosen.Weekday),
            Explain(chosen, notes),
            chosen.Line.Number);
    }

    /// <summary>The year of another mention of the same day ("15.9." and "15.9.24"), when all such mentions agree.</summary>
    private static (int Year, int Line)? YearOf(AnnouncedDate date, IReadOnlyList<BroadcastCandidate> all)
    {
        var same = all.Where(c => c.Date is { Year: not null } d && d.Month == date.Month && d.Day == date.Day).ToList();
        return same.Count > 0 && same.Select(c => c.Date!.Value.Year).Distinct().Count() == 1
            ? (same[0].Date!.Value.Year!.Value, same[0].Line.Number)
            : null;
    }

    private static string Explain(BroadcastCandidate chosen, IEnumerable<string> reasons) =>
        $"line {chosen.Line.Number}: “{chosen.Excerpt}” — {Join(reasons)}";

    private static string Join(IEnumerable<string> reasons)
    {
        var text = string.Join("; ", reasons);
        return text.Length == 0 ? "no further cue" : text;
    }
}
