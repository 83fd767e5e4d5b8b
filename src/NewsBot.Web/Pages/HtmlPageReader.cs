using AngleSharp.Dom;
using NewsBot.Core.Documents;

namespace NewsBot.Web.Pages;

/// <summary>
/// Reads an HTML page as announcement text and hints (see <see cref="PageReading"/>). The parser loads nothing
/// (no scripts, styles, frames or images): it only turns the bytes already fetched into a tree.
/// </summary>
public static class HtmlPageReader
{
    public static Task<PageReading> ReadAsync(byte[] body, string? charset, Uri? url, CancellationToken cancellationToken) =>
        HtmlDocuments.ReadAsync(body, charset, url, Read, cancellationToken);

    public static PageReading Read(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hints = Hints(document);
        // The headline outside the content (a page banner's h1) or only in the metadata still heads the text.
        var outsideHeadline = FirstText(document.Body?.QuerySelector("h1"));
        var root = MainContent.Find(document);
        var lines = root is null ? [] : BlockText.Lines(root).ToList();
        // The reader takes the first line as the headline: what stands above the h1 (a kicker, a skip link, a
        // breadcrumb) goes; without an h1 in the content, the page's other headline stands first.
        var ownHeadline = FirstText(root?.QuerySelector("h1"));
        var at = ownHeadline is null ? -1 : lines.IndexOf(ownHeadline);
        if (at > 0)
            lines.RemoveRange(0, at);
        var headline = ownHeadline is null ? outsideHeadline ?? hints.OpenGraphTitle ?? hints.DocumentTitle : null;
        if (headline is not null && (lines.Count == 0 || lines[0] != headline))
            lines.Insert(0, headline);
        return new PageReading(DocumentDecoder.Normalize(string.Join('\n', lines)), hints);
    }

    private static PageHints Hints(IDocument document)
    {
        var events = new List<PageEvent>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
            JsonLdEvents.Collect(script.TextContent, events);
        var openGraph = document.QuerySelector("meta[property='og:title' i]")?.GetAttribute("content");
        return new PageHints(Clean(openGraph), Clean(document.Title), events);
    }

    private static string? FirstText(IElement? element) => element is null ? null : Clean(string.Join(' ', BlockText.Lines(element)));

    private static string? Clean(string? value)
    {
        var trimmed = value is null ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
