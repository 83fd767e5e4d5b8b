namespace NewsBot.Core.Schedule;

/// <summary>
/// Turns a wall-clock time in a zone into an instant. A time in the spring-forward gap does not exist and is
/// rejected; a time in the autumn overlap happens twice and resolves to the FIRST occurrence (still summer time) —
/// write an explicit offset (e.g. <c>+01:00</c>) to mean the second.
/// </summary>
internal static class LocalTimeResolver
{
    public static bool TryResolve(DateTime local, TimeZoneInfo zone, out DateTimeOffset instant, out string? error)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        error = null;
        instant = default;
        if (zone.IsInvalidTime(unspecified))
        {
            error = $"{unspecified:yyyy-MM-ddTHH:mm} does not exist in {zone.Id} (clocks jump forward at that time)";
            return false;
        }

        var offset = zone.IsAmbiguousTime(unspecified)
            ? zone.GetAmbiguousTimeOffsets(unspecified).Max()
            : zone.GetUtcOffset(unspecified);
        instant = new DateTimeOffset(unspecified, offset).ToUniversalTime();
        return true;
    }
}
