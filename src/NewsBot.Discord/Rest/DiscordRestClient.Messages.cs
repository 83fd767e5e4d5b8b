using NewsBot.Discord.Json;
using NewsBot.Discord.Models;
using NewsBot.Discord.Validation;

namespace NewsBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    public Task<RestResult<Message>> CreateMessageAsync(Snowflake channelId, MessageCreateRequest request, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(HttpMethod.Post, "channels/{channel_id}/messages", $"channels/{channelId}/messages", channelId.ToString());
        return SendAsync(route, request, DiscordJsonContext.Default.MessageCreateRequest, DiscordJsonContext.Default.Message,
            DiscordRequestValidator.Validate(request), retrySafe: request.IsIdempotent, cancellationToken);
    }

    /// <summary>Retried after a transient fault: an edit sets the same state again.</summary>
    public Task<RestResult<Message>> EditMessageAsync(Snowflake channelId, Snowflake messageId, MessageEditRequest request, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(HttpMethod.Patch, "channels/{channel_id}/messages/{message_id}", $"channels/{channelId}/messages/{messageId}", channelId.ToString());
        var violations = DiscordRequestValidator.Validate(new InteractionMessage
        {
            Content = request.Content, Embeds = request.Embeds, Components = request.Components, AllowedMentions = request.AllowedMentions,
        });
        return SendAsync(route, request, DiscordJsonContext.Default.MessageEditRequest, DiscordJsonContext.Default.Message, violations, retrySafe: true, cancellationToken);
    }
}
