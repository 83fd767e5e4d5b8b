using NewsBot.Discord.Models;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// The host's answer to interactions: commands, autocomplete, component presses (type 3) and modal submits (type 5).
/// Return the response (<see cref="InteractionResponse.Message"/>, <see cref="InteractionResponse.UpdateMessage"/>,
/// <see cref="InteractionResponse.Modal"/>, <see cref="InteractionResponse.Autocomplete"/> …); the client posts it.
/// Taking longer than <c>Discord:InteractionDeferAfter</c> makes the client defer — "thinking…" (5) for commands and
/// modal submits, a deferred update (6) for components — and deliver the late response after it. Resolved from a fresh
/// DI scope per interaction.
/// </summary>
public interface IInteractionHandler
{
    ValueTask<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken);

    /// <summary>
    /// Asked only when the client must defer: should the "thinking…" reply, and so the final one, be visible to the
    /// invoker only? Discord fixes this at defer time.
    /// </summary>
    bool IsEphemeralIfDeferred(Interaction interaction) => false;

    /// <summary>
    /// Whether this interaction may be answered with a modal. A modal must be the first response, so such an
    /// interaction is never deferred: its handler must answer within Discord's 3 seconds (what it answers need not be a
    /// modal). Asked only when the handler has not answered at once; decide from the command name or custom id alone.
    /// </summary>
    bool AnswersWithModal(Interaction interaction) => false;
}
