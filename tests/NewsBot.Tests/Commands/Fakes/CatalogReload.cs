using NewsBot.GuildDiscussions;

namespace NewsBot.Tests.Commands.Fakes;

/// <summary>Reads the servers' stored discussions with the real source and puts them into the in-memory catalog.</summary>
internal sealed class CatalogReload(InMemoryDiscussionCatalog catalog, GuildDiscussionSource source) : IGuildDiscussionReload
{
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var reading = await source.ReadAsync(cancellationToken);
        catalog.GuildDiscussions.Clear();
        catalog.GuildDiscussions.AddRange(reading.Discussions.Select(d => (d.Discussion, d.Scope.GuildId!.Value)));
    }
}
