using NewsBot.Messages;

namespace NewsBot.Commands;

/// <summary>
/// A slash command, complete in its own file: its definition (what Discord registers), its /help line, and how it
/// answers. Registered with one line in <see cref="SlashCommandServiceCollectionExtensions.AddSlashCommands"/>;
/// /help and the registration with Discord are built from the registered commands.
/// </summary>
internal interface ISlashCommand
{
    SlashCommandDefinition Definition { get; }

    /// <summary>What /help says about the command, in registration order; null keeps it out of /help (as /help itself).</summary>
    HelpLine? Help { get; }

    /// <summary>Whether the reply is ephemeral when it must be deferred (the Discord side defers after ~2 s).</summary>
    bool DefersEphemeral(CommandContext context);

    ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken);

    /// <summary>
    /// A form to open instead of a reply (Discord's modal, which must be the first answer), decided from the context alone
    /// and at once; null (the default) answers with <see cref="HandleAsync"/>.
    /// </summary>
    BotModal? ModalFor(CommandContext context) => null;

    /// <summary>Suggestions for <see cref="CommandContext.FocusedOption"/>; empty when the option has none.</summary>
    ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken);
}
