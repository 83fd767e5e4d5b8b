using System.Collections.Frozen;

namespace NewsBot.Core.Documents;

/// <summary>
/// Every loaded discussion at one moment, immutable, so lookups need no lock: take <see cref="IDiscussionCatalog.Current"/>
/// once per request for a consistent view. A guild sees the shared discussions and its own; a request without a guild
/// (a DM, the shared schedule) sees the shared ones only. Within what one guild sees, an id names one discussion.
/// </summary>
public sealed class DiscussionSnapshot
{
    private readonly Discussion[] _shared;
    private readonly FrozenDictionary<string, Discussion> _sharedById;
    private readonly FrozenDictionary<ulong, GuildDiscussions> _guilds;

    private DiscussionSnapshot(
        Discussion[] shared, FrozenDictionary<string, Discussion> sharedById, FrozenDictionary<ulong, GuildDiscussions> guilds,
        IReadOnlyList<DocumentError> errors)
    {
        _shared = shared;
        _sharedById = sharedById;
        _guilds = guilds;
        Errors = errors;
        Count = shared.Length + guilds.Values.Sum(g => g.Count);
    }

    public static DiscussionSnapshot Empty { get; } =
        new([], FrozenDictionary<string, Discussion>.Empty, FrozenDictionary<ulong, GuildDiscussions>.Empty, []);

    /// <summary>How many discussions are loaded, in every scope.</summary>
    public int Count { get; }

    /// <summary>The documents the sources could not serve (a guild's errors carry its scope).</summary>
    public IReadOnlyList<DocumentError> Errors { get; }

    /// <summary>The discussion with this id that <paramref name="guildId"/> may see, or null.</summary>
    public Discussion? Find(string id, ulong? guildId)
    {
        if (_sharedById.TryGetValue(id, out var shared))
            return shared;
        return guildId is { } guild && _guilds.TryGetValue(guild, out var own) ? own.Find(id) : null;
    }

    /// <summary>Every discussion <paramref name="guildId"/> may see (null: the shared ones), ordered by id.</summary>
    public IReadOnlyList<Discussion> VisibleTo(ulong? guildId) =>
        guildId is { } guild && _guilds.TryGetValue(guild, out var own) ? own.VisibleWith(_shared) : _shared;

    /// <summary>
    /// A snapshot of these discussions. Ids must be unique among the shared ones and, within each guild, among its own and
    /// the shared ones; the catalog settles clashes between sources before (see <c>IdConflicts</c>).
    /// </summary>
    /// <exception cref="ArgumentException">An id occurs twice where one guild would see both.</exception>
    public static DiscussionSnapshot Of(IEnumerable<SourcedDiscussion> discussions, IReadOnlyList<DocumentError>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(discussions);
        var shared = new List<Discussion>();
        var guilds = new Dictionary<ulong, List<Discussion>>();
        foreach (var item in discussions)
        {
            if (item.Scope.GuildId is { } guild)
            {
                if (!guilds.TryGetValue(guild, out var own))
                    guilds[guild] = own = [];
                own.Add(item.Discussion);
            }
            else
            {
                shared.Add(item.Discussion);
            }
        }

        var sharedIds = shared.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        if (sharedIds.Count != shared.Count)
            throw new ArgumentException("Two shared discussions have the same id.", nameof(discussions));
        var parts = guilds.ToFrozenDictionary(g => g.Key, g => new GuildDiscussions(g.Key, g.Value, sharedIds));
        var ordered = ById(shared);
        return new DiscussionSnapshot(ordered, ordered.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal), parts, errors ?? []);
    }

    /// <summary>The same discussions (the very same lists) with other errors.</summary>
    public DiscussionSnapshot WithErrors(IReadOnlyList<DocumentError> errors) => new(_shared, _sharedById, _guilds, errors);

    /// <summary>A snapshot of shared discussions only (e.g. for tests and tools).</summary>
    public static DiscussionSnapshot OfShared(IEnumerable<Discussion> discussions) =>
        Of(discussions.Select(d => new SourcedDiscussion(d, DiscussionScope.Shared, d.Id)));

    private static Discussion[] ById(IEnumerable<Discussion> discussions) =>
        [.. discussions.OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>One guild's own discussions; what it sees with the shared ones is merged on first use and kept.</summary>
    private sealed class GuildDiscussions
    {
        private readonly Discussion[] _own;
        private readonly Dictionary<string, Discussion> _byId;
        private Discussion[]? _visible;

        public GuildDiscussions(ulong guildId, List<Discussion> own, HashSet<string> sharedIds)
        {
            _own = ById(own);
            _byId = new Dictionary<string, Discussion>(_own.Length, StringComparer.Ordinal);
            foreach (var discussion in _own)
            {
                if (sharedIds.Contains(discussion.Id) || !_byId.TryAdd(discussion.Id, discussion))
                    throw new ArgumentException($"Guild {guildId} would see two discussions with the id '{discussion.Id}'.", nameof(own));
            }
        }

        public int Count => _own.Length;

        public Discussion? Find(string id) => _byId.GetValueOrDefault(id);

        // Many guilds may never ask between two refreshes, so the merged list is built lazily; racing builders make equal
        // arrays and one of them is kept.
        public Discussion[] VisibleWith(Discussion[] shared)
        {
            if (Volatile.Read(ref _visible) is { } visible)
                return visible;
            var built = Merge(shared, _own);
            return Interlocked.CompareExchange(ref _visible, built, null) ?? built;
        }

        private static Discussion[] Merge(Discussion[] a, Discussion[] b)
        {
            var merged = new Discussion[a.Length + b.Length];
            int i = 0, j = 0, k = 0;
            while (i < a.Length && j < b.Length)
                merged[k++] = string.CompareOrdinal(a[i].Id, b[j].Id) <= 0 ? a[i++] : b[j++];
            while (i < a.Length)
                merged[k++] = a[i++];
            while (j < b.Length)
                merged[k++] = b[j++];
            return merged;
        }
    }
}
