using NewsBot.Texts;

namespace NewsBot.Commands.Config;

/// <summary>What /config says about the server's time zone, in the moderator's language.</summary>
internal static class TimeZoneTexts
{
    public static string Label(BotLanguage l) => Pick(l, "Time zone", "Zeitzone");

    public static string Shown(BotLanguage l, string? zone, string fallback) => zone is { } set
        ? set
        : Pick(l, $"{fallback} (the bot's default)", $"{fallback} (Standard des Bots)");

    public static string Saved(BotLanguage l, string zone) => Pick(l,
        $"This server's time zone is now {zone}: /streams reads a start typed without a zone in it.",
        $"Die Zeitzone dieses Servers ist jetzt {zone}: /streams liest einen Beginn ohne Zeitzone darin.");

    public static string Unknown(BotLanguage l, string typed) => Pick(l,
        $"\"{typed}\" is not a known time zone. Pick one of the suggestions (IANA ids such as `Europe/Berlin` or `America/New_York`); nothing was changed.",
        $"„{typed}“ ist keine bekannte Zeitzone. Bitte einen der Vorschläge wählen (IANA-Namen wie `Europe/Berlin` oder `America/New_York`); nichts wurde geändert.");

    private static string Pick(BotLanguage language, string english, string german) => language == BotLanguage.German ? german : english;
}
