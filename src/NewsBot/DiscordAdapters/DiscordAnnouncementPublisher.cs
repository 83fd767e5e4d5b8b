using NewsBot.Announcements;
using NewsBot.Discord.Rest;
using NewsBot.Messages;

namespace NewsBot.DiscordAdapters;

/// <summary>Posts announcements with an enforced nonce, so a retried post cannot appear twice.</summary>
internal sealed class DiscordAnnouncementPublisher(IDiscordRestClient rest) : IAnnouncementPublisher
{
    public async Task<PublishResult> PublishAsync(ulong channelId, BotMessage message, string nonce, CancellationToken cancellationToken)
    {
        var result = await rest.CreateMessageAsync(channelId, BotMessageMapper.ToCreateRequest(message, nonce), cancellationToken);
        return result.IsSuccess
            ? new PublishResult.Posted(result.Value!.Id.Value)
            : DiscordErrorMapper.ToPublishFailure(result.Error);
    }
}
