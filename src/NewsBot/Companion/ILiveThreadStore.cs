namespace NewsBot.Companion;

/// <summary>The live threads' state. Every transition is a conditional write, so two workers never both act on one step.</summary>
public interface ILiveThreadStore
{
    /// <summary>
    /// Plans a thread for every posted "live now" announcement of a stream not yet over, in guilds whose live thread is on;
    /// rows that exist stay as they are. Returns how many were added.
    /// </summary>
    Task<int> PlanFromLiveAnnouncementsAsync(DateTimeOffset now, TimeSpan defaultDuration, CancellationToken cancellationToken);

    /// <summary>Threads still to start, and open threads whose recap still waits or is still kept up to date.</summary>
    Task<IReadOnlyList<LiveThreadRecord>> ListUnfinishedAsync(CancellationToken cancellationToken);

    Task<LiveThreadRecord?> GetAsync(string streamKey, ulong guildId, CancellationToken cancellationToken);

    /// <summary>The guild's open thread of the stream, if any.</summary>
    Task<LiveThreadRecord?> OpenThreadAsync(string streamKey, ulong guildId, CancellationToken cancellationToken);

    /// <summary>The guild's thread whose stream ended latest within (<paramref name="endedAfter"/>, <paramref name="now"/>], if any.</summary>
    Task<LiveThreadRecord?> LatestEndedAsync(ulong guildId, DateTimeOffset endedAfter, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Takes the row for one step unless another worker holds it (claimed after <c>now − lease</c>); the attempt, or null.</summary>
    Task<int?> TryClaimAsync(string streamKey, ulong guildId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>planned → open with the thread (and the stream's link); the claim is released.</summary>
    Task<bool> MarkOpenAsync(string streamKey, ulong guildId, ulong threadId, string? link, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>planned → failed or skipped, for good.</summary>
    Task<bool> GiveUpAsync(string streamKey, ulong guildId, LiveThreadState state, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Keeps the row as it is for another attempt after the lease; records why this one did not finish.</summary>
    Task NoteAttemptAsync(string streamKey, ulong guildId, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Recap waiting → posted (with its message), or waiting/posted → final or failed; the claim is released.
    /// </summary>
    Task<bool> MarkRecapAsync(
        string streamKey, ulong guildId, RecapState state, ulong? messageId, string? reason, DateTimeOffset now, CancellationToken cancellationToken);
}
