using System.Globalization;
using NewsBot.Texts;

namespace NewsBot.NoToken.Terminal;

/// <summary>"in 15 minutes" / "vor 2 Stunden", rounded to the largest sensible unit like Discord's relative timestamps.</summary>
internal static class RelativeTime
{
    public static string Format(DateTimeOffset instant, DateTimeOffset now, BotLanguage language)
    {
        var span = instant - now;
        var future = span >= TimeSpan.Zero;
        var seconds = Math.Abs(span.TotalSeconds);
        var german = language == BotLanguage.German;
        if (seconds < 45)
            return german ? (future ? "in wenigen Sekunden" : "vor wenigen Sekunden") : (future ? "in a few seconds" : "a few seconds ago");
        var (count, unit) = seconds switch
        {
            < 45 * 60 => (Math.Max(1, Math.Round(seconds / 60)), 0),
            < 22 * 3600 => (Math.Max(1, Math.Round(seconds / 3600)), 1),
            < 26 * 86400 => (Math.Max(1, Math.Round(seconds / 86400)), 2),
            < 320 * 86400 => (Math.Max(1, Math.Round(seconds / (30.4 * 86400))), 3),
            _ => (Math.Max(1, Math.Round(seconds / (365.25 * 86400))), 4),
        };
        var n = (long)count;
        var number = n.ToString(CultureInfo.InvariantCulture);
        if (german)
        {
            string[] one = ["Minute", "Stunde", "Tag", "Monat", "Jahr"];
            string[] many = ["Minuten", "Stunden", "Tagen", "Monaten", "Jahren"];
            var word = n == 1 ? one[unit] : many[unit];
            return future ? $"in {number} {word}" : $"vor {number} {word}";
        }
        string[] singular = ["minute", "hour", "day", "month", "year"];
        var english = n == 1 ? singular[unit] : singular[unit] + "s";
        return future ? $"in {number} {english}" : $"{number} {english} ago";
    }
}
