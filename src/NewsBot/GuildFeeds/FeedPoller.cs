using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Commands.OwnDiscussions;
using NewsBot.Core.Documents;
using NewsBot.GuildDiscussions;
using NewsBot.Texts;
using NewsBot.Web.Feeds;
using NewsBot.Web.Fetching;

namespace NewsBot.GuildFeeds;

/// <summary>
/// One round of feed polling: claims the feeds that are due (a lease in the database, so no other instance polls them
/// meanwhile), fetches each conditionally and reads it. A feed's first answered poll only remembers its items, so a new
/// feed never floods its server with the backlog; later, each item seen neither by id nor by link is read like a page a
/// moderator named (<see cref="DocumentIntake.FromUrlAsync"/>) and saved as a discussion of that server. A feed that
/// fails backs off, doubling up to <see cref="GuildFeedsOptions.MaxBackoff"/>, and keeps its error for the feeds list.
/// </summary>
internal sealed partial class FeedPoller(
    IGuildFeedStore feeds, IWebFetcher fetcher, DocumentIntake intake, IGuildDiscussionStore discussions, IDiscussionCatalog catalog,
    IGuildDiscussionReload reload, IOptions<GuildFeedsOptions> options, IOptions<GuildDiscussionsOptions> discussionOptions,
    TimeProvider time, ILogger<FeedPoller> logger)
{
    /// <summary>Feeds one round claims; the rest wait for the next round.</summary>
    private const int FeedsPerRound = 20;

    /// <summary>New items one poll takes; more stay unseen and come with the next poll.</summary>
    private const int ItemsPerPoll = 10;

    /// <summary>Who holds this poller's claims: the machine and a random run id.</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    /// <summary>Polls every feed due now that this instance could claim; returns how many it polled.</summary>
    public async Task<int> PollDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var claimed = await feeds.ClaimDueAsync(Holder, time.GetUtcNow(), settings.ClaimLease, FeedsPerRound, cancellationToken);
        var saved = false;
        foreach (var feed in claimed)
            saved |= await PollAsync(feed, cancellationToken);
        if (saved)
            await reload.ReloadAsync(cancellationToken);
        return claimed.Count;
    }

    /// <summary>Polls one claimed feed and releases it; true when a discussion was saved.</summary>
    private async Task<bool> PollAsync(GuildFeed feed, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var url = new Uri(feed.Url);
        var fetched = await fetcher.FetchAsync(url, feed.PolledAt is null ? null : feed.Validators, cancellationToken);
        var now = time.GetUtcNow();
        FeedResult? read = null;
        var problem = fetched switch
        {
            FetchResult.Failed failed => failed.ToString(),
            FetchResult.Fetched { IsXml: false } page => $"NotAFeed: {page.MediaType}, not RSS or Atom",
            FetchResult.Fetched page => (read = FeedParser.Parse(page.Body, page.Url)) is FeedResult.Failed bad ? bad.ToString() : null,
            _ => null,
        };
        if (problem is not null)
        {
            var failures = feed.Failures + 1;
            var wait = Backoff(settings, failures);
            LogFailed(feed.GuildId, feed.Url, failures, problem, wait);
            await CompleteAsync(feed, new FeedPollRecord(feed.Validators, now + wait, null, failures, problem), cancellationToken);
            return false;
        }

        if (fetched is FetchResult.NotModified)
        {
            await CompleteAsync(feed, new FeedPollRecord(feed.Validators, now + settings.PollInterval, now, 0, null), cancellationToken);
            return false;
        }

        var validators = ((FetchResult.Fetched)fetched).Validators;
        var items = ((FeedResult.Read)read!).Items;
        var (saved, note) = feed.PolledAt is null
            ? await RememberBacklogAsync(feed, items, now, cancellationToken)
            : await TakeNewAsync(feed, items, cancellationToken);
        await CompleteAsync(feed, new FeedPollRecord(validators, time.GetUtcNow() + settings.PollInterval, now, 0, note), cancellationToken);
        return saved;
    }

    private async Task<(bool Saved, string? Note)> RememberBacklogAsync(GuildFeed feed, IReadOnlyList<FeedItem> items, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await feeds.RememberAsync(feed.GuildId, feed.Url, [.. items.SelectMany(FeedItemKeys.Of)], now, cancellationToken);
        LogFirstPoll(feed.GuildId, feed.Url, items.Count);
        return (false, null);
    }

    /// <summary>
    /// Oldest first, so discussions arrive in the feed's order; an item is remembered once it was dealt with. An item whose
    /// page could not be fetched for a passing reason stays unseen, so the next poll tries it again, up to
    /// <see cref="GuildFeedsOptions.MaxItemAttempts"/> times. The items still in the feed are marked seen again, and the
    /// ones no poll found for <see cref="GuildFeedsOptions.KeepSeenItemsFor"/> are forgotten.
    /// </summary>
    private async Task<(bool Saved, string? Note)> TakeNewAsync(GuildFeed feed, IReadOnlyList<FeedItem> items, CancellationToken cancellationToken)
    {
        var allKeys = items.SelectMany(FeedItemKeys.Of).ToList();
        var seen = await feeds.SeenAsync(feed.GuildId, feed.Url, allKeys, cancellationToken);
        var taken = new HashSet<string>(seen, StringComparer.Ordinal);
        var saved = false;
        string? note = null;
        var handled = 0;
        foreach (var item in items.Reverse())
        {
            var keys = FeedItemKeys.Of(item);
            if (keys.Any(taken.Contains))
                continue;
            if (handled++ == ItemsPerPoll)
                break;
            var (outcome, keep, again) = await SaveItemAsync(feed, item, cancellationToken);
            saved |= outcome is SaveOutcome.Saved;
            note = keep ?? note;
            if (outcome is SaveOutcome.LimitReached)
                break;
            if (again)
                continue;
            foreach (var key in keys)
                taken.Add(key);
            await feeds.RememberAsync(feed.GuildId, feed.Url, keys, time.GetUtcNow(), cancellationToken);
        }
        await PruneAsync(feed, allKeys, cancellationToken);
        return (saved, note);
    }

    /// <summary>Marks the seen items still in the feed as seen now, then forgets those gone from it for long enough.</summary>
    private async Task PruneAsync(GuildFeed feed, IReadOnlyCollection<string> inFeed, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await feeds.TouchAsync(feed.GuildId, feed.Url, inFeed, now, cancellationToken);
        var pruned = await feeds.PruneAsync(feed.GuildId, feed.Url, now - options.Value.KeepSeenItemsFor, cancellationToken);
        if (pruned > 0)
            LogPruned(feed.GuildId, feed.Url, pruned);
    }

    /// <summary>Reads and saves one new item; the note says what went wrong (null when saved); <c>Again</c>: try it at the next poll.</summary>
    private async Task<(SaveOutcome? Outcome, string? Note, bool Again)> SaveItemAsync(GuildFeed feed, FeedItem item, CancellationToken cancellationToken)
    {
        if (item.Link is not { } link)
        {
            LogItemSkipped(feed.GuildId, feed.Url, item.Id, "it has no link to a page");
            return (null, $"item {item.Id}: no link to a page", false);
        }

        var read = await intake.FromUrlAsync(link.AbsoluteUri, cancellationToken);
        if (read is Intake.Refused { Transient: true } passing)
            return await CountFailureAsync(feed, item, link, passing.Message(BotLanguage.English), cancellationToken);
        if (read is Intake.Refused refused)
        {
            var reason = refused.Message(BotLanguage.English);
            LogItemSkipped(feed.GuildId, feed.Url, link.AbsoluteUri, reason);
            return (null, $"{link.AbsoluteUri}: {reason}", false);
        }

        var page = (Intake.Accepted)read;
        var stored = (await discussions.ListAsync(feed.GuildId, cancellationToken)).Select(d => d.DiscussionId).ToList();
        var id = OwnDiscussionIds.Free(page.BaseId, feed.GuildId, catalog.Current, stored);
        var document = new GuildDocument(feed.GuildId, id, page.Format, DiscussionOrigin.Feed, page.Source, page.Content, feed.AddedBy, time.GetUtcNow());
        if (await GuildDocumentReader.ReadAsync(document, cancellationToken) is ParseResult.Rejected rejected)
        {
            LogItemSkipped(feed.GuildId, feed.Url, link.AbsoluteUri, rejected.ToString());
            return (null, $"{link.AbsoluteUri}: {rejected}", false);
        }

        var outcome = await discussions.SaveAsync(document, discussionOptions.Value.MaxPerGuild, cancellationToken);
        switch (outcome)
        {
            case SaveOutcome.Saved:
                LogItemSaved(feed.GuildId, feed.Url, id, link.AbsoluteUri);
                return (outcome, null, false);
            case SaveOutcome.LimitReached limit:
                LogServerFull(feed.GuildId, feed.Url, link.AbsoluteUri, limit.Limit);
                return (outcome, $"{link.AbsoluteUri}: the server keeps {limit.Limit} discussions, its limit; the item waits for room", false);
            default:
                return (outcome, $"{link.AbsoluteUri}: {outcome}", false);
        }
    }

    /// <summary>Counts a passing failure of an item's page: tried again at the next poll, or given up after the last attempt.</summary>
    private async Task<(SaveOutcome? Outcome, string? Note, bool Again)> CountFailureAsync(
        GuildFeed feed, FeedItem item, Uri link, string reason, CancellationToken cancellationToken)
    {
        var maxAttempts = options.Value.MaxItemAttempts;
        var error = $"{link.AbsoluteUri}: {reason}";
        var attempts = await feeds.CountItemFailureAsync(feed.GuildId, feed.Url, FeedItemKeys.Of(item)[0], error, time.GetUtcNow(), cancellationToken);
        if (attempts >= maxAttempts)
        {
            LogItemGivenUp(feed.GuildId, feed.Url, link.AbsoluteUri, attempts, reason);
            return (null, $"{error} (given up after {attempts} attempts)", false);
        }
        LogItemRetried(feed.GuildId, feed.Url, link.AbsoluteUri, attempts, maxAttempts, reason);
        return (null, $"{error} (attempt {attempts} of {maxAttempts}; tried again at the next check)", true);
    }

    private async Task CompleteAsync(GuildFeed feed, FeedPollRecord record, CancellationToken cancellationToken)
    {
        if (!await feeds.CompleteAsync(feed.GuildId, feed.Url, Holder, record, cancellationToken))
            LogClaimLost(feed.GuildId, feed.Url);
    }

    /// <summary>The interval doubled for each failure in a row, at most <see cref="GuildFeedsOptions.MaxBackoff"/>.</summary>
    public static TimeSpan Backoff(GuildFeedsOptions settings, int failures)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var wait = settings.PollInterval;
        for (var i = 0; i < failures && wait < settings.MaxBackoff; i++)
            wait *= 2;
        return wait < settings.MaxBackoff ? wait : settings.MaxBackoff;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Guild {GuildId}: feed {Url} polled the first time; its {Count} items are remembered, not posted")]
    private partial void LogFirstPoll(ulong guildId, string url, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Guild {GuildId}: feed {Url} brought discussion {DiscussionId} from {Page}")]
    private partial void LogItemSaved(ulong guildId, string url, string discussionId, string page);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Guild {GuildId}: feed {Url}: item {Item} is not saved: {Reason}")]
    private partial void LogItemSkipped(ulong guildId, string url, string item, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Guild {GuildId}: feed {Url}: {Page} could not be fetched (attempt {Attempt} of {MaxAttempts}): {Reason}; tried again at the next poll")]
    private partial void LogItemRetried(ulong guildId, string url, string page, int attempt, int maxAttempts, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Guild {GuildId}: feed {Url}: {Page} given up after {Attempts} failed fetches: {Reason}")]
    private partial void LogItemGivenUp(ulong guildId, string url, string page, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Guild {GuildId}: feed {Url}: {Count} seen items no longer in the feed are forgotten")]
    private partial void LogPruned(ulong guildId, string url, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Guild {GuildId}: feed {Url}: {Page} is not saved, the server keeps {Limit} discussions (its limit); it is taken when there is room")]
    private partial void LogServerFull(ulong guildId, string url, string page, int limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Guild {GuildId}: feed {Url} failed ({Failures} in a row): {Problem}; next poll in {Wait}")]
    private partial void LogFailed(ulong guildId, string url, int failures, string problem, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Guild {GuildId}: the claim on feed {Url} ran out during the poll; its result is not recorded")]
    private partial void LogClaimLost(ulong guildId, string url);
}
