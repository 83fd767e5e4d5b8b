namespace NewsBot.Announcements;

/// <summary>One step the planner wants: due at <c>StartsAt − Key.Offset</c>.</summary>
public sealed record PlannedAnnouncement(
    AnnouncementKey Key,
    string DiscussionId,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    DateTimeOffset DueAt,
    ulong ChannelId);
