namespace NewsBot.GuildDiscussions;

/// <summary>
/// How a discussion came: an attached file, a web page's address, or text pasted into a form (each by a moderator), or a
/// new item of a feed the server follows (its page read like an address).
/// </summary>
internal enum DiscussionOrigin
{
    File,
    Url,
    Text,
    Feed,
}
