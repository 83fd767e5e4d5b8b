namespace NewsBot.Announcements;

/// <summary>
/// One row of the announcement ledger. <c>NextAttemptAt</c>: when a planned row may be claimed (the due time, later
/// after a transient failure); <c>ClaimedAt</c>: when the last worker claimed it for posting; <c>FirstClaimedAt</c>: when
/// it was first claimed (its usefulness is judged then); <c>ClaimedBy</c>: the last claim's holder (null on rows claimed
/// before holders were recorded); <c>ClaimAbandoned</c>: a posting row whose holder's run is no longer its instance's
/// current run (that process restarted or gave up its id), so the claim may be taken over at once; <c>Reason</c>: why it
/// was skipped or failed (or the last transient error).
/// </summary>
public sealed record AnnouncementRecord(
    AnnouncementKey Key,
    string DiscussionId,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    DateTimeOffset DueAt,
    AnnouncementState State,
    string Nonce,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? ClaimedAt,
    ulong? ChannelId,
    ulong? MessageId,
    string? Reason,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FirstClaimedAt = null,
    ClaimHolder? ClaimedBy = null,
    bool ClaimAbandoned = false);
