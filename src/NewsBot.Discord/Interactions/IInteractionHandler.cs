using NewsBot.Discord.Models;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// The host's answer to interactions. Return the response (usually <see cref="InteractionResponse.Message"/> or
/// <see cref="InteractionResponse.Autocomplete"/>); the client posts it. Taking longer than
/// <c>Discord:InteractionDeferAfter</c> makes the client defer and later edit the original reply with it.
/// Resolved from a fresh DI scope per interaction.
/// </summary>
public interface IInteractionHandler
{
    ValueTask<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken);

    /// <summary>
    /// Asked only when the client must defer: should the "thinking…" reply, and so the final one, be visible to the
    /// invoker only? Discord fixes this at defer time.
    /// </summary>
    bool IsEphemeralIfDeferred(Interaction interaction) => false;
}
