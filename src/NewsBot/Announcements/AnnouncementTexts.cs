using NewsBot.Texts;

namespace NewsBot.Announcements;

/// <summary>
/// The bot's own words in announcements; <c>{0}</c> is the (escaped) stream title, then Discord timestamps. A relative
/// timestamp (<c>&lt;t:…:R&gt;</c>) is rendered by the reader's client in the reader's language and tense ("in 15
/// Minuten", "5 minutes ago", "a few seconds ago"), so it always stands on its own in parentheses, never inside a
/// sentence ("Live seit vor 5 Minuten").
/// </summary>
internal sealed record AnnouncementTexts(
    string ReminderContent,
    string LiveContent,
    string StartsLine,
    string LiveSinceLine,
    string EndsLine,
    string WatchLine,
    string PanelField,
    string PreviewNote)
{
    public static readonly AnnouncementTexts German = new(
        ReminderContent: "Gleich geht's los: „{0}“ (Beginn: {1}, {2})",
        LiveContent: "Jetzt live: „{0}“",
        StartsLine: "Beginn: {0} ({1})",
        LiveSinceLine: "Live seit {0} ({1})",
        EndsLine: "Ende: {0}",
        WatchLine: "Hier zuschauen: {0}",
        PanelField: "Auf dem Podium",
        PreviewNote: "Vorschau – pingt niemanden.");

    public static readonly AnnouncementTexts English = new(
        ReminderContent: "Starting soon: “{0}” (start: {1}, {2})",
        LiveContent: "Live now: “{0}”",
        StartsLine: "Starts: {0} ({1})",
        LiveSinceLine: "Live since {0} ({1})",
        EndsLine: "Ends: {0}",
        WatchLine: "Watch here: {0}",
        PanelField: "On the panel",
        PreviewNote: "Preview – pings nobody.");

    public static AnnouncementTexts For(BotLanguage language) => language == BotLanguage.English ? English : German;
}
