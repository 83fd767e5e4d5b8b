namespace NewsBot.Discord.Models;

/// <summary>A file sent with a message (<c>files[n]</c> of a multipart request).</summary>
public sealed record FileUpload(string Filename, ReadOnlyMemory<byte> Content, string ContentType = "application/octet-stream", string? Description = null);

/// <summary>An entry of a message's <c>attachments</c> when uploading: <see cref="Id"/> is the file's index n.</summary>
public sealed record AttachmentReference(int Id, string Filename, string? Description = null);
