using System.Globalization;

namespace NewsBot.Core.Schedule;

/// <summary>
/// Reads a start time as moderators type it, in German or English, relative to now in a given IANA zone:
/// <c>2026-12-03 20:15</c>, <c>2026-12-03T20:15</c>, <c>03.12.2026 20:15</c>, <c>3.12. 20:15</c> (the next 3 December),
/// <c>heute 20:15</c>, <c>morgen 18 Uhr</c>, <c>übermorgen um 20.15 Uhr</c>, <c>today 8pm</c>, <c>tomorrow at 6 pm</c>,
/// <c>Do 20:15</c>, <c>Thursday 8:15 pm</c> (the next such day whose time is still ahead, today included) and a bare time
/// (its next occurrence). A wall-clock time in the spring-forward gap is rejected; one in the autumn overlap is the first
/// occurrence and flagged. One pass over at most <see cref="MaxLength"/> characters, no regular expressions: linear time.
/// </summary>
public static class StartTimeParser
{
    public const int MaxLength = 100;

    /// <summary>Whether <paramref name="timeZoneId"/> is an IANA zone this machine knows.</summary>
    public static bool IsKnownZone(string? timeZoneId) => timeZoneId is not null && TimeZoneLookup.TryFind(timeZoneId, out _);

    public static StartTimeResult Parse(string? text, string timeZoneId, DateTimeOffset now)
    {
        if (!TimeZoneLookup.TryFind(timeZoneId, out var zone))
            return new StartTimeResult.Rejected(StartTimeProblem.UnknownTimeZone, timeZoneId);
        if (string.IsNullOrWhiteSpace(text))
            return new StartTimeResult.Rejected(StartTimeProblem.Empty);
        if (text.Length > MaxLength)
            return new StartTimeResult.Rejected(StartTimeProblem.TooLong);

        var reading = new Reading();
        foreach (var token in Tokens(text.ToLowerInvariant()))
        {
            if (reading.Take(token) is { } problem)
                return problem;
        }

        if (reading.Time is not { } time)
            return new StartTimeResult.Rejected(reading.Day is null ? StartTimeProblem.NotUnderstood : StartTimeProblem.NoTime);
        var localNow = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        if (Resolve(reading.Day, time, localNow) is not { } local)
            return new StartTimeResult.Rejected(StartTimeProblem.NoSuchDate, reading.DayText);

        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
            return new StartTimeResult.Rejected(StartTimeProblem.NonexistentLocalTime, local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        var ambiguous = zone.IsAmbiguousTime(local);
        var offset = ambiguous ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new StartTimeResult.Understood(new DateTimeOffset(local, offset).ToUniversalTime(), local, zone.Id, ambiguous);
    }

    /// <summary>Words split at spaces and commas; an ISO date glued to its time by <c>T</c> becomes two words.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        foreach (var word in text.Split([' ', '\t', '\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 11 && word[10] == 't' && IsIsoDate(word.AsSpan(0, 10)))
            {
                yield return word[..10];
                yield return word[11..];
            }
            else
                yield return word;
        }
    }

    private static DateTime? Resolve(DaySpec? day, TimeOnly time, DateTime localNow)
    {
        var today = DateOnly.FromDateTime(localNow);
        switch (day)
        {
            case DaySpec.OnDate on:
                return on.Date.ToDateTime(time);
            case DaySpec.DayAndMonth dm:
                for (var year = today.Year; year <= today.Year + 4; year++)
                {
                    if (TryDate(year, dm.Month, dm.Day, out var date) && date.ToDateTime(time) > localNow)
                        return date.ToDateTime(time);
                }
                return null;
            case DaySpec.DaysFromToday relative:
                return today.AddDays(relative.Days).ToDateTime(time);
            case DaySpec.NextWeekday weekday:
                for (var i = 0; i <= 7; i++)
                {
                    var date = today.AddDays(i);
                    if (date.DayOfWeek == weekday.Day && date.ToDateTime(time) > localNow)
                        return date.ToDateTime(time);
                }
                return null;
            default:
                var at = today.ToDateTime(time);
                return at > localNow ? at : at.AddDays(1);
        }
    }

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool IsIsoDate(ReadOnlySpan<char> s) =>
        s.Length == 10 && s[4] == '-' && s[7] == '-' && AllDigits(s[..4]) && AllDigits(s[5..7]) && AllDigits(s[8..]);

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
                return false;
        }
        return s.Length > 0;
    }

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The day part of a start, as typed.</summary>
    private abstract record DaySpec
    {
        public sealed record OnDate(DateOnly Date) : DaySpec;

        public sealed record DayAndMonth(int Day, int Month) : DaySpec;

        public sealed record DaysFromToday(int Days) : DaySpec;

        public sealed record NextWeekday(DayOfWeek Day) : DaySpec;
    }

    /// <summary>The words read so far: at most one day and one time; "uhr", "pm" and fillers attach to what came before.</summary>
    private sealed class Reading
    {
        private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
        {
            ["mo"] = DayOfWeek.Monday, ["montag"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday,
            ["di"] = DayOfWeek.Tuesday, ["dienstag"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["tuesday"] = DayOfWeek.Tuesday,
            ["mi"] = DayOfWeek.Wednesday, ["mittwoch"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday,
            ["do"] = DayOfWeek.Thursday, ["donnerstag"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["thursday"] = DayOfWeek.Thursday,
            ["fr"] = DayOfWeek.Friday, ["freitag"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday,
            ["sa"] = DayOfWeek.Saturday, ["samstag"] = DayOfWeek.Saturday, ["sonnabend"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday,
            ["so"] = DayOfWeek.Sunday, ["sonntag"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday,
        };

        private static readonly Dictionary<string, int> RelativeDays = new(StringComparer.Ordinal)
        {
            ["heute"] = 0, ["today"] = 0, ["tonight"] = 0, ["morgen"] = 1, ["tomorrow"] = 1, ["übermorgen"] = 2,
        };

        private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "um", "at", "on", "den", "the", "ab", "from" };

        private int? _hour;
        private int _minute;
        private bool _meridiemAllowed;

        public DaySpec? Day { get; private set; }

        public string? DayText { get; private set; }

        public TimeOnly? Time => _hour is { } hour ? new TimeOnly(hour, _minute) : null;

        /// <summary>Reads one word; returns the rejection when it cannot belong to a start time.</summary>
        public StartTimeResult.Rejected? Take(string token)
        {
            var word = token.TrimEnd('.');
            if (Fillers.Contains(token) || (token == "am" && !_meridiemAllowed))
                return null; // "am" is German "on" unless it follows a time that may take a.m.
            if (token is "am" or "a.m." or "a.m" or "pm" or "p.m." or "p.m")
                return Meridiem(token[0] == 'p', token);
            if (token is "uhr" or "h")
                return _hour is null ? Unknown(token) : Done();
            if (RelativeDays.TryGetValue(token, out var days))
                return SetDay(new DaySpec.DaysFromToday(days), token);
            if (Weekdays.TryGetValue(word, out var weekday))
                return SetDay(new DaySpec.NextWeekday(weekday), token);
            if (IsIsoDate(token))
            {
                return TryDate(Number(token.AsSpan(0, 4)), Number(token.AsSpan(5, 2)), Number(token.AsSpan(8, 2)), out var date)
                    ? SetDay(new DaySpec.OnDate(date), token)
                    : new StartTimeResult.Rejected(StartTimeProblem.NoSuchDate, token);
            }
            return LooksLikeDottedDate(token, out var parts) ? DottedDate(token, parts) : TryClock(token);
        }

        private StartTimeResult.Rejected? Done()
        {
            _meridiemAllowed = false;
            return null;
        }

        private static StartTimeResult.Rejected Unknown(string token) => new(StartTimeProblem.NotUnderstood, token);

        private StartTimeResult.Rejected? SetDay(DaySpec day, string token)
        {
            if (Day is not null)
                return Unknown(token);
            Day = day;
            DayText = token;
            _meridiemAllowed = false;
            return null;
        }

        /// <summary><c>3.12.</c>, <c>03.12.2026</c>, <c>3.12.26</c>; a dotted pair without a trailing dot or year is a time (<c>20.15</c>).</summary>
        private static bool LooksLikeDottedDate(string token, out string[] parts)
        {
            parts = token.Split('.');
            return parts.Length == 3 && AllDigits(parts[0]) && AllDigits(parts[1]) && parts[0].Length <= 2 && parts[1].Length <= 2
                && (parts[2].Length == 0 || AllDigits(parts[2]));
        }

        private StartTimeResult.Rejected? DottedDate(string token, string[] parts)
        {
            var day = Number(parts[0]);
            var month = Number(parts[1]);
            if (parts[2].Length == 0)
                return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month)
                    ? SetDay(new DaySpec.DayAndMonth(day, month), token)
                    : new StartTimeResult.Rejected(StartTimeProblem.NoSuchDate, token);
            if (parts[2].Length is not (2 or 4))
                return Unknown(token);
            var year = Number(parts[2]) + (parts[2].Length == 2 ? 2000 : 0);
            return TryDate(year, month, day, out var date)
                ? SetDay(new DaySpec.OnDate(date), token)
                : new StartTimeResult.Rejected(StartTimeProblem.NoSuchDate, token);
        }

        /// <summary><c>20:15</c>, <c>20.15</c>, <c>8:15pm</c>, <c>8pm</c>, <c>18uhr</c>, a bare hour <c>18</c>.</summary>
        private StartTimeResult.Rejected? TryClock(string token)
        {
            var span = token.AsSpan();
            bool? pm = null;
            if (span.EndsWith("uhr", StringComparison.Ordinal))
                span = span[..^3];
            else if (span.EndsWith("a.m.", StringComparison.Ordinal) || span.EndsWith("p.m.", StringComparison.Ordinal))
            {
                pm = span[^4] == 'p';
                span = span[..^4];
            }
            else if (span.EndsWith("am", StringComparison.Ordinal) || span.EndsWith("pm", StringComparison.Ordinal))
            {
                pm = span[^2] == 'p';
                span = span[..^2];
            }

            var separator = span.IndexOfAny(':', '.');
            var hourPart = separator < 0 ? span : span[..separator];
            var minutePart = separator < 0 ? [] : span[(separator + 1)..];
            if (!AllDigits(hourPart) || hourPart.Length > 2 || (separator >= 0 && (minutePart.Length != 2 || !AllDigits(minutePart))))
                return Unknown(token);
            if (_hour is not null)
                return Unknown(token);
            var hour = Number(hourPart);
            var minute = minutePart.Length == 0 ? 0 : Number(minutePart);
            if (hour > 23 || minute > 59)
                return new StartTimeResult.Rejected(StartTimeProblem.NoSuchDate, token);
            _hour = hour;
            _minute = minute;
            _meridiemAllowed = true;
            return pm is { } isPm ? Meridiem(isPm, token) : null;
        }

        private StartTimeResult.Rejected? Meridiem(bool pm, string token)
        {
            if (_hour is not { } hour || !_meridiemAllowed || hour is < 1 or > 12)
                return Unknown(token);
            _hour = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
            _meridiemAllowed = false;
            return null;
        }
    }
}
