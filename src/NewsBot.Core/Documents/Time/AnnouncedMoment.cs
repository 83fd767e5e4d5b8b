using System.Globalization;

namespace NewsBot.Core.Documents.Time;

/// <summary>
/// A point in time as an announcement writes it: a date, a wall-clock time, or both, never converted. The time zone
/// is only what the text writes after the time ("EDT", "MEZ"), or null; the weekday only what the text writes.
/// </summary>
public sealed record AnnouncedMoment(AnnouncedDate? Date, TimeOnly? TimeOfDay, string? Zone = null, DayOfWeek? Weekday = null)
{
    /// <summary>
    /// "2024-09-15T21:45"; "--09-15T21:45" without a year; "2024-09-15" without a time; "T21:45" without a date.
    /// </summary>
    public override string ToString()
    {
        var date = Date?.ToString() ?? "";
        return TimeOfDay is { } time ? date + "T" + time.ToString("HH:mm", CultureInfo.InvariantCulture) : date;
    }
}
