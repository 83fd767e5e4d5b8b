using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;

namespace NewsBot.Streams;

/// <summary>
/// The schedule everyone reads: the shared streams (the schedule file, seen by every guild) and the streams moderators
/// stored (each with its owning guild). A stored stream whose discussion its guild can no longer see is left out, as the
/// file leaves out a stream whose document is gone. Changes of either, or of the catalog, raise <see cref="Changed"/>.
/// </summary>
internal sealed class CombinedStreamSchedule : IStreamSchedule, IDisposable
{
    private readonly IStreamSchedule _shared;
    private readonly GuildStreamCache _stored;
    private readonly IDiscussionCatalog _catalog;
    private readonly Lock _gate = new();
    private (IReadOnlyList<StreamEntry> Shared, IReadOnlyList<StreamEntry> Stored, DiscussionSnapshot Catalog, IReadOnlyList<StreamEntry> Merged)? _merged;

    public CombinedStreamSchedule(IStreamSchedule shared, GuildStreamCache stored, IDiscussionCatalog catalog)
    {
        _shared = shared;
        _stored = stored;
        _catalog = catalog;
        _shared.Changed += OnChanged;
        _stored.Changed += OnChanged;
        _catalog.Changed += OnCatalogChanged;
    }

    public IReadOnlyList<StreamEntry> Streams
    {
        get
        {
            var shared = _shared.Streams;
            var stored = _stored.Streams;
            var catalog = _catalog.Current;
            lock (_gate)
            {
                if (_merged is { } cached && ReferenceEquals(cached.Shared, shared) && ReferenceEquals(cached.Stored, stored) && ReferenceEquals(cached.Catalog, catalog))
                    return cached.Merged;
                IReadOnlyList<StreamEntry> merged = stored.Count == 0
                    ? shared
                    : [.. shared.Concat(stored.Where(s => catalog.Find(s.DiscussionId, s.Owner!.GuildId) is not null))
                        .OrderBy(s => s.StartsAt).ThenBy(s => s.DiscussionId, StringComparer.Ordinal).ThenBy(s => s.Owner?.GuildId)];
                _merged = (shared, stored, catalog, merged);
                return merged;
            }
        }
    }

    public event EventHandler? Changed;

    public void Dispose()
    {
        _shared.Changed -= OnChanged;
        _stored.Changed -= OnChanged;
        _catalog.Changed -= OnCatalogChanged;
    }

    private void OnChanged(object? sender, EventArgs e) => Changed?.Invoke(this, EventArgs.Empty);

    // The file schedule re-raises its own change when the catalog changes it; stored streams may change visibility too.
    private void OnCatalogChanged(object? sender, EventArgs e)
    {
        if (_stored.Streams.Count > 0)
            Changed?.Invoke(this, EventArgs.Empty);
    }
}
