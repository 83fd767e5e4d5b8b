using NewsBot.Discord.Json;
using NewsBot.Discord.Models;
using NewsBot.Discord.Validation;

namespace NewsBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    /// <summary>
    /// Retried after a transient fault: a second start on the same message cannot make a second thread, it answers
    /// 160004 (the caller then knows the thread: it has the message's id).
    /// </summary>
    public Task<RestResult<Channel>> StartThreadFromMessageAsync(
        Snowflake channelId, Snowflake messageId, ThreadFromMessageRequest request, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(HttpMethod.Post, "channels/{channel_id}/messages/{message_id}/threads",
            $"channels/{channelId}/messages/{messageId}/threads", channelId.ToString());
        return SendAsync(route, request, DiscordJsonContext.Default.ThreadFromMessageRequest, DiscordJsonContext.Default.Channel,
            DiscordRequestValidator.Validate(request), retrySafe: true, cancellationToken);
    }
}
