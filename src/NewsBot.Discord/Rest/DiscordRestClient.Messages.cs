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
}
