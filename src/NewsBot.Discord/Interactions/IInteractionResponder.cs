using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Delivers the answers to an interaction the way its transport needs: over REST for gateway interactions
/// (<see cref="RestInteractionResponder"/>), in the HTTP response for interactions Discord POSTs to the bot. The
/// <see cref="InteractionDispatcher"/> decides what to send (the reply, a deferral, the edit after it); the responder
/// only sends it, so every transport gets the same handlers and the same quick-reply and defer-then-edit logic.
/// </summary>
internal interface IInteractionResponder
{
    /// <summary>The interaction's one initial response: the reply, a deferral or autocomplete choices.</summary>
    ValueTask<RestResult<NoContent>> RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken);

    /// <summary>Replaces the deferred original reply with the late one (webhook <c>@original</c>, valid for 15 minutes).</summary>
    ValueTask<RestResult<Message>> EditOriginalAsync(Interaction interaction, WebhookMessageEditRequest edit, CancellationToken cancellationToken);

    /// <summary>A new message after the response (webhook with the interaction token, valid for 15 minutes).</summary>
    ValueTask<RestResult<Message>> CreateFollowupAsync(Interaction interaction, WebhookMessageCreateRequest message, CancellationToken cancellationToken);
}
