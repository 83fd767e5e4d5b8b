using NewsBot.Web.Feeds;
using NewsBot.Web.Fetching;

namespace NewsBot.Texts;

/// <summary>What a moderator (or the CLI) is told when a URL or feed cannot be read, in German and English.</summary>
internal static class WebReadingTexts
{
    /// <summary>The sentence for a failed fetch followed by its technical detail ("… (10.0.0.1 is private (10.0.0.0/8))").</summary>
    public static string Describe(FetchFailureReason reason, string detail, BotLanguage language) =>
        $"{Sentence(reason, language)} ({detail})";

    public static string Sentence(FetchFailureReason reason, BotLanguage language) =>
        language == BotLanguage.German ? German(reason) : English(reason);

    /// <summary>The sentence for bytes that are not a readable feed followed by its technical detail.</summary>
    public static string Describe(FeedFailureReason reason, string detail, BotLanguage language) =>
        $"{Sentence(reason, language)} ({detail})";

    public static string Sentence(FeedFailureReason reason, BotLanguage language) =>
        language == BotLanguage.German
            ? reason switch
            {
                FeedFailureReason.NotAFeed => "Das ist kein RSS- oder Atom-Feed.",
                FeedFailureReason.DocumentTypeDefinition => "Der Feed enthält eine DTD; solche Dokumente liest NewsBot aus Sicherheitsgründen nicht.",
                _ => "Der Feed ist fehlerhaft und kann nicht gelesen werden.",
            }
            : reason switch
            {
                FeedFailureReason.NotAFeed => "This is not an RSS or Atom feed.",
                FeedFailureReason.DocumentTypeDefinition => "The feed contains a DTD; NewsBot does not read such documents, for safety.",
                _ => "The feed is broken and cannot be read.",
            };

    private static string English(FetchFailureReason reason) => reason switch
    {
        FetchFailureReason.InvalidUrl => "That is not a complete web address.",
        FetchFailureReason.UnsupportedScheme => "Only http and https addresses can be read.",
        FetchFailureReason.HostNotFound => "This server name does not exist.",
        FetchFailureReason.NameLookupFailed => "The server name could not be looked up just now; try again later.",
        FetchFailureReason.ForbiddenAddress => "This address points into a private network or to the bot's own machine; it is not read.",
        FetchFailureReason.TooManyRedirects => "The page redirects too often.",
        FetchFailureReason.BadRedirect => "The page redirects without saying where to.",
        FetchFailureReason.HttpError => "The server answered with an error.",
        FetchFailureReason.Timeout => "The server took too long to answer.",
        FetchFailureReason.TooLarge => "The page is too large.",
        FetchFailureReason.UnsupportedContentType => "This is not a web page, text or feed.",
        FetchFailureReason.Binary => "The page contains binary data, not text.",
        _ => "The server cannot be reached.",
    };

    private static string German(FetchFailureReason reason) => reason switch
    {
        FetchFailureReason.InvalidUrl => "Das ist keine vollständige Webadresse.",
        FetchFailureReason.UnsupportedScheme => "Nur http- und https-Adressen können gelesen werden.",
        FetchFailureReason.HostNotFound => "Diesen Servernamen gibt es nicht.",
        FetchFailureReason.NameLookupFailed => "Der Servername ließ sich gerade nicht nachschlagen; bitte später noch einmal versuchen.",
        FetchFailureReason.ForbiddenAddress => "Diese Adresse zeigt in ein privates Netz oder auf den Rechner des Bots; sie wird nicht gelesen.",
        FetchFailureReason.TooManyRedirects => "Die Seite leitet zu oft weiter.",
        FetchFailureReason.BadRedirect => "Die Seite leitet weiter, ohne zu sagen, wohin.",
        FetchFailureReason.HttpError => "Der Server hat mit einem Fehler geantwortet.",
        FetchFailureReason.Timeout => "Der Server hat zu lange für die Antwort gebraucht.",
        FetchFailureReason.TooLarge => "Die Seite ist zu groß.",
        FetchFailureReason.UnsupportedContentType => "Das ist keine Webseite, kein Text und kein Feed.",
        FetchFailureReason.Binary => "Die Seite enthält Binärdaten statt Text.",
        _ => "Der Server ist nicht erreichbar.",
    };
}
