namespace NewsBot.Core.Documents;

/// <summary>Single lookups on the current snapshot. Several lookups for one request should share one <see cref="IDiscussionCatalog.Current"/>.</summary>
public static class DiscussionCatalogExtensions
{
    /// <summary>The discussion with this id that <paramref name="guildId"/> may see (null: shared ones only), or null.</summary>
    public static Discussion? Find(this IDiscussionCatalog catalog, string id, ulong? guildId) =>
        catalog.Current.Find(id, guildId);

    /// <summary>Every discussion <paramref name="guildId"/> may see (null: shared ones only), ordered by id.</summary>
    public static IReadOnlyList<Discussion> VisibleTo(this IDiscussionCatalog catalog, ulong? guildId) =>
        catalog.Current.VisibleTo(guildId);
}
