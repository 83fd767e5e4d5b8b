namespace NewsBot.Discord.Models;

/// <summary>
/// A file on Discord's CDN: an attachment option's file (<c>data.resolved.attachments</c>) or a message's attachment.
/// Fetch its bytes with <see cref="Rest.IDiscordAttachmentDownloader"/>, which enforces a size cap.
/// Settable so reading it takes the source generator's setter path (see <see cref="Interaction"/>).
/// </summary>
public sealed record Attachment
{
    public Snowflake Id { get; set; }
    public string Filename { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>The media type Discord detected, e.g. <c>text/plain; charset=utf-8</c>; absent when it could not tell.</summary>
    public string? ContentType { get; set; }

    /// <summary>Bytes, as Discord reports them.</summary>
    public long Size { get; set; }

    public string Url { get; set; } = "";
    public string ProxyUrl { get; set; } = "";
    public int? Width { get; set; }
    public int? Height { get; set; }

    /// <summary>True for files uploaded with a command: their URL expires after a while.</summary>
    public bool? Ephemeral { get; set; }
}
