namespace NewsBot.Commands;

/// <summary>Fetches the bytes of a member's attachment; the Discord side implements it (only Discord's CDN, size-capped).</summary>
public interface IAttachmentDownloads
{
    Task<AttachmentDownload> DownloadAsync(CommandAttachment attachment, long maxBytes, CancellationToken cancellationToken);
}

/// <summary>The bytes of an attachment, or why there are none.</summary>
public abstract record AttachmentDownload
{
    private AttachmentDownload()
    {
    }

    public sealed record Downloaded(byte[] Bytes) : AttachmentDownload;

    /// <summary>Larger than the cap (by its reported size, Content-Length or the body).</summary>
    public sealed record TooLarge : AttachmentDownload;

    /// <summary>The file could not be fetched; <paramref name="Detail"/> for the log and the message.</summary>
    public sealed record Failed(string Detail) : AttachmentDownload;
}
