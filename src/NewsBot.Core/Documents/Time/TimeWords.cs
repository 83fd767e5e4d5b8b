using System.Collections.Frozen;

namespace NewsBot.Core.Documents.Time;

/// <summary>The closed word lists of dates and times in German and English: months, weekdays, zones, relative days.</summary>
internal static class TimeWords
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["Januar"] = 1, ["Jänner"] = 1, ["January"] = 1, ["Jan"] = 1,
        ["Februar"] = 2, ["Feber"] = 2, ["February"] = 2, ["Feb"] = 2,
        ["März"] = 3, ["Maerz"] = 3, ["March"] = 3, ["Mär"] = 3, ["Mrz"] = 3, ["Mar"] = 3,
        ["April"] = 4, ["Apr"] = 4,
        ["Mai"] = 5, ["May"] = 5,
        ["Juni"] = 6, ["June"] = 6, ["Jun"] = 6,
        ["Juli"] = 7, ["July"] = 7, ["Jul"] = 7,
        ["August"] = 8, ["Aug"] = 8,
        ["September"] = 9, ["Sep"] = 9, ["Sept"] = 9,
        ["Oktober"] = 10, ["October"] = 10, ["Okt"] = 10, ["Oct"] = 10,
        ["November"] = 11, ["Nov"] = 11,
        ["Dezember"] = 12, ["December"] = 12, ["Dez"] = 12, ["Dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["Montag"] = DayOfWeek.Monday, ["Monday"] = DayOfWeek.Monday,
        ["Dienstag"] = DayOfWeek.Tuesday, ["Tuesday"] = DayOfWeek.Tuesday,
        ["Mittwoch"] = DayOfWeek.Wednesday, ["Wednesday"] = DayOfWeek.Wednesday,
        ["Donnerstag"] = DayOfWeek.Thursday, ["Thursday"] = DayOfWeek.Thursday,
        ["Freitag"] = DayOfWeek.Friday, ["Friday"] = DayOfWeek.Friday,
        ["Samstag"] = DayOfWeek.Saturday, ["Sonnabend"] = DayOfWeek.Saturday, ["Saturday"] = DayOfWeek.Saturday,
        ["Sonntag"] = DayOfWeek.Sunday, ["Sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Short weekday names; only taken when a date follows, since "So", "Sun", "Sat" are also words.</summary>
    private static readonly FrozenDictionary<string, DayOfWeek> WeekdayAbbreviations = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["Mo"] = DayOfWeek.Monday, ["Mon"] = DayOfWeek.Monday,
        ["Di"] = DayOfWeek.Tuesday, ["Tue"] = DayOfWeek.Tuesday, ["Tues"] = DayOfWeek.Tuesday,
        ["Mi"] = DayOfWeek.Wednesday, ["Wed"] = DayOfWeek.Wednesday,
        ["Do"] = DayOfWeek.Thursday, ["Thu"] = DayOfWeek.Thursday, ["Thur"] = DayOfWeek.Thursday, ["Thurs"] = DayOfWeek.Thursday,
        ["Fr"] = DayOfWeek.Friday, ["Fri"] = DayOfWeek.Friday,
        ["Sa"] = DayOfWeek.Saturday, ["Sat"] = DayOfWeek.Saturday,
        ["So"] = DayOfWeek.Sunday, ["Sun"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>What may follow a German weekday in one word: "Sonntagabend", "Montagnachmittag".</summary>
    private static readonly string[] DayParts = ["abend", "nachmittag", "vormittag", "mittag", "morgen", "nacht"];

    /// <summary>Zone abbreviations written after a time; kept as written, never used to convert.</summary>
    private static readonly FrozenSet<string> Zones = FrozenSet.Create(StringComparer.Ordinal,
        "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "AKDT", "HST",
        "GMT", "UTC", "BST", "WET", "WEST", "CET", "CEST", "MEZ", "MESZ", "EET", "EEST", "OEZ", "OESZ");

    /// <summary>Relative day words and how many days after the reference day they mean.</summary>
    private static readonly FrozenDictionary<string, int> RelativeDays = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["heute"] = 0, ["Heute"] = 0, ["heut"] = 0, ["today"] = 0, ["Today"] = 0, ["tonight"] = 0, ["Tonight"] = 0,
        ["morgen"] = 1, ["Morgen"] = 1, ["tomorrow"] = 1, ["Tomorrow"] = 1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The month a capitalised month name or abbreviation stands for, else 0.</summary>
    public static int Month(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsUpper(word[0]) && Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var month) ? month : 0;

    /// <summary>Whether a month word is an abbreviation (it may carry a period).</summary>
    public static bool IsMonthAbbreviation(ReadOnlySpan<char> word) => word.Length <= 4 && Month(word) > 0;

    /// <summary>A capitalised full weekday name, also as "Sonntagabend"; null otherwise.</summary>
    public static DayOfWeek? Weekday(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsUpper(word[0]))
            return null;
        var lookup = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var day))
            return day;
        foreach (var part in DayParts)
        {
            if (word.Length > part.Length && word.EndsWith(part, StringComparison.Ordinal)
                && lookup.TryGetValue(word[..^part.Length], out day))
                return day;
        }

        return null;
    }

    public static DayOfWeek? WeekdayAbbreviation(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsUpper(word[0]) && WeekdayAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var day)
            ? day
            : null;

    public static bool IsZone(ReadOnlySpan<char> word) => Zones.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static int? RelativeDay(ReadOnlySpan<char> word) =>
        RelativeDays.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var days) ? days : null;

    /// <summary>"bis", "to", "until", "till": a word joining the two ends of a range.</summary>
    public static bool IsRangeWord(ReadOnlySpan<char> word) =>
        word.Equals("bis", StringComparison.OrdinalIgnoreCase) || word.Equals("to", StringComparison.Ordinal)
        || word.Equals("until", StringComparison.OrdinalIgnoreCase) || word.Equals("till", StringComparison.Ordinal);

    /// <summary>A dash joining the two ends of a range.</summary>
    public static bool IsRangeDash(char c) => c is '-' or '–' or '—' or '‒' or '−';
}
