namespace NewsBot.GuildFeeds;

/// <summary>A feed item whose page could not be fetched: how often it was tried, and the last reason (with its page).</summary>
/// <param name="Url">The feed.</param>
/// <param name="ItemKey">The item's first key (<see cref="FeedItemKeys"/>).</param>
/// <param name="Attempts">Polls that tried it.</param>
/// <param name="LastError">The page and why its last fetch failed, in English.</param>
/// <param name="At">When it was last tried.</param>
internal sealed record FeedItemFailure(string Url, string ItemKey, int Attempts, string LastError, DateTimeOffset At);
