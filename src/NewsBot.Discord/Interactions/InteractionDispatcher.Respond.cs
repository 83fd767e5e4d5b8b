using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Models;
using NewsBot.Discord.Validation;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// One interaction's way through: a slot and a DI scope for the handler, the 3 s deferral if it is slow, then the reply,
/// all sent through the transport's responder. One async frame per interaction when the handler answers at once; the
/// slot bounds handlers, not reply sending.
/// </summary>
internal sealed partial class InteractionDispatcher
{
    /// <summary>Runs one interaction untracked, letting failures through (tests drive the flow with this).</summary>
    internal Task RunAsync(Interaction interaction, IInteractionResponder responder, long receivedAt, CancellationToken cancellationToken) =>
        RunCoreAsync(interaction, responder, receivedAt, tracked: false, cancellationToken);

    private async Task RunCoreAsync(
        Interaction interaction, IInteractionResponder responder, long receivedAt, bool tracked, CancellationToken cancellationToken)
    {
        try
        {
            if (await HandleAsync(interaction, responder, receivedAt, cancellationToken) is not { } outcome)
                return;
            if (!InteractionCallbackRules.Allows(interaction, outcome.Response.Type))
            {
                LogRefusedCallbackType(logger, interaction.Id, (int)outcome.Response.Type, (int)interaction.Type);
                return;
            }
            if (outcome.Late)
            {
                await DeliverLateAsync(interaction, responder, outcome.Response, cancellationToken);
                return;
            }
            // Sent from this frame, not a helper's: one async frame per quick interaction.
            var sent = await responder.RespondAsync(interaction, outcome.Response, cancellationToken);
            metrics?.Answered(time.GetElapsedTime(receivedAt), deferred: false, sent.IsSuccess);
            if (!sent.IsSuccess)
                LogCallbackFailed(logger, interaction.Id, sent.Error.ToString());
        }
        catch (OperationCanceledException) when (tracked || cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (tracked)
        {
            LogHandlerFailed(logger, ex, interaction.Id, interaction.Data?.Name);
        }
        finally
        {
            if (tracked)
                Untrack();
        }
    }

    /// <summary>
    /// The handler's response within a slot and scope; when the handler outlives the deferral threshold, the deferral is
    /// sent here and the response comes back marked as late. Null when there is nothing (more) to send.
    /// </summary>
    private async ValueTask<HandlerOutcome?> HandleAsync(
        Interaction interaction, IInteractionResponder responder, long receivedAt, CancellationToken cancellationToken)
    {
        try
        {
            await _slots.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetService<IInteractionHandler>();
            if (handler is null)
            {
                LogNoHandler(logger, interaction.Id);
                return null;
            }
            var pending = InvokeAsync(handler, interaction, cancellationToken);
            if (pending.IsCompleted)
            {
                // The handler answered at once: no deadline timer, no task to watch.
                return pending.Result is { } immediate ? new HandlerOutcome(immediate, Late: false) : null;
            }
            return await AwaitWithinDeadlineAsync(handler, interaction, responder, pending.AsTask(), receivedAt, cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<HandlerOutcome?> AwaitWithinDeadlineAsync(
        IInteractionHandler handler, Interaction interaction, IInteractionResponder responder, Task<InteractionResponse?> handling, long receivedAt,
        CancellationToken cancellationToken)
    {
        // Autocomplete cannot be deferred, and a modal must be the first response: such handlers are answered whenever
        // they are done, without a deferral (a modal handler must therefore answer within Discord's 3 seconds).
        if (interaction.Type == InteractionType.ApplicationCommandAutocomplete || handler.AnswersWithModal(interaction))
            return await AwaitUndeferredAsync(interaction, handling, receivedAt);

        var remaining = options.Value.InteractionDeferAfter - time.GetElapsedTime(receivedAt);
        if (remaining > TimeSpan.Zero && !handling.IsCompleted)
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var timer = Task.Delay(remaining, time, deadline.Token);
            await Task.WhenAny(handling, timer);
            await deadline.CancelAsync();
        }

        if (handling.IsCompleted)
            return await handling is { } response ? new HandlerOutcome(response, Late: false) : null;

        // A component's deferral keeps its message as it is (type 6: the late answer updates it or follows up); commands
        // and modal submits show "thinking…" (type 5), which the late answer replaces.
        var deferral = interaction.Type == InteractionType.MessageComponent
            ? InteractionResponse.DeferredUpdate()
            : InteractionResponse.DeferredMessage(handler.IsEphemeralIfDeferred(interaction));
        LogDeferred(logger, interaction.Id, interaction.Data?.Name);
        if (!await SendDeferralAsync(interaction, responder, deferral, receivedAt, cancellationToken))
            return null;
        return await handling is { } late ? new HandlerOutcome(late, Late: true) : null;
    }

    private async Task<HandlerOutcome?> AwaitUndeferredAsync(Interaction interaction, Task<InteractionResponse?> handling, long receivedAt)
    {
        var response = await handling;
        var took = time.GetElapsedTime(receivedAt);
        if (took > options.Value.InteractionDeferAfter && interaction.Type != InteractionType.ApplicationCommandAutocomplete)
            LogSlowUndeferred(logger, interaction.Id, interaction.Data?.CustomId ?? interaction.Data?.Name, took.TotalMilliseconds);
        return response is null ? null : new HandlerOutcome(response, Late: false);
    }

    /// <summary>
    /// A late response after the deferral: after a command's or modal submit's "thinking…" it replaces that reply; after a
    /// component's deferred update an update edits the component's message and a message is sent as a follow-up.
    /// </summary>
    private async Task DeliverLateAsync(Interaction interaction, IInteractionResponder responder, InteractionResponse late, CancellationToken cancellationToken)
    {
        var asFollowUp = interaction.Type == InteractionType.MessageComponent && late.Type == InteractionCallbackType.ChannelMessageWithSource;
        if (late.Type is not (InteractionCallbackType.ChannelMessageWithSource or InteractionCallbackType.UpdateMessage) || late.Data is null)
        {
            if (late.Type == InteractionCallbackType.Modal)
                LogLateModal(logger, interaction.Id, interaction.Data?.CustomId ?? interaction.Data?.Name);
            else
                LogUnusableLateResponse(logger, interaction.Id, (int)late.Type);
            return;
        }
        var message = InteractionMessage.FromCallbackData(late.Data)!;
        if (asFollowUp)
        {
            var followUp = new WebhookMessageCreateRequest
            {
                Content = message.Content, Embeds = message.Embeds, AllowedMentions = message.AllowedMentions, Components = message.Components,
                Flags = message.Ephemeral ? MessageFlags.Ephemeral : null,
            };
            var posted = await responder.CreateFollowupAsync(interaction, followUp, cancellationToken);
            if (!posted.IsSuccess)
                LogCallbackFailed(logger, interaction.Id, posted.Error.ToString());
            return;
        }
        var edit = new WebhookMessageEditRequest
        {
            Content = message.Content, Embeds = message.Embeds, AllowedMentions = message.AllowedMentions, Components = message.Components,
        };
        var edited = await responder.EditOriginalAsync(interaction, edit, cancellationToken);
        if (!edited.IsSuccess)
            LogCallbackFailed(logger, interaction.Id, edited.Error.ToString());
    }

    private async Task<bool> SendDeferralAsync(
        Interaction interaction, IInteractionResponder responder, InteractionResponse deferral, long receivedAt, CancellationToken cancellationToken)
    {
        var result = await responder.RespondAsync(interaction, deferral, cancellationToken);
        metrics?.Answered(time.GetElapsedTime(receivedAt), deferred: true, result.IsSuccess);
        if (!result.IsSuccess)
            LogCallbackFailed(logger, interaction.Id, result.Error.ToString());
        return result.IsSuccess;
    }

    /// <summary>The handler's response, or null when it failed (logged); completes synchronously when the handler does.</summary>
    private ValueTask<InteractionResponse?> InvokeAsync(IInteractionHandler handler, Interaction interaction, CancellationToken cancellationToken)
    {
        ValueTask<InteractionResponse> handling;
        try
        {
            handling = handler.HandleAsync(interaction, cancellationToken);
        }
        catch (Exception ex) when (IsHandlerFailure(ex, cancellationToken))
        {
            LogHandlerFailed(logger, ex, interaction.Id, interaction.Data?.Name);
            return ValueTask.FromResult<InteractionResponse?>(null);
        }
        return handling.IsCompletedSuccessfully
            ? ValueTask.FromResult<InteractionResponse?>(handling.Result)
            : AwaitHandlerAsync(handling, interaction, cancellationToken);
    }

    private async ValueTask<InteractionResponse?> AwaitHandlerAsync(
        ValueTask<InteractionResponse> handling, Interaction interaction, CancellationToken cancellationToken)
    {
        try
        {
            return await handling;
        }
        catch (Exception ex) when (IsHandlerFailure(ex, cancellationToken))
        {
            LogHandlerFailed(logger, ex, interaction.Id, interaction.Data?.Name);
            return null;
        }
    }

    /// <summary>Anything but our own cancellation counts as the handler failing.</summary>
    private static bool IsHandlerFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested;

    /// <summary>What the handler answered, and whether it came after the deferral (so it edits the original reply).</summary>
    private readonly record struct HandlerOutcome(InteractionResponse Response, bool Late);
}
