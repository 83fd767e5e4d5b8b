using NewsBot.Sandbox.Interactions;
using NewsBot.Sandbox.Wire;

namespace NewsBot.Sandbox.Control;

/// <summary>HTTP interactions: the application's public key, the bot's interactions URL, and delivering to it.</summary>
public sealed partial class SandboxControl
{
    /// <summary>
    /// POSTs the interaction to the bot's URL and takes the HTTP response as its initial response, with the checks of the
    /// callback route. Null when it was taken; otherwise the failed outcome (no answer in time, an error status, a body
    /// that is no acceptable response), and the interaction expires as one Discord gave up on.
    /// </summary>
    private async Task<InteractionOutcome?> DeliverOverHttpAsync(Uri url, SandboxInteraction interaction, byte[] payload, CancellationToken cancellationToken)
    {
        interaction.OverHttp = true;
        string? problem;
        var status = 502;
        try
        {
            var answer = await _state.HttpInteractions.DeliverAsync(url, payload, cancellationToken);
            if (answer.Problem is { } failed)
            {
                problem = $"the interactions endpoint gave no answer: {failed}";
                status = 504;
            }
            else if (answer.Status != 200 || answer.Body is null)
                problem = $"the interactions endpoint answered {answer.Status}{(answer.Body is null ? " without a JSON interaction response" : "")}";
            else if ((await InteractionEndpoints.AcceptAsync(_state, interaction, answer.Body, null, cancellationToken)).Refusal is { } refusal)
                problem = $"the interactions endpoint's response was refused as Discord refuses it: {refusal.Body.ToJsonString()}";
            else
                problem = null;
        }
        finally
        {
            interaction.HttpAnswered.TrySetResult();
        }
        if (problem is null)
            return null;
        lock (interaction.Sync)
            interaction.Expired = true;
        return InteractionOutcome.Failed(status, problem, WireFormat.Id(interaction.Id));
    }

    /// <summary>The application's Ed25519 public key (64 hex digits): what the bot needs as <c>Interactions:PublicKey</c>.</summary>
    public string InteractionsPublicKey => _state.HttpInteractions.PublicKey;

    /// <summary>The bot's interactions URL once it passed the check; null while interactions go over the gateway.</summary>
    public Uri? InteractionsUrl => _state.HttpInteractions.Url;

    /// <summary>
    /// Sets the bot's interactions URL after checking it as Discord does (a signed PING must get PONG, a request with an
    /// invalid signature must get 401); null goes back to the gateway. Returns why the URL was rejected, or null.
    /// </summary>
    public Task<string?> SetInteractionsUrlAsync(Uri? url, CancellationToken cancellationToken = default) =>
        _state.HttpInteractions.SetUrlAsync(url, cancellationToken);
}
