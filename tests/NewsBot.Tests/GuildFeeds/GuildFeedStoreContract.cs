using NewsBot.GuildFeeds;
using NewsBot.Web.Fetching;

namespace NewsBot.Tests.GuildFeeds;

/// <summary>The behaviour every store of followed feeds must have; run against SQLite and PostgreSQL.</summary>
public abstract class GuildFeedStoreContract
{
    protected const ulong GuildA = 1_234_567_890_123_456_789;
    protected const ulong GuildB = ulong.MaxValue - 3;
    protected const ulong Moderator = 42;
    protected const string Feed = "https://example.org/feed.xml";
    protected static readonly DateTimeOffset Now = new(2026, 12, 6, 18, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Runs <paramref name="test"/> against a store on a fresh database; <c>reopen</c> makes a second store on the same database.</summary>
    private protected abstract Task WithStoreAsync(Func<SqlGuildFeedStore, Func<SqlGuildFeedStore>, Task> test);

    protected Task Following_is_per_server_due_at_once_and_limited_body() =>
        WithStoreAsync(async (store, reopen) =>
        {
            Assert.Equal(FollowOutcome.Followed, await store.FollowAsync(GuildA, Feed, Moderator, Now, limit: 2, None));
            Assert.Equal(FollowOutcome.AlreadyFollowed, await store.FollowAsync(GuildA, Feed, Moderator, Now, limit: 2, None));
            Assert.Equal(FollowOutcome.Followed, await store.FollowAsync(GuildA, Feed + "?2", Moderator, Now, limit: 2, None));
            Assert.Equal(FollowOutcome.LimitReached, await store.FollowAsync(GuildA, Feed + "?3", Moderator, Now, limit: 2, None));
            Assert.Equal(FollowOutcome.AlreadyFollowed, await store.FollowAsync(GuildA, Feed, Moderator, Now, limit: 2, None));
            Assert.Equal(FollowOutcome.Followed, await store.FollowAsync(GuildB, Feed, 7, Now.AddMinutes(1), limit: 2, None));

            var listed = await reopen().ListAsync(GuildA, None);
            Assert.Equal([Feed, Feed + "?2"], listed.Select(f => f.Url));
            Assert.Equal(new GuildFeed(GuildA, Feed, Moderator, Now, new FetchValidators(null, null), Now, null, 0, null), listed[0]);
            Assert.Equal(7ul, Assert.Single(await store.ListAsync(GuildB, None)).AddedBy);
        });

    protected Task A_claimed_feed_is_not_claimed_again_until_its_lease_runs_out_body() =>
        WithStoreAsync(async (store, reopen) =>
        {
            await store.FollowAsync(GuildA, Feed, Moderator, Now, 20, None);
            var other = reopen();

            Assert.Single(await store.ClaimDueAsync("one", Now, Lease, 10, None));
            Assert.Empty(await other.ClaimDueAsync("two", Now.AddMinutes(9), Lease, 10, None));
            Assert.Single(await other.ClaimDueAsync("two", Now.AddMinutes(10), Lease, 10, None));

            var record = new FeedPollRecord(new FetchValidators("\"v1\"", "Sun, 06 Dec 2026 18:00:00 GMT"), Now.AddMinutes(25), Now.AddMinutes(10), 0, null);
            Assert.False(await store.CompleteAsync(GuildA, Feed, "one", record, None));
            Assert.True(await other.CompleteAsync(GuildA, Feed, "two", record, None));

            var feed = Assert.Single(await store.ListAsync(GuildA, None));
            Assert.Equal((record.Validators, Now.AddMinutes(25), (DateTimeOffset?)Now.AddMinutes(10)), (feed.Validators, feed.NextPollAt, feed.PolledAt));
            Assert.Empty(await store.ClaimDueAsync("one", Now.AddMinutes(24), Lease, 10, None));
            Assert.Single(await store.ClaimDueAsync("one", Now.AddMinutes(25), Lease, 10, None));
        });

    protected Task A_failed_poll_keeps_its_error_and_the_last_answered_poll_body() =>
        WithStoreAsync(async (store, _) =>
        {
            await store.FollowAsync(GuildA, Feed, Moderator, Now, 20, None);
            await store.ClaimDueAsync("one", Now, Lease, 10, None);
            await store.CompleteAsync(GuildA, Feed, "one", new FeedPollRecord(new FetchValidators("\"v1\"", null), Now.AddMinutes(15), Now, 0, null), None);
            await store.ClaimDueAsync("one", Now.AddMinutes(15), Lease, 10, None);

            await store.CompleteAsync(GuildA, Feed, "one",
                new FeedPollRecord(new FetchValidators("\"v1\"", null), Now.AddMinutes(45), null, 1, "HttpError: 404 Not Found"), None);

            Assert.Equal(new GuildFeed(GuildA, Feed, Moderator, Now, new FetchValidators("\"v1\"", null), Now.AddMinutes(45), Now, 1, "HttpError: 404 Not Found"),
                Assert.Single(await store.ListAsync(GuildA, None)));
        });

    protected Task Seen_items_are_kept_per_server_and_feed_and_forgotten_on_unfollow_body() =>
        WithStoreAsync(async (store, _) =>
        {
            await store.FollowAsync(GuildA, Feed, Moderator, Now, 20, None);
            await store.FollowAsync(GuildB, Feed, Moderator, Now, 20, None);
            string[] many = [.. Enumerable.Range(0, 450).Select(i => $"id:item-{i}")];
            await store.RememberAsync(GuildA, Feed, many, Now, None);
            await store.RememberAsync(GuildA, Feed, ["id:item-1", "link:https://example.org/a"], Now, None);

            var seen = await store.SeenAsync(GuildA, Feed, [.. many, "link:https://example.org/a", "id:new"], None);
            Assert.Equal(451, seen.Count);
            Assert.DoesNotContain("id:new", seen);
            Assert.Empty(await store.SeenAsync(GuildB, Feed, ["id:item-1"], None));

            Assert.True(await store.UnfollowAsync(GuildA, Feed, None));
            Assert.False(await store.UnfollowAsync(GuildA, Feed, None));
            Assert.Empty(await store.SeenAsync(GuildA, Feed, ["id:item-1"], None));
            Assert.Single(await store.ListAsync(GuildB, None));
        });

    protected Task Items_still_in_the_feed_are_kept_and_those_unseen_since_the_cutoff_are_pruned_body() =>
        WithStoreAsync(async (store, reopen) =>
        {
            await store.FollowAsync(GuildA, Feed, Moderator, Now, 20, None);
            await store.FollowAsync(GuildB, Feed, Moderator, Now, 20, None);
            string[] many = [.. Enumerable.Range(0, 450).Select(i => $"id:item-{i}")];
            await store.RememberAsync(GuildA, Feed, [.. many, "id:gone"], Now, None);
            await store.RememberAsync(GuildB, Feed, ["id:gone"], Now, None);

            // Still in the feed (and one key never seen, which touching must not add).
            await reopen().TouchAsync(GuildA, Feed, [.. many, "id:never-seen"], Now.AddDays(20), None);

            Assert.Equal(1, await store.PruneAsync(GuildA, Feed, Now.AddDays(10), None));
            var seen = await store.SeenAsync(GuildA, Feed, [.. many, "id:gone", "id:never-seen"], None);
            Assert.Equal(many.ToHashSet(), seen.ToHashSet());
            Assert.Equal(["id:gone"], await store.SeenAsync(GuildB, Feed, ["id:gone"], None));
            Assert.Equal(0, await store.PruneAsync(GuildA, Feed, Now.AddDays(20), None));
            Assert.Equal(450, await store.PruneAsync(GuildA, Feed, Now.AddDays(20).AddMilliseconds(1), None));
        });

    protected Task Item_failures_count_up_per_item_are_listed_from_the_given_attempts_and_go_with_pruning_or_unfollowing_body() =>
        WithStoreAsync(async (store, reopen) =>
        {
            await store.FollowAsync(GuildA, Feed, Moderator, Now, 20, None);
            await store.FollowAsync(GuildA, Feed + "?2", Moderator, Now, 20, None);
            Assert.Equal(1, await store.CountItemFailureAsync(GuildA, Feed, "id:a", "https://example.org/a: timeout", Now, None));
            Assert.Equal(2, await reopen().CountItemFailureAsync(GuildA, Feed, "id:a", "https://example.org/a: 503", Now.AddMinutes(15), None));
            Assert.Equal(1, await store.CountItemFailureAsync(GuildA, Feed, "id:b", "https://example.org/b: 502", Now.AddMinutes(15), None));
            Assert.Equal(1, await store.CountItemFailureAsync(GuildA, Feed + "?2", "id:a", "https://example.org/c: 500", Now.AddMinutes(20), None));

            Assert.Equal([new FeedItemFailure(Feed, "id:a", 2, "https://example.org/a: 503", Now.AddMinutes(15))], await store.ItemFailuresAsync(GuildA, 2, None));
            Assert.Equal(3, (await store.ItemFailuresAsync(GuildA, 1, None)).Count);
            Assert.Empty(await store.ItemFailuresAsync(GuildB, 1, None));

            await store.PruneAsync(GuildA, Feed, Now.AddMinutes(16), None);
            Assert.Equal([Feed + "?2"], (await store.ItemFailuresAsync(GuildA, 1, None)).Select(f => f.Url));
            await store.UnfollowAsync(GuildA, Feed + "?2", None);
            Assert.Empty(await store.ItemFailuresAsync(GuildA, 1, None));
        });

    protected Task Follows_at_the_same_time_never_pass_the_limit_body() =>
        WithStoreAsync(async (store, reopen) =>
        {
            const int Limit = 5;
            var other = reopen();
            var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
                (i % 2 == 0 ? store : other).FollowAsync(GuildA, $"{Feed}?{i}", Moderator, Now, Limit, None))));

            Assert.Equal(Limit, outcomes.Count(o => o == FollowOutcome.Followed));
            Assert.Equal(Limit, (await store.ListAsync(GuildA, None)).Count);
        });
}
