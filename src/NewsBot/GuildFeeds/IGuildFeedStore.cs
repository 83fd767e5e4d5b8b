namespace NewsBot.GuildFeeds;

/// <summary>
/// The feeds servers follow and the items already seen. Each server sees only its own feeds; a poll claims a feed with a
/// lease so that one instance at a time polls it.
/// </summary>
internal interface IGuildFeedStore
{
    /// <summary>Follows <paramref name="url"/> for the server, due for its first poll at <paramref name="now"/>, unless it already does or is at <paramref name="limit"/>.</summary>
    Task<FollowOutcome> FollowAsync(ulong guildId, string url, ulong addedBy, DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Stops following (and forgets its seen items); false when the server did not follow it.</summary>
    Task<bool> UnfollowAsync(ulong guildId, string url, CancellationToken cancellationToken);

    /// <summary>The server's feeds, by URL.</summary>
    Task<IReadOnlyList<GuildFeed>> ListAsync(ulong guildId, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> feeds due at <paramref name="now"/> that nobody holds (or whose holder's lease ran
    /// out) for <paramref name="holder"/> until now + <paramref name="lease"/>; returns the ones this call won.
    /// </summary>
    Task<IReadOnlyList<GuildFeed>> ClaimDueAsync(string holder, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>Of <paramref name="keys"/>, the ones already seen on this feed.</summary>
    Task<IReadOnlySet<string>> SeenAsync(ulong guildId, string url, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Marks <paramref name="keys"/> as seen on this feed (keys seen before stay as they were).</summary>
    Task RememberAsync(ulong guildId, string url, IReadOnlyCollection<string> keys, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Marks those of <paramref name="keys"/> already seen as seen again at <paramref name="now"/>: they are still in the
    /// feed, so pruning keeps them.
    /// </summary>
    Task TouchAsync(ulong guildId, string url, IReadOnlyCollection<string> keys, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets the feed's seen items no poll has seen in the feed since <paramref name="cutoff"/>, and item failures last
    /// tried before it; returns how many seen keys went.
    /// </summary>
    Task<int> PruneAsync(ulong guildId, string url, DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Counts one more failed attempt at an item's page; returns the attempts so far.</summary>
    Task<int> CountItemFailureAsync(ulong guildId, string url, string itemKey, string error, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The server's items tried at least <paramref name="minAttempts"/> times, newest first.</summary>
    Task<IReadOnlyList<FeedItemFailure>> ItemFailuresAsync(ulong guildId, int minAttempts, CancellationToken cancellationToken);

    /// <summary>Records a finished poll and releases the claim; false (nothing written) when <paramref name="holder"/> no longer holds it.</summary>
    Task<bool> CompleteAsync(ulong guildId, string url, string holder, FeedPollRecord record, CancellationToken cancellationToken);
}
