using NewsBot.Web.Feeds;

namespace NewsBot.GuildFeeds;

/// <summary>
/// What marks an item as seen: its id and its link, each a key of its own, so an item that keeps its id but moves, or
/// comes again under a new id with the same link, is not taken twice.
/// </summary>
internal static class FeedItemKeys
{
    public static IReadOnlyList<string> Of(FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Link is { } link ? [$"id:{item.Id}", $"link:{link.AbsoluteUri}"] : [$"id:{item.Id}"];
    }
}
