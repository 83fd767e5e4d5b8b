namespace NewsBot.Core.Documents.Time;

/// <summary>One date and/or time expression found in a line ("Dienstag, 13. Juni, 22.50 Uhr", "ab 18 Uhr", "Jul 14, 2025").</summary>
/// <param name="FirstToken">Index of its first token in the line.</param>
/// <param name="EndToken">Index just past its last token.</param>
/// <param name="Start">Index of its first character in the line.</param>
/// <param name="End">Index just past its last character.</param>
/// <param name="Date">The day, when it names one.</param>
/// <param name="Weekday">The weekday it names, if any.</param>
/// <param name="From">The time, or the start of a time range.</param>
/// <param name="To">The end of a time range.</param>
/// <param name="Zone">A zone abbreviation written after the time ("EDT").</param>
/// <param name="RelativeDays">0 for "heute"/"today"/"tonight", 1 for "morgen"/"tomorrow" just before it; else null.</param>
internal sealed record TimeMention(
    int FirstToken,
    int EndToken,
    int Start,
    int End,
    AnnouncedDate? Date,
    DayOfWeek? Weekday,
    TimeOnly? From,
    TimeOnly? To,
    string? Zone,
    int? RelativeDays)
{
    public bool HasTime => From is not null;

    public bool HasDate => Date is not null;
}
