namespace NewsBot.Announcements;

/// <summary>
/// One row of the announcement ledger. <c>NextAttemptAt</c>: when a planned row may be claimed (the due time, later
/// after a transient failure); <c>ClaimedAt</c>: when the last worker claimed it for posting; <c>Reason</c>: why it was
/// skipped or failed (or the last transient error).
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
    DateTimeOffset UpdatedAt);
