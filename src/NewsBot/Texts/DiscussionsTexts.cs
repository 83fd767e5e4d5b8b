using System.Globalization;

namespace NewsBot.Texts;

/// <summary>
/// What moderators read when they add, list, show and remove their server's discussions (/discussions), in German and
/// English. Only the moderator sees these answers, so they follow the moderator's own language.
/// </summary>
internal static class DiscussionsTexts
{
    public static string WrongFileType(BotLanguage l, string name) => Pick(l,
        $"**{name}** is not a .txt, .md or .html file. Attach the announcement as one of those.",
        $"**{name}** ist keine .txt-, .md- oder .html-Datei. Hänge die Ankündigung in einem dieser Formate an.");

    public static string FileTooLarge(BotLanguage l, string name, int maxBytes) => Pick(l,
        $"**{name}** is larger than {Kib(maxBytes)} KiB, the limit for an announcement file.",
        $"**{name}** ist größer als {Kib(maxBytes)} KiB, die Grenze für eine Ankündigungsdatei.");

    public static string NotText(BotLanguage l, string name, string detail) => Pick(l,
        $"**{name}** is not readable text ({detail}).",
        $"**{name}** ist kein lesbarer Text ({detail}).");

    public static string DownloadFailed(BotLanguage l, string name) => Pick(l,
        $"Discord did not hand over **{name}**. Please attach it again.",
        $"Discord hat **{name}** nicht herausgegeben. Bitte hänge die Datei noch einmal an.");

    public static string NoFile(BotLanguage l) => Pick(l, "Attach a file to the command.", "Hänge dem Befehl eine Datei an.");

    public static string IsAFeed(BotLanguage l) => Pick(l,
        "That address is a feed, not a page. Give the address of one announcement page.",
        "Diese Adresse ist ein Feed, keine Seite. Gib die Adresse einer einzelnen Ankündigungsseite an.");

    public static string EmptyText(BotLanguage l) => Pick(l, "The text is empty.", "Der Text ist leer.");

    public static string Unreadable(BotLanguage l, string reason) => Pick(l,
        $"NewsBot could not read an announcement from it: {reason}. Nothing was saved.",
        $"NewsBot konnte daraus keine Ankündigung lesen: {reason}. Nichts wurde gespeichert.");

    public static string LimitReached(BotLanguage l, int limit) => Pick(l,
        $"This server already has {limit} discussions, the most it may keep. Remove one with /discussions remove, then save again. Nothing was saved.",
        $"Dieser Server hat schon {limit} Diskussionen, mehr sind nicht erlaubt. Entferne eine mit /diskussionen entfernen und speichere dann erneut. Nichts wurde gespeichert.");

    public static string PreviewGone(BotLanguage l) => Pick(l,
        "This preview has expired or was already used. Add the discussion again.",
        "Diese Vorschau ist abgelaufen oder wurde schon verwendet. Füge die Diskussion erneut hinzu.");

    public static string PreviewTitle(BotLanguage l) => Pick(l, "Preview — not saved yet", "Vorschau — noch nicht gespeichert");

    public static string PreviewHint(BotLanguage l, int minutes) => Pick(l,
        $"This is what NewsBot read. Save it for this server, or cancel. The buttons work for {minutes} minutes.",
        $"Das hat NewsBot gelesen. Speichere es für diesen Server oder brich ab. Die Knöpfe gelten {minutes} Minuten.");

    public static string Save(BotLanguage l) => Pick(l, "Save", "Speichern");

    public static string Cancel(BotLanguage l) => Pick(l, "Cancel", "Abbrechen");

    public static string SaveAndSchedule(BotLanguage l, string when) => Pick(l, $"Save and schedule for {when}", $"Speichern und planen für {when}");

    public static string Saved(BotLanguage l, string id) => Pick(l,
        $"Saved as `{id}`. Members of this server find it in /summary, /panel, /questions and /stream.",
        $"Gespeichert als `{id}`. Mitglieder dieses Servers finden sie in /zusammenfassung, /runde, /leitfragen und /stream.");

