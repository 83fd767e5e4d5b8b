using NewsBot.Announcements;
using NewsBot.Messages;

namespace NewsBot.Companion;

/// <summary>Posts a message with one file; with the nonce enforced, a repeat returns the message already posted.</summary>
public interface IFilePublisher
{
    Task<PublishResult> PublishFileAsync(
        ulong channelId, BotMessage message, string fileName, string contentType, ReadOnlyMemory<byte> content, string nonce, CancellationToken cancellationToken);
}
