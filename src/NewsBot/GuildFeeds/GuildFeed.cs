namespace NewsBot.GuildFeeds;

/// <summary>A feed one server follows, with what its polls left behind.</summary>
/// <param name="GuildId">The server whose discussions its new items become.</param>
/// <param name="Url">The feed's address as the moderator gave it.</param>
/// <param name="AddedBy">The moderator who followed it.</param>
/// <param name="AddedAt">When.</param>
/// <param name="Validators">ETag and Last-Modified of the last full answer, sent with the next poll.</param>
/// <param name="NextPollAt">When it is polled next.</param>
/// <param name="PolledAt">The last poll that answered (null: never, so the next poll only remembers what is there).</param>
/// <param name="Failures">Polls failed in a row (0 when the last one worked); the back-off doubles with each.</param>
/// <param name="LastError">Why the last poll failed, in English, or null.</param>
internal sealed record GuildFeed(
    ulong GuildId,
    string Url,
    ulong AddedBy,
    DateTimeOffset AddedAt,
    NewsBot.Web.Fetching.FetchValidators Validators,
    DateTimeOffset NextPollAt,
    DateTimeOffset? PolledAt,
    int Failures,
    string? LastError);
