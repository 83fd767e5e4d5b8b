using NewsBot.Messages;

namespace NewsBot.Commands.Config;

/// <summary>One /config subcommand; the permission gate has already passed.</summary>
internal interface IConfigSubcommand
{
    SlashCommandOption Definition { get; }

    ValueTask<BotMessage> HandleAsync(ConfigRequest request, CancellationToken cancellationToken);

    /// <summary>Suggestions for the focused option (none unless the subcommand has an autocompleted option).</summary>
    ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, ulong guildId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
}
