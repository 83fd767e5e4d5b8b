using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

/// <summary>Fetches the bytes of an attachment (an attachment option's file, a message's attachment) from Discord's CDN.</summary>
public interface IDiscordAttachmentDownloader
{
    /// <summary>
    /// The file's bytes, at most <paramref name="maxBytes"/>: a larger file is refused as a validation error — by its
    /// reported size before any request, by Content-Length, or once the body passes the cap (never read to the end).
    /// Only URLs on Discord's CDN (or on the configured REST host, for the sandbox) are fetched, and without the token.
    /// </summary>
    Task<RestResult<byte[]>> DownloadAsync(Attachment attachment, long maxBytes, CancellationToken cancellationToken);
}
