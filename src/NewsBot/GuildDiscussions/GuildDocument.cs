namespace NewsBot.GuildDiscussions;

/// <summary>
/// A document as a server's moderator gave it, before or after saving: its content (read again on every load, like a
/// file in the documents folder, so the reader's improvements reach it) and where it came from.
/// </summary>
/// <param name="GuildId">The server it belongs to.</param>
/// <param name="DiscussionId">Its id within what the server sees.</param>
/// <param name="Format">Text or HTML.</param>
/// <param name="Origin">File, URL or pasted text.</param>
/// <param name="Source">The file name, the URL (after redirects), or a short label for pasted text.</param>
/// <param name="Content">The decoded text, or the page's HTML.</param>
/// <param name="AddedBy">The moderator.</param>
/// <param name="AddedAt">When it was added (a preview: when it was read).</param>
internal sealed record GuildDocument(
    ulong GuildId,
    string DiscussionId,
    DocumentFormat Format,
    DiscussionOrigin Origin,
    string Source,
    string Content,
    ulong AddedBy,
    DateTimeOffset AddedAt);
