using NewsBot.Core.Schedule;

namespace NewsBot.Commands.Streams;

/// <summary>The IANA zone ids people pick from (/streams, /config timezone): suggestions for what was typed, and the check.</summary>
internal static class TimeZoneIds
{
    private const int MaxChoices = 25;

    private static readonly Lazy<IReadOnlyList<string>> Zones = new(() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal)).Order(StringComparer.Ordinal)]);

    /// <summary>Zones containing what was typed (those starting with it first); with nothing typed, <paramref name="preferred"/> first.</summary>
    public static IReadOnlyList<AutocompleteChoice> Suggest(string typed, string? preferred)
    {
        typed = typed.Trim();
        var matches = typed.Length == 0
            ? Zones.Value.Where(z => z == preferred).Concat(Zones.Value.Where(z => z != preferred))
            : Zones.Value.Where(z => z.Contains(typed.Replace(' ', '_'), StringComparison.OrdinalIgnoreCase))
                .OrderBy(z => z.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1);
        return [.. matches.Take(MaxChoices).Select(z => new AutocompleteChoice(z, z))];
    }

    /// <summary>The zone's id as the system spells it (<c>europe/berlin</c> → <c>Europe/Berlin</c>), or null when it is no known zone.</summary>
    public static string? Canonical(string? typed)
    {
        var trimmed = typed?.Trim() ?? "";
        if (trimmed.Length is 0 or > 100)
            return null;
        var spelled = Zones.Value.FirstOrDefault(z => string.Equals(z, trimmed, StringComparison.OrdinalIgnoreCase)) ?? trimmed;
        return StartTimeParser.IsKnownZone(spelled) ? spelled : null;
    }
}
