using System.Globalization;
using NewsBot.Core.Documents.Time;
using NewsBot.Texts;

namespace NewsBot.Commands.Formatting;

/// <summary>
/// How a time the document announces is shown: with date and time as Discord timestamps (each reader sees their own
/// zone); a day without a time written out in the reply's language; a time without a day as wall-clock time with its zone.
/// </summary>
internal static class AnnouncedTimeText
{
    /// <summary>"Angekündigt für … – noch nicht im Sendeplan." / "Announced for … – not in the schedule yet."</summary>
    public static string Line(BroadcastSlot slot, BotTexts texts) => texts.AnnouncedFor(When(slot, texts));

    public static string When(BroadcastSlot slot, BotTexts texts) => slot switch
    {
        BroadcastSlot.At { EndsAt: { } end } at =>
            $"{DiscordTimestamp.Full(at.StartsAt)} – {DiscordTimestamp.ShortTime(end)} ({DiscordTimestamp.Relative(at.StartsAt)})",
        BroadcastSlot.At at => DiscordTimestamp.FullAndRelative(at.StartsAt),
        BroadcastSlot.OnDay day => $"{texts.Day(day.Day)} ({texts.NoTimeGiven})",
        BroadcastSlot.AtClock clock => texts.Clock(
            clock.End is { } end ? $"{Clock(clock.Start)}–{Clock(end)}" : Clock(clock.Start),
            clock.WrittenZone ?? clock.ZoneId),
        _ => throw new ArgumentOutOfRangeException(nameof(slot)),
    };

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
