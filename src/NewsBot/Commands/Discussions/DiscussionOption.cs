using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.Discussions;

/// <summary>The shared optional, autocompleted "discussion" option and its failure replies.</summary>
internal static class DiscussionOption
{
    public const string Name = "discussion";

    public static readonly SlashCommandOption Definition =
        new(Name, "Which discussion (default: the next one)", SlashCommandOptionType.String)
        {
            NameLocalizations = Localizations.German("diskussion"),
            DescriptionLocalizations = Localizations.German("Welche Diskussion (sonst die nächste)"),
            Autocomplete = true,
        };

    /// <summary>The short ephemeral answer, in the user's language, when no discussion was found.</summary>
    public static BotMessage Failure(DiscussionLookup lookup, BotTexts texts) => lookup switch
    {
        DiscussionLookup.Unknown unknown => BotMessage.Text(texts.UnknownDiscussion(DiscordText.Truncate(
            DiscordText.Safe(unknown.Given), 100)), ephemeral: true),
        _ => BotMessage.Text(texts.NoDiscussions, ephemeral: true),
    };

    public static IReadOnlyList<AutocompleteChoice> Suggest(CommandContext context, DiscussionAutocomplete autocomplete) =>
        context.FocusedOption == Name
            ? autocomplete.Suggest(context.Options.GetValueOrDefault(Name), context.GuildId)
            : [];
}
