namespace NewsBot.Sandbox.Attachments;

/// <summary>A file a member attached to a command option, as the sandbox's CDN serves it.</summary>
internal sealed record StoredAttachment(ulong Id, ulong ChannelId, string Filename, string? ContentType, byte[] Bytes);
