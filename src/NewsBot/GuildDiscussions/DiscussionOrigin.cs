namespace NewsBot.GuildDiscussions;

/// <summary>How a moderator gave a discussion: an attached file, a web page's address, or text pasted into a form.</summary>
internal enum DiscussionOrigin
{
    File,
    Url,
    Text,
}
