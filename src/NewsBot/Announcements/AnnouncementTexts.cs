using NewsBot.Texts;

namespace NewsBot.Announcements;

/// <summary>The bot's own words in announcements; <c>{0}</c> is the (escaped) stream title, <c>{1}</c> a Discord timestamp.</summary>
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
        ReminderContent: "Gleich geht's los: „{0}“ beginnt {1}.",
        LiveContent: "Jetzt live: „{0}“",
        StartsLine: "Beginn: {0} ({1})",
        LiveSinceLine: "Live seit {0}",
        EndsLine: "Ende: {0}",
        WatchLine: "Hier zuschauen: {0}",
        PanelField: "Auf dem Podium",
        PreviewNote: "Vorschau – pingt niemanden.");

    public static readonly AnnouncementTexts English = new(
        ReminderContent: "Starting soon: “{0}” starts {1}.",
        LiveContent: "Live now: “{0}”",
        StartsLine: "Starts: {0} ({1})",
        LiveSinceLine: "Live since {0}",
        EndsLine: "Ends: {0}",
        WatchLine: "Watch here: {0}",
        PanelField: "On the panel",
        PreviewNote: "Preview – pings nobody.");

    public static AnnouncementTexts For(BotLanguage language) => language == BotLanguage.English ? English : German;
}
