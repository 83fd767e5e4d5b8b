using NewsBot.Messages;

namespace NewsBot.Commands;

/// <summary>A slash command: its definition and how it answers a parsed invocation.</summary>
internal interface ISlashCommand
{
    SlashCommandDefinition Definition { get; }

    /// <summary>Whether the reply is ephemeral when it must be deferred (the Discord side defers after ~2 s).</summary>
    bool DefersEphemeral(CommandContext context);

    ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken);

    /// <summary>Suggestions for <see cref="CommandContext.FocusedOption"/>; empty when the option has none.</summary>
    ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken);
}
