using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Validation;

namespace NewsBot.Discord.Interactions.Http;

/// <summary>
/// Answers one interaction Discord POSTed to the bot: the initial response (the reply, a deferral, choices, a modal)
/// becomes the HTTP response; edits of <c>@original</c> and follow-ups go over REST, as for the gateway, but only after
/// the HTTP response is out (before that Discord does not know the interaction was acknowledged).
/// </summary>
internal sealed class HttpInteractionResponder(RestInteractionResponder rest) : IInteractionResponder
{
    private readonly TaskCompletionSource<InteractionResponse?> _initial = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<bool> _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The initial response to write; null when the dispatcher had nothing valid to send.</summary>
    public Task<InteractionResponse?> Initial => _initial.Task;

    /// <summary>The HTTP response was written (true) or will never be (false: the request timed out or was aborted).</summary>
    public void Sent(bool written)
    {
        _initial.TrySetResult(null);
        _sent.TrySetResult(written);
    }

    public async ValueTask<RestResult<NoContent>> RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken)
    {
        // The same checks the REST callback makes before sending: a reply Discord would refuse is not written either.
        if (DiscordRequestValidator.Validate(response) is { Count: > 0 } violations)
        {
            _initial.TrySetResult(null);
            return RestResult<NoContent>.Failure(new DiscordError(DiscordErrorKind.Validation, "invalid interaction response", Violations: violations));
        }
        if (!_initial.TrySetResult(response))
            return RestResult<NoContent>.Failure(new DiscordError(DiscordErrorKind.Transport, "the HTTP request of this interaction was already answered"));
        return await _sent.Task.WaitAsync(cancellationToken)
            ? RestResult<NoContent>.Success(default)
            : RestResult<NoContent>.Failure(new DiscordError(DiscordErrorKind.Transport, "the HTTP response could not be written (the request timed out or was aborted)"));
    }

    public async ValueTask<RestResult<Message>> EditOriginalAsync(Interaction interaction, WebhookMessageEditRequest edit, CancellationToken cancellationToken)
    {
        await _sent.Task.WaitAsync(cancellationToken);
        return await rest.EditOriginalAsync(interaction, edit, cancellationToken);
    }

    public async ValueTask<RestResult<Message>> CreateFollowupAsync(Interaction interaction, WebhookMessageCreateRequest message, CancellationToken cancellationToken)
    {
        await _sent.Task.WaitAsync(cancellationToken);
        return await rest.CreateFollowupAsync(interaction, message, cancellationToken);
    }
}
