using System.Globalization;

namespace NewsBot.Texts;

/// <summary>What moderators read when they follow, list and unfollow their server's feeds (/discussions), in German and English.</summary>
internal static class FeedsTexts
{
    public static string Followed(BotLanguage l, string url, string? title, int items, TimeSpan interval) => Pick(l,
        $"This server now follows {url}{Titled(title)}. Its current items ({N(items)}) are not added; each new item becomes one of this server's discussions (checked every {Minutes(interval)} minutes).",
        $"Dieser Server folgt jetzt {url}{Titled(title)}. Die bisherigen Einträge ({N(items)}) werden nicht übernommen; jeder neue Eintrag wird eine Diskussion dieses Servers (geprüft alle {Minutes(interval)} Minuten).");

    public static string AlreadyFollowed(BotLanguage l, string url) => Pick(l,
        $"This server already follows {url}.",
        $"Dieser Server folgt {url} bereits.");

    public static string LimitReached(BotLanguage l, int limit) => Pick(l,
        $"This server already follows {N(limit)} feeds, the most it may. Stop following one with /discussions unfollow first. Nothing was changed.",
        $"Dieser Server folgt bereits {N(limit)} Feeds, so vielen wie höchstens erlaubt. Entfolge zuerst einem mit /diskussionen entfolgen. Nichts wurde geändert.");

    public static string NotAFeed(BotLanguage l, string mediaType) => Pick(l,
        $"That address is a page ({mediaType}), not an RSS or Atom feed. To add one page, use /discussions add url.",
        $"Diese Adresse ist eine Seite ({mediaType}), kein RSS- oder Atom-Feed. Eine einzelne Seite fügst du mit /diskussionen hinzufügen webseite hinzu.");

    public static string CannotFollow(BotLanguage l, string reason) => Pick(l,
        $"NewsBot cannot follow this feed: {reason} Nothing was changed.",
        $"NewsBot kann diesem Feed nicht folgen: {reason} Nichts wurde geändert.");

    public static string Unfollowed(BotLanguage l, string url) => Pick(l,
        $"This server no longer follows {url}. The discussions it brought stay.",
        $"Dieser Server folgt {url} nicht mehr. Die Diskussionen daraus bleiben.");

    public static string NotFollowed(BotLanguage l, string typed) => Pick(l,
        $"This server does not follow `{typed}`. /discussions feeds lists the feeds it follows.",
        $"Dieser Server folgt `{typed}` nicht. /diskussionen feeds zeigt die Feeds, denen er folgt.");

    public static string ListEmpty(BotLanguage l) => Pick(l,
        "This server follows no feeds. Follow one with /discussions follow.",
        "Dieser Server folgt keinen Feeds. Folge einem mit /diskussionen folgen.");

    public static string ListTitle(BotLanguage l, int count, int limit) => Pick(l,
        $"Feeds this server follows ({N(count)} of at most {N(limit)})",
        $"Feeds, denen dieser Server folgt ({N(count)} von höchstens {N(limit)})");

    public static string Checked(BotLanguage l, DateTimeOffset? at, DateTimeOffset next) => at is { } polled
        ? Pick(l, $"checked <t:{S(polled)}:R>, next <t:{S(next)}:R>", $"geprüft <t:{S(polled)}:R>, nächste Prüfung <t:{S(next)}:R>")
        : Pick(l, $"not checked yet, first check <t:{S(next)}:R>", $"noch nicht geprüft, erste Prüfung <t:{S(next)}:R>");

    public static string Failing(BotLanguage l, int failures, string error, DateTimeOffset next) => Pick(l,
        $"⚠ broken: {N(failures)} failed checks in a row, the last: {error}. Next try <t:{S(next)}:R>.",
        $"⚠ gestört: {N(failures)} Prüfungen in Folge fehlgeschlagen, zuletzt: {error}. Nächster Versuch <t:{S(next)}:R>.");

    public static string Note(BotLanguage l, string note) => Pick(l, $"Note from the last check: {note}", $"Hinweis der letzten Prüfung: {note}");

    public static string ShowLabel(BotLanguage l) => Pick(l, "Feeds", "Feeds");

    public static string ShowSummary(BotLanguage l, int followed, int broken) => followed == 0
        ? Pick(l, "none followed (/discussions follow)", "keinem gefolgt (/diskussionen folgen)")
        : Pick(l, $"{N(followed)} followed, {N(broken)} broken", $"{N(followed)} gefolgt, {N(broken)} gestört");

    public static string ShowBroken(BotLanguage l, string url, int failures, string error, DateTimeOffset next) => Pick(l,
        $"Feed {url} is broken ({N(failures)} failed checks in a row): {error}. Next try <t:{S(next)}:R>.",
        $"Feed {url} ist gestört ({N(failures)} Prüfungen in Folge fehlgeschlagen): {error}. Nächster Versuch <t:{S(next)}:R>.");

    public static string ShowMoreBroken(BotLanguage l, int more) => Pick(l,
        $"… and {N(more)} more broken feeds (/discussions feeds).",
        $"… und {N(more)} weitere gestörte Feeds (/diskussionen feeds).");

    public static string GivenUp(BotLanguage l, string error, DateTimeOffset at) => Pick(l,
        $"⚠ item given up <t:{S(at)}:R> after repeated failures: {error}",
        $"⚠ Eintrag <t:{S(at)}:R> nach wiederholten Fehlern aufgegeben: {error}");

    public static string ShowGivenUp(BotLanguage l, int count) => Pick(l,
        $"{N(count)} feed items were given up after repeated failures to fetch their pages (/discussions feeds).",
        $"{N(count)} Feed-Einträge wurden nach wiederholten Fehlern beim Abruf ihrer Seiten aufgegeben (/diskussionen feeds).");

    private static string Titled(string? title) => string.IsNullOrWhiteSpace(title) ? "" : $" ({title})";

    private static string Minutes(TimeSpan interval) => N((int)interval.TotalMinutes);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string S(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static string Pick(BotLanguage language, string english, string german) => language == BotLanguage.German ? german : english;
}
