using NewsBot.Core.Documents;

namespace NewsBot.GuildDiscussions;

/// <summary>Reads the servers' discussions again at once, after a save or removal, so the next command already sees the change.</summary>
internal interface IGuildDiscussionReload
{
    Task ReloadAsync(CancellationToken cancellationToken);
}

/// <summary>Has the catalog read <see cref="GuildDiscussionSource"/> again.</summary>
internal sealed class CatalogGuildDiscussionReload(DiscussionCatalog catalog, GuildDiscussionSource source) : IGuildDiscussionReload
{
    public Task ReloadAsync(CancellationToken cancellationToken) => catalog.RefreshAsync(source, cancellationToken);
}
