using NewsBot.Web.Fetching;

namespace NewsBot.GuildFeeds;

/// <summary>What a finished poll leaves on its feed.</summary>
/// <param name="Validators">For the next conditional poll (unchanged after a 304 or a failure).</param>
/// <param name="NextPollAt">When to poll again: the interval, or the back-off after a failure.</param>
/// <param name="PolledAt">The poll's time when it got an answer; null after a failure (the feed keeps its last answered poll).</param>
/// <param name="Failures">Failures in a row, 0 after a good poll.</param>
/// <param name="LastError">Why it failed, or null after a good poll.</param>
internal sealed record FeedPollRecord(FetchValidators Validators, DateTimeOffset NextPollAt, DateTimeOffset? PolledAt, int Failures, string? LastError);
