namespace NewsBot.Commands;

/// <summary>A fixed choice of a string option: what the user sees (localized) and the value the bot receives.</summary>
public sealed record SlashCommandChoice(string Name, string Value)
{
    /// <summary>The name per Discord locale ("de", "en-US", "en-GB", …).</summary>
    public IReadOnlyDictionary<string, string> NameLocalizations { get; init; } = Localizations.None;
}
