using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.GuildStreams;

namespace NewsBot.Commands.Discussions;

/// <summary>
/// Finds the discussion a command means, among those the asking guild may see (the shared ones and its own). Without a
/// choice: the discussion of the next stream that is live or upcoming; when nothing is scheduled, the latest document,
/// which is the last one by id (ids come from file names, which the newsroom numbers in order). A stream without a known
/// end counts as live for <see cref="AssumedDuration"/> after its start.
/// </summary>
internal sealed class DiscussionResolver(IDiscussionCatalog catalog, IStreamSchedule schedule, TimeProvider time, GuildStreamCache? storedStreams = null)
{
    /// <summary>The shared streams and the ones guilds stored (each seen only in its guild).</summary>
    private IReadOnlyList<StreamEntry> AllStreams => storedStreams?.With(schedule.Streams) ?? schedule.Streams;

    public static readonly TimeSpan AssumedDuration = TimeSpan.FromHours(1);

    /// <param name="given">What the user chose or typed, or null for the default.</param>
    /// <param name="guildId">The asking guild, or null (a DM): shared discussions only.</param>
    public DiscussionLookup Resolve(string? given, ulong? guildId)
    {
        var snapshot = catalog.Current;
        var all = snapshot.VisibleTo(guildId);
        if (all.Count == 0)
            return new DiscussionLookup.NoneLoaded();
        if (given is null)
            return new DiscussionLookup.Found(Default(snapshot, all, guildId));

        var found = snapshot.Find(given, guildId)
            ?? all.FirstOrDefault(d => string.Equals(d.Id, given, StringComparison.OrdinalIgnoreCase))
            ?? UniqueMatch(all, given);
        return found is null ? new DiscussionLookup.Unknown(given) : new DiscussionLookup.Found(found);
    }

    /// <summary>Streams <paramref name="guildId"/> sees (the shared ones and its own) that are live or still to come, by start.</summary>
    public IReadOnlyList<StreamEntry> Upcoming(ulong? guildId)
    {
        var now = time.GetUtcNow();
        return AllStreams.Where(s => s.IsVisibleTo(guildId) && (s.EndsAt ?? s.StartsAt + AssumedDuration) > now).OrderBy(s => s.StartsAt).ToList();
    }

    /// <summary>The discussion's live or next stream that <paramref name="guildId"/> sees, or null.</summary>
    public StreamEntry? NextStreamOf(string discussionId, ulong? guildId) => Upcoming(guildId).FirstOrDefault(s => s.DiscussionId == discussionId);

    /// <summary>The discussion's live or next stream that <paramref name="guildId"/> sees; else its most recent one; else null.</summary>
    public StreamEntry? StreamOf(string discussionId, ulong? guildId) =>
        NextStreamOf(discussionId, guildId)
        ?? AllStreams.Where(s => s.DiscussionId == discussionId && s.IsVisibleTo(guildId)).OrderBy(s => s.StartsAt).LastOrDefault();

    private Discussion Default(DiscussionSnapshot snapshot, IReadOnlyList<Discussion> all, ulong? guildId)
    {
        foreach (var stream in Upcoming(guildId))
        {
            if (snapshot.Find(stream.DiscussionId, guildId) is { } next)
                return next;
        }
        return all.OrderBy(d => d.Id, StringComparer.Ordinal).Last();
    }

    private static Discussion? UniqueMatch(IReadOnlyList<Discussion> all, string given)
    {
        var folded = SearchText.Fold(given);
        var matches = all.Where(d => DiscussionSearchKeys.Of(d) is var keys && (keys.Headline == folded || keys.Id == folded)).Take(2).ToList();
        if (matches.Count == 1)
            return matches[0];
        var partial = all.Where(d => DiscussionSearchKeys.Of(d).Headline.Contains(folded, StringComparison.Ordinal)).Take(2).ToList();
        return partial.Count == 1 ? partial[0] : null;
    }
}
