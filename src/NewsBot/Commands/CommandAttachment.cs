namespace NewsBot.Commands;

/// <summary>A file a member attached to an attachment option (independent of Discord's payload).</summary>
/// <param name="Id">The attachment's id.</param>
/// <param name="Filename">The name as uploaded.</param>
/// <param name="ContentType">The media type Discord detected, or null.</param>
/// <param name="Size">Bytes, as Discord reports them.</param>
/// <param name="Url">Where its bytes are (Discord's CDN; fetch with <see cref="IAttachmentDownloads"/>).</param>
public sealed record CommandAttachment(ulong Id, string Filename, string? ContentType, long Size, string Url);
