using NewsBot.Discord.Json;
using NewsBot.Discord.Models;
using NewsBot.Discord.Validation;

namespace NewsBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    /// <summary>
    /// Bucketless: a callback is used once per interaction and is not bound by the global limit, so it waits only for a
    /// global 429's pause and retries its own 429 after retry_after.
    /// </summary>
    public Task<RestResult<NoContent>> CreateInteractionResponseAsync(
        Snowflake interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(
            HttpMethod.Post, "interactions/{interaction_id}/{interaction_token}/callback",
            $"interactions/{interactionId}/{DiscordRoute.Escape(interactionToken)}/callback", "", ExemptFromGlobalLimit: true, Bucketless: true);
        // A retry after a 5xx may find the first attempt did land: "already acknowledged" then means done.
        return SendAsync<InteractionResponse, NoContent>(route, response, DiscordJsonContext.Default.InteractionResponse, null,
            DiscordRequestValidator.Validate(response), retrySafe: true, cancellationToken, doneCode: DiscordErrorCodes.InteractionAlreadyAcknowledged);
    }

    public Task<RestResult<Message>> EditOriginalInteractionResponseAsync(
        Snowflake applicationId, string interactionToken, WebhookMessageEditRequest request, CancellationToken cancellationToken)
    {
        var route = WebhookRoute(HttpMethod.Patch, "webhooks/{application_id}/{interaction_token}/messages/@original", applicationId, interactionToken, "/messages/@original");
        var violations = DiscordRequestValidator.Validate(new InteractionMessage
        {
            Content = request.Content, Embeds = request.Embeds, Components = request.Components, AllowedMentions = request.AllowedMentions,
        });
        return SendAsync(route, request, DiscordJsonContext.Default.WebhookMessageEditRequest, DiscordJsonContext.Default.Message, violations, retrySafe: true, cancellationToken);
    }

    /// <summary>Not retried after a transient fault: a follow-up has no nonce, so a retry could post twice.</summary>
    public Task<RestResult<Message>> CreateFollowupMessageAsync(
        Snowflake applicationId, string interactionToken, WebhookMessageCreateRequest request, CancellationToken cancellationToken)
    {
        var route = WebhookRoute(HttpMethod.Post, "webhooks/{application_id}/{interaction_token}", applicationId, interactionToken, "");
        var violations = DiscordRequestValidator.Validate(new InteractionMessage
        {
            Content = request.Content, Embeds = request.Embeds, Components = request.Components, AllowedMentions = request.AllowedMentions,
        });
        return SendAsync(route, request, DiscordJsonContext.Default.WebhookMessageCreateRequest, DiscordJsonContext.Default.Message, violations, retrySafe: false, cancellationToken);
    }

    /// <summary>Interaction-token webhooks, like callbacks, are not bound by the global limit.</summary>
    private static DiscordRoute WebhookRoute(HttpMethod method, string template, Snowflake applicationId, string token, string suffix) =>
        new(method, template, $"webhooks/{applicationId}/{DiscordRoute.Escape(token)}{suffix}", $"{applicationId}/{token}", ExemptFromGlobalLimit: true);
}
