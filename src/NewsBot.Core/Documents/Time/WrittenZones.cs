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
        abbreviation is not null && Regions.TryGetValue(abbreviation, out var id) ? id : null;
}
