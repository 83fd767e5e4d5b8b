using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;

namespace NewsBot.Web.Feeds;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 with System.ServiceModel.Syndication. The XML reader refuses any DTD (no entity
/// expansion, no external resources) and caps entity characters, so an XML bomb is refused before it grows.
/// An unreadable date costs only that item's date, not the feed.
/// </summary>
public static class FeedParser
{
    private const int MaxItems = 500;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <param name="body">The feed's bytes.</param>
    /// <param name="feedUrl">Where the feed came from, to make relative item links absolute; null leaves them out.</param>
    public static FeedResult Parse(byte[] body, Uri? feedUrl = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var stream = new MemoryStream(body, writable: false);
        var atRoot = false;
        try
        {
            using var reader = XmlReader.Create(stream, Settings);
            reader.MoveToContent();
            atRoot = true;
            SyndicationFeedFormatter formatter = new Rss20FeedFormatter();
            if (!formatter.CanRead(reader))
                formatter = new Atom10FeedFormatter();
            if (!formatter.CanRead(reader))
                return new FeedResult.Failed(FeedFailureReason.NotAFeed, $"the root element is <{reader.Name}>, not <rss> or Atom <feed>");
            var strict = formatter.DateTimeParser;
            formatter.DateTimeParser = (XmlDateTimeData data, out DateTimeOffset value) => strict(data, out value) || Lenient(data, out value);
            formatter.ReadFrom(reader);
            return Items(formatter.Feed, feedUrl);
        }
        catch (XmlException) when (!atRoot && Head(body).Contains("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase))
        {
            return new FeedResult.Failed(FeedFailureReason.NotAFeed, "an HTML page, not a feed");
        }
        catch (XmlException e) when (!atRoot && DeclaresDtd(body, e))
        {
            return new FeedResult.Failed(FeedFailureReason.DocumentTypeDefinition, "the document declares a DTD, which is never processed");
        }
        catch (XmlException e)
        {
            return atRoot
                ? new FeedResult.Failed(FeedFailureReason.Malformed, $"broken XML at line {e.LineNumber}, position {e.LinePosition}")
                : new FeedResult.Failed(FeedFailureReason.NotAFeed, "not XML");
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or UriFormatException)
        {
            return new FeedResult.Failed(FeedFailureReason.Malformed, e.Message);
        }
    }

    private static FeedResult.Read Items(SyndicationFeed feed, Uri? feedUrl)
    {
        var items = new List<FeedItem>();
        foreach (var item in feed.Items.Take(MaxItems))
        {
            var alternate = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate");
            var link = alternate?.GetAbsoluteUri() ?? alternate?.Uri;
            if (link is { IsAbsoluteUri: false } && feedUrl is { IsAbsoluteUri: true })
                link = new Uri(feedUrl, link);
            if (link is not null && (!link.IsAbsoluteUri || (link.Scheme != Uri.UriSchemeHttp && link.Scheme != Uri.UriSchemeHttps)))
                link = null;
            var title = Clean(item.Title?.Text);
            var id = Clean(item.Id) ?? link?.AbsoluteUri ?? title;
            if (id is null)
                continue;
            items.Add(new FeedItem(id, link, title, Known(item.PublishDate) ?? Known(item.LastUpdatedTime)));
        }

        return new FeedResult.Read(Clean(feed.Title?.Text), items);
    }

    /// <summary>Dates as feeds really write them; what even this cannot read becomes "no date" rather than a failed feed.</summary>
    private static bool Lenient(XmlDateTimeData data, out DateTimeOffset value)
    {
        if (!DateTimeOffset.TryParse(data.DateTimeString, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out value))
            value = DateTimeOffset.MinValue;
        return true;
    }

    private static DateTimeOffset? Known(DateTimeOffset value) => value == DateTimeOffset.MinValue ? null : value;

    private static string? Clean(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private static bool DeclaresDtd(byte[] body, XmlException e) =>
        e.Message.Contains("DTD", StringComparison.Ordinal)
        || Head(body).Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);

    private static string Head(byte[] body) => System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 4096));
}
