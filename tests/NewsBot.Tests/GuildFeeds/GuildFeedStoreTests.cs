using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.GuildFeeds;
using NewsBot.Tests.Settings;

namespace NewsBot.Tests.GuildFeeds;

public sealed class SqliteGuildFeedStoreTests : GuildFeedStoreContract
{
    private protected override async Task WithStoreAsync(Func<SqlGuildFeedStore, Func<SqlGuildFeedStore>, Task> test)
    {
        await using var temp = TestDatabases.Sqlite();
        await using var database = temp.Open();
        await using var second = temp.Open();
        await test(new SqlGuildFeedStore(database, NullLogger<SqlGuildFeedStore>.Instance), () => new SqlGuildFeedStore(second, NullLogger<SqlGuildFeedStore>.Instance));
    }

    [Fact] public Task Following_is_per_server_due_at_once_and_limited() => Following_is_per_server_due_at_once_and_limited_body();
    [Fact] public Task A_claimed_feed_is_not_claimed_again_until_its_lease_runs_out() => A_claimed_feed_is_not_claimed_again_until_its_lease_runs_out_body();
    [Fact] public Task A_failed_poll_keeps_its_error_and_the_last_answered_poll() => A_failed_poll_keeps_its_error_and_the_last_answered_poll_body();
    [Fact] public Task Seen_items_are_kept_per_server_and_feed_and_forgotten_on_unfollow() => Seen_items_are_kept_per_server_and_feed_and_forgotten_on_unfollow_body();
    [Fact] public Task Items_still_in_the_feed_are_kept_and_those_unseen_since_the_cutoff_are_pruned() => Items_still_in_the_feed_are_kept_and_those_unseen_since_the_cutoff_are_pruned_body();
    [Fact] public Task Item_failures_count_up_per_item_are_listed_from_the_given_attempts_and_go_with_pruning_or_unfollowing() => Item_failures_count_up_per_item_are_listed_from_the_given_attempts_and_go_with_pruning_or_unfollowing_body();
    [Fact] public Task Follows_at_the_same_time_never_pass_the_limit() => Follows_at_the_same_time_never_pass_the_limit_body();
}

public sealed class PostgresGuildFeedStoreTests : GuildFeedStoreContract
{
    private protected override async Task WithStoreAsync(Func<SqlGuildFeedStore, Func<SqlGuildFeedStore>, Task> test)
    {
        await using var temp = await TestDatabases.PostgresAsync();
        await using var database = temp.Open();
        await using var second = temp.Open();
        await test(new SqlGuildFeedStore(database, NullLogger<SqlGuildFeedStore>.Instance), () => new SqlGuildFeedStore(second, NullLogger<SqlGuildFeedStore>.Instance));
    }

    [PostgresFact] public Task Following_is_per_server_due_at_once_and_limited() => Following_is_per_server_due_at_once_and_limited_body();
    [PostgresFact] public Task A_claimed_feed_is_not_claimed_again_until_its_lease_runs_out() => A_claimed_feed_is_not_claimed_again_until_its_lease_runs_out_body();
    [PostgresFact] public Task A_failed_poll_keeps_its_error_and_the_last_answered_poll() => A_failed_poll_keeps_its_error_and_the_last_answered_poll_body();
    [PostgresFact] public Task Seen_items_are_kept_per_server_and_feed_and_forgotten_on_unfollow() => Seen_items_are_kept_per_server_and_feed_and_forgotten_on_unfollow_body();
    [PostgresFact] public Task Items_still_in_the_feed_are_kept_and_those_unseen_since_the_cutoff_are_pruned() => Items_still_in_the_feed_are_kept_and_those_unseen_since_the_cutoff_are_pruned_body();
    [PostgresFact] public Task Item_failures_count_up_per_item_are_listed_from_the_given_attempts_and_go_with_pruning_or_unfollowing() => Item_failures_count_up_per_item_are_listed_from_the_given_attempts_and_go_with_pruning_or_unfollowing_body();
    [PostgresFact] public Task Follows_at_the_same_time_never_pass_the_limit() => Follows_at_the_same_time_never_pass_the_limit_body();
}
