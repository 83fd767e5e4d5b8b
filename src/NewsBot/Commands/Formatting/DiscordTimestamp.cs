namespace NewsBot.Commands.Formatting;

/// <summary>Discord's timestamp markup: each reader sees the instant in their own time zone and language.</summary>
internal static class DiscordTimestamp
{
    /// <summary>Long date and time, e.g. "Tuesday, 4 March 2025 18:00".</summary>
    public static string Full(DateTimeOffset instant) => $"<t:{instant.ToUnixTimeSeconds()}:F>";

    /// <summary>Short time, e.g. "18:00".</summary>
    public static string ShortTime(DateTimeOffset instant) => $"<t:{instant.ToUnixTimeSeconds()}:t>";

    /// <summary>Relative, e.g. "in 2 hours".</summary>
    public static string Relative(DateTimeOffset instant) => $"<t:{instant.ToUnixTimeSeconds()}:R>";

    /// <summary>Both, "&lt;t:…:F&gt; (&lt;t:…:R&gt;)".</summary>
    public static string FullAndRelative(DateTimeOffset instant) => $"{Full(instant)} ({Relative(instant)})";
}
