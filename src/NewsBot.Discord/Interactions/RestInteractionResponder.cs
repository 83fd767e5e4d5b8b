using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Answers over REST, as gateway interactions must be: the callback route, then edits of <c>@original</c> with the
/// interaction token. Stateless and shared by every interaction; it hands back the REST client's tasks unwrapped.
/// </summary>
internal sealed class RestInteractionResponder(IDiscordRestClient rest) : IInteractionResponder
{
    public ValueTask<RestResult<NoContent>> RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken) =>
        new(rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken));

    public ValueTask<RestResult<Message>> EditOriginalAsync(Interaction interaction, WebhookMessageEditRequest edit, CancellationToken cancellationToken) =>
        new(rest.EditOriginalInteractionResponseAsync(interaction.ApplicationId, interaction.Token, edit, cancellationToken));

    public ValueTask<RestResult<Message>> CreateFollowupAsync(Interaction interaction, WebhookMessageCreateRequest message, CancellationToken cancellationToken) =>
        new(rest.CreateFollowupMessageAsync(interaction.ApplicationId, interaction.Token, message, cancellationToken));
}
