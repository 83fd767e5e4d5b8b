namespace NewsBot.GuildDiscussions;

/// <summary>How a stored document is read: plain announcement text, or an HTML page (main content plus its schema.org data).</summary>
internal enum DocumentFormat
{
    Text,
    Html,
}
