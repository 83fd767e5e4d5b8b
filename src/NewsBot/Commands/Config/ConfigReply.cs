using NewsBot.Messages;

namespace NewsBot.Commands.Config;

/// <summary>Replies to moderators: always ephemeral, the outcome first, then any warnings.</summary>
internal static class ConfigReply
{
    public static BotMessage Text(string outcome, IReadOnlyList<string>? warnings = null)
    {
        var lines = new List<string> { outcome };
        lines.AddRange((warnings ?? []).Select(w => "⚠️ " + w));
        return BotMessage.Text(string.Join("\n", lines), ephemeral: true);
    }

    public static bool TryId(string? value, out ulong id) =>
        ulong.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out id) && id != 0;
}
