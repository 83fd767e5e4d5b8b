namespace NewsBot.Announcements.Events;

/// <summary>The Discord event kept for each stream in each guild (one row per guild and mirror key).</summary>
internal interface IMirroredEventStore
{
    /// <summary>The guild's rows, by mirror key.</summary>
    Task<IReadOnlyList<MirroredEvent>> ListAsync(ulong guildId, CancellationToken cancellationToken);

    /// <summary>Inserts the row or replaces the one with the same guild and mirror key.</summary>
    Task SaveAsync(MirroredEvent mirrored, CancellationToken cancellationToken);

    /// <summary>Deletes the rows of streams that ended before <paramref name="endedBefore"/>; returns how many.</summary>
    Task<int> DeleteEndedBeforeAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken);
}
