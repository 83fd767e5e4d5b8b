namespace NewsBot.Web.Feeds;

/// <summary>One entry of a feed.</summary>
/// <param name="Id">The item's own id (RSS guid, Atom id), else its link, else its title: what de-duplicates it.</param>
/// <param name="Link">The page the item points to, when it has an absolute http(s) link.</param>
/// <param name="Title">The item's title, or null.</param>
/// <param name="Published">Publication (else update) time; null when missing or unreadable.</param>
public sealed record FeedItem(string Id, Uri? Link, string? Title, DateTimeOffset? Published);
