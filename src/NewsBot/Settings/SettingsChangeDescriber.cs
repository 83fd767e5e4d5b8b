using System.Globalization;

namespace NewsBot.Settings;

/// <summary>Describes what differs between two settings, e.g. "channel: none → 123; language: German → English".</summary>
internal static class SettingsChangeDescriber
{
    public static string? Describe(GuildSettings before, GuildSettings after)
    {
        var parts = new List<string>();
        Add(parts, "announcement channel", Id(before.AnnouncementChannelId), Id(after.AnnouncementChannelId));
        Add(parts, "ping role", Id(before.PingRoleId), Id(after.PingRoleId));
        Add(parts, "reminders", Offsets(before.ReminderOffsets), Offsets(after.ReminderOffsets));
        Add(parts, "language", before.Language.ToString(), after.Language.ToString());
        Add(parts, "mirror events", before.MirrorEvents ? "on" : "off", after.MirrorEvents ? "on" : "off");
        Add(parts, "time zone", before.TimeZone ?? "default", after.TimeZone ?? "default");
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static void Add(List<string> parts, string name, string before, string after)
    {
        if (before != after)
            parts.Add($"{name}: {before} → {after}");
    }

    private static string Id(ulong? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private static string Offsets(IReadOnlyList<TimeSpan> offsets) =>
        offsets.Count == 0 ? "none" : string.Join(", ", offsets.Select(o => ((long)o.TotalMinutes).ToString(CultureInfo.InvariantCulture) + " min"));
}
