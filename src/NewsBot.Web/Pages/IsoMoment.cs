using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Core.Documents.Time;

namespace NewsBot.Web.Pages;

/// <summary>
/// Reads a schema.org date ("2024-09-15", "2024-09-15T21:45", "2024-09-15T21:45:00+02:00") as an
/// <see cref="AnnouncedMoment"/>: the wall-clock time as written and its UTC offset, if any, as the zone.
/// </summary>
internal static partial class IsoMoment
{
    public static AnnouncedMoment? Parse(string? value)
    {
        if (value is null || value.Length > 40)
            return null;
        var match = IsoRegex().Match(value.Trim());
        if (!match.Success)
            return null;
        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        if (!AnnouncedDate.IsValid(year, month, day))
            return null;
        TimeOnly? time = null;
        if (match.Groups["h"].Success)
        {
            var hour = int.Parse(match.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
            var minute = int.Parse(match.Groups["min"].ValueSpan, CultureInfo.InvariantCulture);
            if (hour > 23 || minute > 59)
                return null;
            time = new TimeOnly(hour, minute);
        }

        var zone = match.Groups["z"].Success ? NormalizeOffset(match.Groups["z"].Value) : null;
        return new AnnouncedMoment(new AnnouncedDate(year, month, day), time, time is null ? null : zone);
    }

    private static string NormalizeOffset(string offset) =>
        offset == "Z" ? "+00:00" : offset.Length == 5 ? offset[..3] + ":" + offset[3..] : offset;

    // ASCII digits only: \d also takes other scripts' digits, which int.Parse refuses. The value is at most 40
    // characters and the pattern has only bounded repeats, so the backtracking engine needs no tables and stays bounded.
    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})(?:[T ](?<h>[0-9]{2}):(?<min>[0-9]{2})(?::[0-9]{2}(?:\.[0-9]{1,9})?)?(?<z>Z|[+-][0-9]{2}:?[0-9]{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoRegex();
}
