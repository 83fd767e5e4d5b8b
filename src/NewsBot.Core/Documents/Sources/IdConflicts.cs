namespace NewsBot.Core.Documents.Sources;

/// <summary>
/// Keeps one discussion per id in every guild's view. A shared discussion wins over a guild's with the same id (the
/// shared schedule and every other guild already mean the shared one); within one scope the first offered wins, and
/// sources are asked in the order they were registered (the documents folder first). The others are refused.
/// </summary>
internal static class IdConflicts
{
    public static IReadOnlyList<SourcedDiscussion> Settle(IReadOnlyList<SourcedDiscussion> inOrder, out IReadOnlyList<IdConflict> conflicts)
    {
        var kept = new List<SourcedDiscussion>(inOrder.Count);
        var refused = new List<IdConflict>();
        var shared = new Dictionary<string, SourcedDiscussion>(StringComparer.Ordinal);
        foreach (var item in inOrder.Where(d => d.Scope.IsShared))
        {
            if (shared.TryAdd(item.Discussion.Id, item))
                kept.Add(item);
            else
                refused.Add(new IdConflict(item, shared[item.Discussion.Id]));
        }

        var owned = new Dictionary<(ulong Guild, string Id), SourcedDiscussion>();
        foreach (var item in inOrder.Where(d => !d.Scope.IsShared))
        {
            var id = item.Discussion.Id;
            if (shared.TryGetValue(id, out var sharedOne))
                refused.Add(new IdConflict(item, sharedOne));
            else if (!owned.TryAdd((item.Scope.GuildId!.Value, id), item))
                refused.Add(new IdConflict(item, owned[(item.Scope.GuildId.Value, id)]));
            else
                kept.Add(item);
        }

        conflicts = refused;
        return kept;
    }
}

/// <summary>A discussion refused because another one with its id is served where both would be seen.</summary>
internal sealed record IdConflict(SourcedDiscussion Refused, SourcedDiscussion Served)
{
    public DocumentError ToError() => new(
        Refused.Origin, $"the id '{Refused.Discussion.Id}' is already used by {Served.Origin} ({Served.Scope}), which is served instead", Refused.Scope);
}
