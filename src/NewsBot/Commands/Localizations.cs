namespace NewsBot.Commands;

/// <summary>Localization maps keyed by Discord locale ("de", "en-US", "en-GB").</summary>
public static class Localizations
{
    public static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    /// <summary>A German localization; English is the default name/description itself.</summary>
    public static IReadOnlyDictionary<string, string> German(string text) =>
        new Dictionary<string, string>(StringComparer.Ordinal) { ["de"] = text };
}
