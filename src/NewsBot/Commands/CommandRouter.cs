using Microsoft.Extensions.Logging;
using NewsBot.Messages;

namespace NewsBot.Commands;

/// <summary>
/// The entry point for the Discord side: the definitions to register, and for each parsed invocation the reply.
/// The one place that catches the unexpected: it logs command and guild, and the user gets a short ephemeral
/// apology in their language — never a stack trace, never silence.
/// </summary>
internal sealed partial class CommandRouter(IEnumerable<ISlashCommand> commands, ILogger<CommandRouter> logger, CommandMetrics? metrics = null)
{
    private readonly Dictionary<string, ISlashCommand> _commands =
        commands.ToDictionary(c => c.Definition.Name, StringComparer.Ordinal);

    /// <summary>Every command definition, to register with Discord (global commands, bulk overwrite).</summary>
    public IReadOnlyList<SlashCommandDefinition> Definitions => _commands.Values.Select(c => c.Definition).ToList();

    /// <summary>Whether a deferred response should be ephemeral (send DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE with flag 64).
    /// Failures of public commands are ephemeral only when answered without deferring.</summary>
    public bool DefersEphemeral(CommandContext context) =>
        !_commands.TryGetValue(context.CommandName, out var command) || command.DefersEphemeral(context);

    /// <summary>The form the command opens instead of replying, or null (see <see cref="ISlashCommand.ModalFor"/>).</summary>
    public BotModal? ModalFor(CommandContext context) =>
        _commands.TryGetValue(context.CommandName, out var command) ? command.ModalFor(context) : null;

    /// <summary>The reply to an invocation; never throws except for cancellation.</summary>
    public async ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (!_commands.TryGetValue(context.CommandName, out var command))
        {
            LogUnknownCommand(context.CommandName, context.GuildId);
            metrics?.Handled(CommandMetrics.Unknown, autocomplete: false, CommandMetrics.Unknown);
            return BotMessage.Text(ReplyTexts.Ephemeral(context).UnknownCommand, ephemeral: true);
        }
        try
        {
            var reply = await command.HandleAsync(context, cancellationToken);
            metrics?.Handled(context.CommandName, autocomplete: false, CommandMetrics.Ok);
            return reply;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // the router is the boundary that turns any failure into an apology
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogCommandFailed(ex, context.CommandName, context.Subcommand, context.GuildId);
            metrics?.Handled(context.CommandName, autocomplete: false, CommandMetrics.Failed);
            return BotMessage.Text(ReplyTexts.Ephemeral(context).Apology, ephemeral: true);
        }
    }

    /// <summary>Suggestions for the focused option (<see cref="CommandContext.FocusedOption"/>); empty on any failure.</summary>
    public async ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (!_commands.TryGetValue(context.CommandName, out var command))
        {
            metrics?.Handled(CommandMetrics.Unknown, autocomplete: true, CommandMetrics.Unknown);
            return [];
        }
        try
        {
            var choices = await command.AutocompleteAsync(context, cancellationToken);
            metrics?.Handled(context.CommandName, autocomplete: true, CommandMetrics.Ok);
            return choices;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // a failed suggestion list must not break typing
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogAutocompleteFailed(ex, context.CommandName, context.GuildId);
            metrics?.Handled(context.CommandName, autocomplete: true, CommandMetrics.Failed);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unknown command {Command} in guild {GuildId}")]
    private partial void LogUnknownCommand(string command, ulong? guildId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Command {Command} {Subcommand} failed in guild {GuildId}")]
    private partial void LogCommandFailed(Exception exception, string command, string? subcommand, ulong? guildId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Autocomplete for {Command} failed in guild {GuildId}")]
    private partial void LogAutocompleteFailed(Exception exception, string command, ulong? guildId);
}
