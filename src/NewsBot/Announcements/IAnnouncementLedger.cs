namespace NewsBot.Announcements;

/// <summary>
/// The persistent state of every announcement. Every transition is a conditional write on the current state, so two
/// workers (threads or instances on one PostgreSQL) can never both claim, and so never both post, one announcement.
/// </summary>
public interface IAnnouncementLedger
{
    /// <summary>Inserts the steps not yet known (as planned, due at their due time); keeps existing rows, but moves
    /// still-planned rows to the given channel.</summary>
    Task AddPlannedAsync(IReadOnlyCollection<PlannedAnnouncement> plan, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Every row that is planned or posting.</summary>
    Task<IReadOnlyList<AnnouncementRecord>> ListOpenAsync(CancellationToken cancellationToken);

    Task<AnnouncementRecord?> GetAsync(AnnouncementKey key, CancellationToken cancellationToken);

    /// <summary>planned (with next attempt ≤ now) or posting claimed before <c>now − lease</c> (its worker died) → posting.
    /// Returns the attempt number, or null when another worker has it or it is finished.</summary>
    Task<int?> TryClaimAsync(AnnouncementKey key, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>posting → posted.</summary>
    Task<bool> MarkPostedAsync(AnnouncementKey key, ulong messageId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>posting → failed (permanent: not retried).</summary>
    Task<bool> MarkFailedAsync(AnnouncementKey key, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>posting → planned again, claimable from <paramref name="nextAttemptAt"/> (transient failure).</summary>
    Task<bool> RetryLaterAsync(AnnouncementKey key, DateTimeOffset nextAttemptAt, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>posting → skipped (the claiming worker decided not to post, e.g. too late).</summary>
    Task<bool> SkipClaimedAsync(AnnouncementKey key, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>planned → skipped (re-planning: the stream or the step is gone). Never touches a posting or posted row.</summary>
    Task<bool> CancelPlannedAsync(AnnouncementKey key, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes finished steps (posted, failed, skipped) of streams over before <paramref name="endedBefore"/> (a stream
    /// without an end counts from its start); returns how many. Planned and posting steps are never deleted.
    /// </summary>
    Task<int> DeleteFinishedAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken);

    /// <summary>The guild's latest failed announcements and mirrored events, newest first.</summary>
    Task<IReadOnlyList<AnnouncementFailure>> RecentFailuresAsync(ulong guildId, int limit, CancellationToken cancellationToken);
}
