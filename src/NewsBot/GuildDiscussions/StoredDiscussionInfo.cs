namespace NewsBot.GuildDiscussions;

/// <summary>A saved discussion without its content, for listings and for noticing what changed.</summary>
internal sealed record StoredDiscussionInfo(
    ulong GuildId, string DiscussionId, DiscussionOrigin Origin, string Source, ulong AddedBy, DateTimeOffset AddedAt);
