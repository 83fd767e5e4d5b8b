namespace NewsBot.Commands;

/// <summary>An option or a subcommand of a slash command, in Discord's shape (without Discord types).</summary>
/// <param name="Name">Lowercase, 1–32 characters.</param>
/// <param name="Description">1–100 characters, English (the default locale).</param>
/// <param name="Type">The kind of value.</param>
/// <param name="Required">Required options come before optional ones.</param>
public sealed record SlashCommandOption(string Name, string Description, SlashCommandOptionType Type, bool Required = false)
{
    public IReadOnlyDictionary<string, string> NameLocalizations { get; init; } = Localizations.None;

    public IReadOnlyDictionary<string, string> DescriptionLocalizations { get; init; } = Localizations.None;

    /// <summary>Fixed choices (at most 25); empty when free or autocompleted.</summary>
    public IReadOnlyList<SlashCommandChoice> Choices { get; init; } = [];

    /// <summary>Whether Discord asks the bot for suggestions while the user types (never together with choices).</summary>
    public bool Autocomplete { get; init; }

    /// <summary>For a subcommand: its own options.</summary>
    public IReadOnlyList<SlashCommandOption> Options { get; init; } = [];

    /// <summary>For a channel option: the allowed Discord channel types (0 = text, 5 = announcement); empty = any.</summary>
    public IReadOnlyList<int> ChannelTypes { get; init; } = [];
}
