namespace NewsBot.GuildStreams;

/// <summary>Streams moderators scheduled from Discord, per guild (the <c>guild_streams</c> table).</summary>
internal interface IGuildStreamStore
{
    /// <summary>Adds a new stream; its (guild, key) must be new.</summary>
    Task AddAsync(GuildStream stream, CancellationToken cancellationToken);

    /// <summary>
    /// Adds a new stream unless the guild already has <paramref name="limit"/> streams not over at <paramref name="now"/>
    /// (counted as <see cref="CountNotOverAsync"/> does, in the same transaction); false when refused.
    /// </summary>
    Task<bool> AddWithinLimitAsync(GuildStream stream, int limit, DateTimeOffset now, TimeSpan defaultDuration, CancellationToken cancellationToken);

    /// <summary>Replaces start, end, link, zone and who/when updated of a stored stream; false when it is not stored.</summary>
    Task<bool> UpdateAsync(GuildStream stream, CancellationToken cancellationToken);

    /// <summary>Removes a stream; false when it was not stored.</summary>
    Task<bool> RemoveAsync(ulong guildId, string streamKey, CancellationToken cancellationToken);

    /// <summary>The stream, or null.</summary>
    Task<GuildStream?> FindAsync(ulong guildId, string streamKey, CancellationToken cancellationToken);

    /// <summary>Every guild's streams that start or end after <paramref name="after"/>, by start.</summary>
    Task<IReadOnlyList<GuildStream>> ListAsync(DateTimeOffset after, CancellationToken cancellationToken);

    /// <summary>How many of the guild's streams are not over at <paramref name="now"/> (one without an end lasts <paramref name="defaultDuration"/>).</summary>
    Task<int> CountNotOverAsync(ulong guildId, DateTimeOffset now, TimeSpan defaultDuration, CancellationToken cancellationToken);
}
