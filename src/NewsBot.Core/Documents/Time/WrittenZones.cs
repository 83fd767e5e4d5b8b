using System.Collections.Frozen;

namespace NewsBot.Core.Documents.Time;

/// <summary>
/// The IANA zone a zone abbreviation written after a time stands for. Writers mean their local time ("10 a.m. ET",
/// "19 Uhr MEZ" written in summer), so each maps to the zone of the region, with its summer time, not a fixed offset.
/// </summary>
internal static class WrittenZones
{
    private static readonly FrozenDictionary<string, string> Regions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ET"] = "America/New_York", ["EST"] = "America/New_York", ["EDT"] = "America/New_York",
        ["CT"] = "America/Chicago", ["CST"] = "America/Chicago", ["CDT"] = "America/Chicago",
        ["MT"] = "America/Denver", ["MST"] = "America/Denver", ["MDT"] = "America/Denver",
        ["PT"] = "America/Los_Angeles", ["PST"] = "America/Los_Angeles", ["PDT"] = "America/Los_Angeles",
        ["AKST"] = "America/Anchorage", ["AKDT"] = "America/Anchorage", ["HST"] = "Pacific/Honolulu",
        ["GMT"] = "Etc/UTC", ["UTC"] = "Etc/UTC", ["BST"] = "Europe/London",
        ["WET"] = "Europe/Lisbon", ["WEST"] = "Europe/Lisbon",
        ["CET"] = "Europe/Berlin", ["CEST"] = "Europe/Berlin", ["MEZ"] = "Europe/Berlin", ["MESZ"] = "Europe/Berlin",
        ["EET"] = "Europe/Helsinki", ["EEST"] = "Europe/Helsinki", ["OEZ"] = "Europe/Helsinki", ["OESZ"] = "Europe/Helsinki",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string? ZoneIdOf(string? abbreviation) =>
        abbreviation is not null && Regions.TryGetValue(abbreviation, out var id) ? id : FixedOffsetZone(abbreviation);

    /// <summary>
    /// A UTC offset as machine-readable dates write it ("+02:00", from a page's schema.org data) is that fixed offset:
    /// whole hours map to the IANA zone "Etc/GMT-2" (whose sign is inverted by definition); other offsets to none.
    /// </summary>
    private static string? FixedOffsetZone(string? offset)
    {
        if (offset is not { Length: 6 } || offset[0] is not ('+' or '-') || offset[3] != ':' || offset[4..] != "00"
            || !char.IsAsciiDigit(offset[1]) || !char.IsAsciiDigit(offset[2]))
            return null;
        var hours = ((offset[1] - '0') * 10) + (offset[2] - '0');
        if (hours == 0)
            return "Etc/UTC";
        return hours > 14 ? null : $"Etc/GMT{(offset[0] == '+' ? '-' : '+')}{hours}";
    }
}
