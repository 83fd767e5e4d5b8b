using NewsBot.Messages;

namespace NewsBot.Announcements;

/// <summary>
/// Posts an announcement into a channel. The Discord implementation sends the <c>nonce</c> with
/// <c>enforce_nonce: true</c>, so posting the same nonce again returns the message already created instead of a second one,
/// and sends allowed_mentions that let only <see cref="BotMessage.PingRoleId"/> ping.
/// </summary>
public interface IAnnouncementPublisher
{
    Task<PublishResult> PublishAsync(ulong channelId, BotMessage message, string nonce, CancellationToken cancellationToken);
}
