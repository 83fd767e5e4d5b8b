using NewsBot.Core.Documents;
using NewsBot.Core.Documents.Time;
using NewsBot.Web.Fetching;

namespace NewsBot.Web.Pages;

/// <summary>
/// A fetched page as a <see cref="Discussion"/>: its text goes through the same reader as a document file, then the
/// page's structured data corrects what text reading can only guess (see <see cref="ApplyHints"/>).
/// </summary>
public static class PageDiscussion
{
    /// <summary>What a page gave: the parse result (hints applied) and the hints themselves, for a preview.</summary>
    public sealed record Reading(ParseResult Result, string Text, PageHints? Hints);

    public static async Task<Reading> ReadAsync(FetchResult.Fetched page, string id, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.IsXml)
            return new Reading(new ParseResult.Rejected($"{page.MediaType} is a feed or XML, not a page"), "", null);
        if (page.MediaType == "text/plain")
        {
            var text = DocumentDecoder.Decode(page.Body, out var error);
            return text is null
                ? new Reading(new ParseResult.Rejected(error ?? "not a text document"), "", null)
                : new Reading(DocumentReader.Parse(id, page.Body, maxBytes), text, null);
        }

        var reading = await HtmlPageReader.ReadAsync(page.Body, page.Charset, page.Url, cancellationToken);
        var result = DiscussionParser.Parse(id, reading.Text);
        return new Reading(result is ParseResult.Parsed parsed ? new ParseResult.Parsed(ApplyHints(parsed.Discussion, reading.Hints)) : result, reading.Text, reading.Hints);
    }

    /// <summary>
    /// The page's main event (the first schema.org Event with a start) wins over guessing: its start and end replace
    /// the time read from the text; its name becomes the stream title when the text has no "title | show" line; its
    /// performers and actors are the panel when the text introduces none. The headline stays the page's own (its h1,
    /// else og:title, else &lt;title&gt; — chosen while reading the HTML).
    /// </summary>
    public static Discussion ApplyHints(Discussion discussion, PageHints hints)
    {
        ArgumentNullException.ThrowIfNull(discussion);
        ArgumentNullException.ThrowIfNull(hints);
        if (hints.MainEvent is not { } main)
            return discussion;
        var result = discussion;
        if (main.Start is { } start)
        {
            var end = EndOnStartDay(start, main.End);
            var fields = end is null ? "startDate" : "startDate and endDate";
            result = result with { Broadcast = new BroadcastTime(start, end, $"schema.org {main.Type} {fields} in the page's JSON-LD", Line: 0) };
        }

        if (discussion.Show is null && main.Name is { } name)
            result = result with { StreamTitle = name };
        if (discussion.Panel.Count == 0 && main.Performers.Count > 0)
            result = result with { Panel = main.Performers.Where(p => p.Name != discussion.Host).ToArray() };
        return result;
    }

    /// <summary>
    /// A <see cref="BroadcastTime"/>'s end carries the start's date (an earlier clock means the next day), so an end
    /// on the start's day or before the start's clock on the next day is kept; a longer event keeps only its start.
    /// </summary>
    private static AnnouncedMoment? EndOnStartDay(AnnouncedMoment start, AnnouncedMoment? end)
    {
        if (end is not { TimeOfDay: { } endClock, Date: { } endDate } || start is not { TimeOfDay: { } startClock, Date: { } startDate })
            return null;
        var startDay = new DateOnly(startDate.Year ?? 2000, startDate.Month, startDate.Day);
        var endDay = new DateOnly(endDate.Year ?? 2000, endDate.Month, endDate.Day);
        var sameDay = endDay == startDay && endClock > startClock;
        var overnight = endDay == startDay.AddDays(1) && endClock <= startClock;
        return sameDay || overnight ? end with { Date = startDate } : null;
    }
}
