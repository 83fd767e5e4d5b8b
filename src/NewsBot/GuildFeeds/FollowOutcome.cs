namespace NewsBot.GuildFeeds;

/// <summary>What following a feed did. Nothing is stored unless it is <see cref="Followed"/>.</summary>
internal enum FollowOutcome
{
    Followed,

    /// <summary>The server follows this URL already.</summary>
    AlreadyFollowed,

    /// <summary>The server follows as many feeds as it may.</summary>
    LimitReached,
}
