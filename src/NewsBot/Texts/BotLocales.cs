namespace NewsBot.Texts;

/// <summary>Maps Discord locales ("de", "en-US", "en-GB", …) to the bot's languages.</summary>
public static class BotLocales
{
    /// <summary>German for "de"/"de-*", English for every other locale, null when no locale is known.</summary>
    public static BotLanguage? FromLocale(string? locale) =>
        string.IsNullOrWhiteSpace(locale)
            ? null
            : locale.StartsWith("de", StringComparison.OrdinalIgnoreCase) ? BotLanguage.German : BotLanguage.English;
}
