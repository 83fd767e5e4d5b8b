using System.Globalization;

namespace NewsBot.Core.Schedule;

/// <summary>
/// A start time written out for the moderator who typed it, so they can see how it was understood:
/// "Do., 3. Dezember 2026, 20:15 (Europe/Berlin)" / "Thu, December 3, 2026, 8:15 PM (Europe/Berlin)". The names are
/// kept here rather than taken from the machine's culture data, so the line is the same on every machine.
/// </summary>
public static class StartTimeText
{
    private static readonly string[] GermanDays = ["So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."];
    private static readonly string[] EnglishDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    private static readonly string[] GermanMonths =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>What the parser understood; in the autumn overlap the offset is named, since the wall-clock time happens twice.</summary>
    public static string Describe(StartTimeResult.Understood understood, bool german) =>
        Format(understood.StartsAt, understood.TimeZoneId, german, understood.Ambiguous);

    /// <summary><paramref name="instant"/> as wall-clock time in <paramref name="timeZoneId"/> (UTC when the zone is unknown).</summary>
    public static string Format(DateTimeOffset instant, string timeZoneId, bool german, bool namesOffset = false)
    {
        var known = TimeZoneLookup.TryFind(timeZoneId, out var zone);
        var local = known ? TimeZoneInfo.ConvertTime(instant, zone!) : instant.ToUniversalTime();
        var zoneText = known ? zone!.Id : "UTC";
        if (namesOffset)
            zoneText += ", UTC" + (local.Offset < TimeSpan.Zero ? "-" : "+") + local.Offset.ToString("hh\\:mm", CultureInfo.InvariantCulture);
        var day = (int)local.DayOfWeek;
        var month = local.Month - 1;
        return german
            ? string.Create(CultureInfo.InvariantCulture, $"{GermanDays[day]}, {local.Day}. {GermanMonths[month]} {local.Year}, {local:HH:mm} ({zoneText})")
            : string.Create(CultureInfo.InvariantCulture, $"{EnglishDays[day]}, {EnglishMonths[month]} {local.Day}, {local.Year}, {local:h:mm tt} ({zoneText})");
    }
}
