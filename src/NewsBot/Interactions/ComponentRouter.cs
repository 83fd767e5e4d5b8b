using Microsoft.Extensions.Logging;
using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Interactions;

/// <summary>
/// Hands button presses to the <see cref="IComponentHandler"/> and modal submits to the <see cref="IModalSubmitHandler"/>
/// claiming their custom id's prefix. Like the command router it is the boundary for the unexpected: an unknown prefix
/// (a button of an older version) or a failing handler gets a short ephemeral answer in the member's language.
/// </summary>
internal sealed partial class ComponentRouter(
    IEnumerable<IComponentHandler> components, IEnumerable<IModalSubmitHandler> modals, ILogger<ComponentRouter> logger)
{
    private readonly Dictionary<string, IComponentHandler> _components = components.ToDictionary(h => h.Prefix, StringComparer.Ordinal);
    private readonly Dictionary<string, IModalSubmitHandler> _modals = modals.ToDictionary(h => h.Prefix, StringComparer.Ordinal);

    public bool AnswersWithModal(ComponentContext context) =>
        _components.TryGetValue(context.Prefix, out var handler) && handler.AnswersWithModal(context);

    public bool DefersEphemeral(ModalSubmitContext context) =>
        !_modals.TryGetValue(context.Prefix, out var handler) || handler.DefersEphemeral(context);

    /// <summary>The answer to a press; never throws except for cancellation.</summary>
    public async ValueTask<ComponentReply> HandleAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        var texts = BotTexts.ForLocale(context.UserLocale ?? context.GuildLocale);
        if (!_components.TryGetValue(context.Prefix, out var handler))
        {
            LogUnknownPrefix("button", ForLog(context.Prefix), context.GuildId);
            return Private(texts.UnknownButton);
        }
        try
        {
            return await handler.HandleAsync(context, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // the router is the boundary that turns any failure into an apology
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(ex, "button", context.Prefix, context.GuildId);
            return Private(texts.Apology);
        }
    }

    /// <summary>The answer to a modal submit; never throws except for cancellation, never a modal.</summary>
    public async ValueTask<ComponentReply> HandleAsync(ModalSubmitContext context, CancellationToken cancellationToken)
    {
        var texts = BotTexts.ForLocale(context.UserLocale ?? context.GuildLocale);
        if (!_modals.TryGetValue(context.Prefix, out var handler))
        {
            LogUnknownPrefix("modal", ForLog(context.Prefix), context.GuildId);
            return Private(texts.UnknownButton);
        }
        try
        {
            var reply = await handler.HandleAsync(context, cancellationToken);
            if (reply is not ComponentReply.ShowModal)
                return reply;
            LogModalAfterModal(context.Prefix);
            return Private(texts.Apology);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // the router is the boundary that turns any failure into an apology
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(ex, "modal", context.Prefix, context.GuildId);
            return Private(texts.Apology);
        }
    }

    /// <summary>An unknown prefix as logged: at most the length of a real custom id, so a forged one cannot flood the log.</summary>
    private static string ForLog(string prefix) => prefix.Length <= CustomId.MaxLength ? prefix : prefix[..CustomId.MaxLength] + "…";

    private static ComponentReply.NewMessage Private(string text) => new(BotMessage.Text(text, ephemeral: true));

    [LoggerMessage(Level = LogLevel.Warning, Message = "No handler claims the {Kind} prefix {Prefix} (guild {GuildId})")]
    private partial void LogUnknownPrefix(string kind, string prefix, ulong? guildId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Kind} handler {Prefix} failed in guild {GuildId}")]
    private partial void LogFailed(Exception exception, string kind, string prefix, ulong? guildId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The modal handler {Prefix} answered a modal submit with a modal, which Discord refuses")]
    private partial void LogModalAfterModal(string prefix);
}
