using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Sandbox.World;
using NewsBot.Texts;

namespace NewsBot.NoToken.Terminal;

/// <summary>
/// Translates Discord's message markup for the terminal: timestamps in the local time zone (and relative to now),
/// role/channel/user mentions by name, <c>**bold**</c>, links, and escaped markdown shown literally. Mentions that
/// the bot defused with a zero-width space stay literal text.
/// </summary>
internal sealed partial class TerminalMarkup(SandboxWorld world, TimeProvider time, AnsiStyle style)
{
    private const char ZeroWidthSpace = '\u200B';
    private const int EscapedBase = 0xE000;

    public string Render(string text, BotLanguage language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = Escaped().Replace(text, m => ((char)(EscapedBase + m.Groups[1].Value[0])).ToString());
        result = Timestamp().Replace(result, m => FormatTimestamp(m, language));
        result = RoleMention().Replace(result, m => style.Cyan("@" + (RoleName(m.Groups[1].Value) ?? m.Groups[1].Value)));
        result = ChannelMention().Replace(result, m => style.Cyan("#" + (ChannelName(m.Groups[1].Value) ?? m.Groups[1].Value)));
        result = UserMention().Replace(result, m => style.Cyan("@" + (UserName(m.Groups[1].Value) ?? m.Groups[1].Value)));
        result = Bold().Replace(result, m => style.Bold(m.Groups[1].Value));
        result = Underline().Replace(result, m => m.Groups[1].Value);
        result = Italic().Replace(result, m => m.Groups[1].Value);
        result = Strike().Replace(result, m => m.Groups[1].Value);
        result = Code().Replace(result, m => m.Groups[1].Value);
        result = Link().Replace(result, m => $"{m.Groups[1].Value} ({m.Groups[2].Value})");
        result = BareLink().Replace(result, m => m.Groups[1].Value);
        result = result.Replace(ZeroWidthSpace.ToString(), "", StringComparison.Ordinal);
        return Unescaped().Replace(result, m => ((char)(m.Value[0] - EscapedBase)).ToString());
    }

    private string FormatTimestamp(Match match, BotLanguage language)
    {
        if (!long.TryParse(match.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds)
            || seconds is < -62135596800 or > 253402300799)
            return match.Value;
        var instant = DateTimeOffset.FromUnixTimeSeconds(seconds);
        var format = match.Groups[2].Success ? match.Groups[2].Value[0] : 'f';
        if (format == 'R')
            return RelativeTime.Format(instant, time.GetUtcNow(), language);
        var local = TimeZoneInfo.ConvertTime(instant, time.LocalTimeZone);
        var german = language == BotLanguage.German;
        var culture = CultureInfo.GetCultureInfo(german ? "de-DE" : "en-GB");
        var pattern = format switch
        {
            't' => "HH:mm",
            'T' => "HH:mm:ss",
            'd' => german ? "dd.MM.yyyy" : "dd/MM/yyyy",
            'D' => german ? "d. MMMM yyyy" : "d MMMM yyyy",
            'F' => german ? "dddd, d. MMMM yyyy HH:mm" : "dddd, d MMMM yyyy HH:mm",
            _ => german ? "d. MMMM yyyy HH:mm" : "d MMMM yyyy HH:mm",
        };
        return local.ToString(pattern, culture);
    }

    private string? RoleName(string id) => Lookup(id) is { } value
        ? world.Guilds.SelectMany(g => g.Roles).FirstOrDefault(r => r.Id == value)?.Name.TrimStart('@')
        : null;

    private string? ChannelName(string id) => Lookup(id) is { } value ? world.FindChannel(value)?.Name : null;

    private string? UserName(string id) => Lookup(id) is { } value
        ? world.Guilds.SelectMany(g => g.Members).Select(m => m.User).Append(world.BotUser).FirstOrDefault(u => u.Id == value)?.Username
        : null;

    private static ulong? Lookup(string id) => ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escaped();

    [GeneratedRegex("[\uE000-\uE07F]")]
    private static partial Regex Unescaped();

    [GeneratedRegex(@"<t:(-?\d{1,13})(?::([tTdDfFR]))?>")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"<@&(\d{1,20})>")]
    private static partial Regex RoleMention();

    [GeneratedRegex(@"<#(\d{1,20})>")]
    private static partial Regex ChannelMention();

    [GeneratedRegex(@"<@!?(\d{1,20})>")]
    private static partial Regex UserMention();

    [GeneratedRegex(@"\*\*(.+?)\*\*", RegexOptions.Singleline)]
    private static partial Regex Bold();

    [GeneratedRegex(@"__(.+?)__", RegexOptions.Singleline)]
    private static partial Regex Underline();

    [GeneratedRegex(@"(?<![\w*])\*(?![\s*])(.+?)(?<![\s*])\*(?![\w*])")]
    private static partial Regex Italic();

    [GeneratedRegex(@"~~(.+?)~~", RegexOptions.Singleline)]
    private static partial Regex Strike();

    [GeneratedRegex(@"`([^`\n]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"\[([^\]\n]+)\]\((https?://[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"<(https?://[^>\s]+)>")]
    private static partial Regex BareLink();
}
