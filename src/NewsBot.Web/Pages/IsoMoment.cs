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

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<min>\d{2})(?::\d{2}(?:\.\d{1,9})?)?(?<z>Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex IsoRegex();
}
