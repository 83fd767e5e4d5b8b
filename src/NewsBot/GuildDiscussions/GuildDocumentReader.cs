using System.Text;
using NewsBot.Core.Documents;
using NewsBot.Web.Pages;

namespace NewsBot.GuildDiscussions;

/// <summary>
/// Reads a server's document into a discussion, the same way for the preview and for every later load: text through the
/// documents' reader, an HTML page through the page reader (main content, then its schema.org event wins over guessing).
/// </summary>
internal static class GuildDocumentReader
{
    public static async Task<ParseResult> ReadAsync(GuildDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Format == DocumentFormat.Text)
            return DiscussionParser.Parse(document.DiscussionId, document.Content);

        var url = document.Origin is DiscussionOrigin.Url or DiscussionOrigin.Feed && Uri.TryCreate(document.Source, UriKind.Absolute, out var source) ? source : null;
        var page = await HtmlPageReader.ReadAsync(Encoding.UTF8.GetBytes(document.Content), "utf-8", url, cancellationToken);
        return DiscussionParser.Parse(document.DiscussionId, page.Text) switch
        {
            ParseResult.Parsed parsed => new ParseResult.Parsed(PageDiscussion.ApplyHints(parsed.Discussion, page.Hints)),
            var rejected => rejected,
        };
    }
}
