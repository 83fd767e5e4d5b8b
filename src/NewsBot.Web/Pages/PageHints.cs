using NewsBot.Core.Documents;
using NewsBot.Core.Documents.Time;

namespace NewsBot.Web.Pages;

/// <summary>What a page states in machine-readable form, beside its text.</summary>
/// <param name="OpenGraphTitle">The <c>og:title</c> meta property, or null.</param>
/// <param name="DocumentTitle">The <c>&lt;title&gt;</c>, or null.</param>
/// <param name="Events">schema.org <c>Event</c>s (and subtypes such as <c>BroadcastEvent</c>) from the page's JSON-LD, in page order.</param>
public sealed record PageHints(string? OpenGraphTitle, string? DocumentTitle, IReadOnlyList<PageEvent> Events)
{
    /// <summary>The event the page is about: the first that says when it starts.</summary>
    public PageEvent? MainEvent => Events.FirstOrDefault(e => e.Start is not null) ?? (Events.Count > 0 ? Events[0] : null);
}

/// <summary>One schema.org event as the page's JSON-LD describes it.</summary>
/// <param name="Type">The schema.org type as written ("Event", "BroadcastEvent", …).</param>
/// <param name="Name"><c>name</c>, or the name of the object it is nested in (a <c>TVEpisode</c>'s <c>publication</c>).</param>
/// <param name="Start"><c>startDate</c> as a wall-clock moment with its offset as the zone; null when missing or unreadable.</param>
/// <param name="End"><c>endDate</c>, likewise.</param>
/// <param name="Performers"><c>performer</c> and <c>actor</c>, with <c>jobTitle</c> as role and <c>affiliation</c>/<c>worksFor</c>.</param>
/// <param name="Organizer"><c>organizer</c>'s name.</param>
/// <param name="Url"><c>url</c> as written.</param>
public sealed record PageEvent(
    string Type,
    string? Name,
    AnnouncedMoment? Start,
    AnnouncedMoment? End,
    IReadOnlyList<Expert> Performers,
    string? Organizer,
    string? Url);
