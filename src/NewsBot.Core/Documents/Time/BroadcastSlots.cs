using NewsBot.Core.Schedule;

namespace NewsBot.Core.Documents.Time;

/// <summary>
/// Places an announced time on the calendar. The zone is the one written after the time ("EDT" → America/New_York),
/// else the given default (the schedule's <c>Schedule:DefaultTimeZone</c>). A date without a year is the occurrence of
/// that day nearest to <c>now</c> (last, this or next year); when the text names a weekday, the nearest year (up to
/// six years away) in which the day falls on that weekday. An end before the start is on the next day ("23:30 – 0:30 Uhr").
/// </summary>
public static class BroadcastSlots
{
    public static BroadcastSlot? Resolve(BroadcastTime time, string defaultZoneId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(time);
        var start = time.Start;
        var zoneId = WrittenZones.ZoneIdOf(start.Zone) ?? defaultZoneId;
        if (!TimeZoneLookup.TryFind(zoneId, out var zone))
            return null;

        if (start.Date is not { } written)
            return start.TimeOfDay is { } clock ? new BroadcastSlot.AtClock(clock, time.End?.TimeOfDay, zoneId, start.Zone) : null;

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        if (DayOf(written, start.Weekday, today) is not { } day)
            return null;
        if (start.TimeOfDay is not { } from)
            return new BroadcastSlot.OnDay(day);
        if (!LocalTimeResolver.TryResolve(day.ToDateTime(from), zone, out var startsAt, out _))
            return new BroadcastSlot.OnDay(day);

        DateTimeOffset? endsAt = null;
        if (time.End?.TimeOfDay is { } to)
        {
            var endDay = to > from ? day : day.AddDays(1);
            if (LocalTimeResolver.TryResolve(endDay.ToDateTime(to), zone, out var end, out _))
                endsAt = end;
        }

        return new BroadcastSlot.At(startsAt, endsAt, zoneId);
    }

    /// <summary>The next time the clock shows <paramref name="clock"/>'s start after <paramref name="now"/> (today or tomorrow), with its end.</summary>
    public static (DateTimeOffset StartsAt, DateTimeOffset? EndsAt)? NextOccurrence(BroadcastSlot.AtClock clock, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (!TimeZoneLookup.TryFind(clock.ZoneId, out var zone))
            return null;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        foreach (var day in new[] { today, today.AddDays(1), today.AddDays(2) })
        {
            if (!LocalTimeResolver.TryResolve(day.ToDateTime(clock.Start), zone, out var startsAt, out _) || startsAt <= now)
                continue;
            DateTimeOffset? endsAt = null;
            if (clock.End is { } to && LocalTimeResolver.TryResolve((to > clock.Start ? day : day.AddDays(1)).ToDateTime(to), zone, out var end, out _))
                endsAt = end;
            return (startsAt, endsAt);
        }

        return null;
    }

    /// <summary>A weekday repeats on the same date every few years; this far back or ahead a written weekday picks the year.</summary>
    private const int WeekdayYears = 6;

    private static DateOnly? DayOf(AnnouncedDate date, DayOfWeek? weekday, DateOnly today)
    {
        if (date.Year is { } year)
            return new DateOnly(year, date.Month, date.Day);
        var span = weekday is null ? 1 : WeekdayYears;
        var options = Enumerable.Range(today.Year - span, 2 * span + 1)
            .Where(y => AnnouncedDate.IsValid(y, date.Month, date.Day))
            .Select(y => new DateOnly(y, date.Month, date.Day))
            .Where(d => weekday is null || d.DayOfWeek == weekday || Math.Abs(d.Year - today.Year) <= 1)
            .ToList();
        var matching = options.Where(d => weekday is null || d.DayOfWeek == weekday).ToList();
        var pool = matching.Count > 0 ? matching : options;
        return pool.Count == 0 ? null : pool.MinBy(d => Math.Abs(d.DayNumber - today.DayNumber));
    }
}
