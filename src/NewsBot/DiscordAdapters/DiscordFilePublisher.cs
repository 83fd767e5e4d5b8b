using NewsBot.Announcements;
using NewsBot.Companion;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Messages;

namespace NewsBot.DiscordAdapters;

/// <summary>A message with one file (the recap's CSV), sent as multipart with an enforced nonce.</summary>
internal sealed class DiscordFilePublisher(IDiscordRestClient rest) : IFilePublisher
{
    public async Task<PublishResult> PublishFileAsync(
        ulong channelId, BotMessage message, string fileName, string contentType, ReadOnlyMemory<byte> content, string nonce, CancellationToken cancellationToken)
    {
        var result = await rest.CreateMessageWithFilesAsync(channelId, BotMessageMapper.ToCreateRequest(message, nonce),
            [new FileUpload(fileName, content, contentType)], cancellationToken);
        return result.IsSuccess ? new PublishResult.Posted(result.Value!.Id.Value) : DiscordErrorMapper.ToPublishFailure(result.Error);
    }
}
