using System.Net;
using NewsBot.Commands;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.DiscordAdapters;

/// <summary><see cref="IAttachmentDownloads"/> through the Discord client's CDN downloader (only Discord's CDN, no token, size-capped).</summary>
internal sealed class DiscordAttachmentDownloads(IDiscordAttachmentDownloader downloader) : IAttachmentDownloads
{
    public async Task<AttachmentDownload> DownloadAsync(CommandAttachment attachment, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var file = new Attachment
        {
            Id = new Snowflake(attachment.Id),
            Filename = attachment.Filename,
            ContentType = attachment.ContentType,
            Size = attachment.Size,
            Url = attachment.Url,
        };
        var result = await downloader.DownloadAsync(file, maxBytes, cancellationToken);
        if (result.IsSuccess)
            return new AttachmentDownload.Downloaded(result.Value!);
        return result.Error.Status == HttpStatusCode.RequestEntityTooLarge
            ? new AttachmentDownload.TooLarge()
            : new AttachmentDownload.Failed(result.Error.Message);
    }
}
