using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.OwnDiscussions;

/// <summary>
/// A group of /discussions subcommands: their definitions, which invocations it answers, its answers and its suggestions.
/// <see cref="DiscussionsCommand"/> has already checked that the member is a moderator in a server.
/// </summary>
internal interface IDiscussionsSubcommands
{
    IReadOnlyList<SlashCommandOption> Definitions { get; }

    /// <summary>Whether <paramref name="subcommand"/> (as <see cref="CommandContext.Subcommand"/>, e.g. "add file") is one of this group's.</summary>
    bool Handles(string? subcommand);

    Task<BotMessage> HandleAsync(CommandContext context, ulong guildId, BotLanguage language, CancellationToken cancellationToken);

    Task<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, ulong guildId, CancellationToken cancellationToken);
}