    public static string SavedAndScheduled(BotLanguage l, string id, string when) => Pick(l,
        $"Saved as `{id}` and scheduled for {when}.",
        $"Gespeichert als `{id}` und geplant für {when}.");

    public static string SavedNotScheduled(BotLanguage l, string id) => Pick(l,
        $"Saved as `{id}`, but it could not be scheduled; schedule it separately.",
        $"Gespeichert als `{id}`, aber nicht geplant; plane sie bitte gesondert.");

    public static string Cancelled(BotLanguage l) => Pick(l, "Cancelled. Nothing was saved.", "Abgebrochen. Nichts wurde gespeichert.");

    public static string HeadlineLabel(BotLanguage l) => Pick(l, "Headline", "Überschrift");

    public static string PanelLabel(BotLanguage l) => Pick(l, "Panel", "Expertenrunde");

    public static string QuestionsLabel(BotLanguage l) => Pick(l, "Guiding questions", "Leitfragen");

    public static string BroadcastLabel(BotLanguage l) => Pick(l, "Broadcast", "Sendetermin");

    public static string SourceLabel(BotLanguage l) => Pick(l, "Source", "Quelle");

    public static string AddedLabel(BotLanguage l) => Pick(l, "Added", "Hinzugefügt");

    public static string None(BotLanguage l) => Pick(l, "none found", "keine gefunden");

    public static string NoTime(BotLanguage l) => Pick(l, "no time found", "kein Termin gefunden");

    public static string FeedItem(BotLanguage l, string url) => Pick(l, $"feed item {url}", $"Feed-Eintrag {url}");

    public static string PastedText(BotLanguage l) => Pick(l, "pasted text", "eingefügter Text");

    public static string AddedBy(BotLanguage l, ulong userId, DateTimeOffset at) => Pick(l,
        $"by <@{userId}>, <t:{at.ToUnixTimeSeconds()}:f>",
        $"von <@{userId}>, <t:{at.ToUnixTimeSeconds()}:f>");

    public static string ListTitle(BotLanguage l, int count, int limit) => Pick(l,
        $"This server's discussions ({count} of at most {limit})",
        $"Diskussionen dieses Servers ({count} von höchstens {limit})");

    public static string ListEmpty(BotLanguage l) => Pick(l,
        "This server has no discussions of its own yet. Add one with /discussions add. The shared documents of the bot's operator are not listed here.",
        "Dieser Server hat noch keine eigenen Diskussionen. Füge eine mit /diskussionen hinzufügen hinzu. Die gemeinsamen Dokumente des Betreibers stehen nicht in dieser Liste.");

    public static string ListMore(BotLanguage l, int more) => Pick(l, $"… and {more} more", $"… und {more} weitere");

    public static string Unreadable(BotLanguage l) => Pick(l, "(cannot be read now)", "(derzeit nicht lesbar)");

    public static string NotOwn(BotLanguage l, string id) => Pick(l,
        $"This server has no discussion of its own with the id `{id}`. Shared documents are changed by the bot's operator, in its documents folder.",
        $"Dieser Server hat keine eigene Diskussion mit der Kennung `{id}`. Gemeinsame Dokumente ändert der Betreiber des Bots in seinem Dokumentenordner.");

    public static string Removed(BotLanguage l, string id) => Pick(l, $"Removed `{id}`.", $"`{id}` wurde entfernt.");

    public static string ModalTitle(BotLanguage l) => Pick(l, "Add a discussion", "Diskussion hinzufügen");

    public static string ModalLabel(BotLanguage l) => Pick(l, "Announcement text", "Text der Ankündigung");

    public static string ModalPlaceholder(BotLanguage l) => Pick(l,
        "Headline, teaser, panel, guiding questions, broadcast time …",
        "Überschrift, Anriss, Expertenrunde, Leitfragen, Sendetermin …");

    private static string Kib(int bytes) => (bytes / 1024).ToString(CultureInfo.InvariantCulture);

    private static string Pick(BotLanguage language, string english, string german) => language == BotLanguage.German ? german : english;
}
