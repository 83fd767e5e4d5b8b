namespace NewsBot.Announcements;

/// <summary>
/// The persistent state of every announcement. Every transition is a conditional write on the current state, so two
/// workers (threads or instances on one PostgreSQL) can never both claim, and so never both post, one announcement.
/// A claim records its <see cref="ClaimHolder"/>; only that holder moves the row on from posting.
/// </summary>
public interface IAnnouncementLedger
{
    /// <summary>
    /// Makes <paramref name="holder"/>'s run the current run of its instance id and returns the run it replaced, if any.
    /// From then on the claims of that id's earlier runs count as abandoned, and those runs can no longer claim.
    /// </summary>
    Task<InstanceRun?> StartRunAsync(ClaimHolder holder, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The current run of an instance id, or null when none was started.</summary>
    Task<InstanceRun?> CurrentRunAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>Inserts the steps not yet known (as planned, due at their due time); keeps existing rows, but moves
    /// still-planned rows to the given channel.</summary>
    Task AddPlannedAsync(IReadOnlyCollection<PlannedAnnouncement> plan, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Every row that is planned or posting.</summary>
    Task<IReadOnlyList<AnnouncementRecord>> ListOpenAsync(CancellationToken cancellationToken);

    Task<AnnouncementRecord?> GetAsync(AnnouncementKey key, CancellationToken cancellationToken);

    /// <summary>
    /// → posting, held by <paramref name="holder"/>, from planned (with next attempt ≤ now) or from posting when that claim
    /// is abandoned (see <see cref="AnnouncementRecord.ClaimAbandoned"/>) or older than <c>now − lease</c> (its worker
    /// died or hangs). Only the current run of its instance id may claim. Returns the attempt and the first claim's time,
    /// or null when another worker has it, it is not due, it is finished, or <paramref name="holder"/> is not current.
    /// </summary>
    Task<LedgerClaim?> TryClaimAsync(AnnouncementKey key, ClaimHolder holder, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>posting (held by <paramref name="holder"/>) → posted.</summary>
    Task<bool> MarkPostedAsync(AnnouncementKey key, ClaimHolder holder, ulong messageId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>posting (held by <paramref name="holder"/>) → failed (permanent: not retried).</summary>
    Task<bool> MarkFailedAsync(AnnouncementKey key, ClaimHolder holder, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>posting (held by <paramref name="holder"/>) → planned again, claimable from <paramref name="nextAttemptAt"/> (transient failure).</summary>
    Task<bool> RetryLaterAsync(
        AnnouncementKey key, ClaimHolder holder, DateTimeOffset nextAttemptAt, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>posting (held by <paramref name="holder"/>) → skipped (the holder decided not to post, e.g. too late).</summary>
    Task<bool> SkipClaimedAsync(AnnouncementKey key, ClaimHolder holder, string reason, DateTimeOffset now, CancellationToken cancellationToken);

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
