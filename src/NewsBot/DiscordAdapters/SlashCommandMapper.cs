using NewsBot.Commands;
using NewsBot.Discord.Models;
using DiscordPermissions = NewsBot.Discord.Models.Permissions;

namespace NewsBot.DiscordAdapters;

/// <summary>Maps the features' command definitions to Discord's bulk-overwrite entries.</summary>
internal static class SlashCommandMapper
{
    public static IReadOnlyList<ApplicationCommandRequest> ToRequests(IEnumerable<SlashCommandDefinition> definitions) =>
        [.. definitions.OrderBy(d => d.Name, StringComparer.Ordinal).Select(ToRequest)];

    public static ApplicationCommandRequest ToRequest(SlashCommandDefinition definition) => new()
    {
        Name = definition.Name,
        NameLocalizations = Localized(definition.NameLocalizations),
        Description = definition.Description,
        DescriptionLocalizations = Localized(definition.DescriptionLocalizations),
        Options = definition.Options.Count == 0 ? null : [.. definition.Options.Select(ToOption)],
        DefaultMemberPermissions = definition.DefaultMemberPermissions is { } bits ? (DiscordPermissions)bits : null,
        Contexts = definition.GuildOnly ? [InteractionContextType.Guild] : null,
        Type = ApplicationCommandType.ChatInput,
    };

    public static ApplicationCommandOption ToOption(SlashCommandOption option) => new()
    {
        Type = (ApplicationCommandOptionType)(int)option.Type,
        Name = option.Name,
        NameLocalizations = Localized(option.NameLocalizations),
        Description = option.Description,
        DescriptionLocalizations = Localized(option.DescriptionLocalizations),
        Required = IsValue(option.Type) && option.Required ? true : null,
        Choices = option.Choices.Count == 0
            ? null
            : [.. option.Choices.Select(c => ApplicationCommandOptionChoice.ForString(c.Name, c.Value) with { NameLocalizations = Localized(c.NameLocalizations) })],
        Options = option.Options.Count == 0 ? null : [.. option.Options.Select(ToOption)],
        ChannelTypes = option.ChannelTypes.Count == 0 ? null : [.. option.ChannelTypes.Select(t => (ChannelType)t)],
        Autocomplete = option.Autocomplete ? true : null,
    };

    private static bool IsValue(SlashCommandOptionType type) =>
        type is not (SlashCommandOptionType.Subcommand or SlashCommandOptionType.SubcommandGroup);

    private static IReadOnlyDictionary<string, string>? Localized(IReadOnlyDictionary<string, string> localizations) =>
        localizations.Count == 0 ? null : localizations;
}
