using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.GuildDiscussions;
using NewsBot.Tests.Settings;

namespace NewsBot.Tests.GuildDiscussions;

public sealed class SqliteGuildDiscussionStoreTests : GuildDiscussionStoreContract
{
    private protected override async Task WithStoreAsync(Func<SqlGuildDiscussionStore, Func<SqlGuildDiscussionStore>, Task> test)
    {
        await using var temp = TestDatabases.Sqlite();
        await using var database = temp.Open();
        await using var second = temp.Open();
        await test(
            new SqlGuildDiscussionStore(database, NullLogger<SqlGuildDiscussionStore>.Instance),
            () => new SqlGuildDiscussionStore(second, NullLogger<SqlGuildDiscussionStore>.Instance));
    }

    [Fact] public Task A_preview_is_found_by_its_server_until_it_expires_and_never_by_another() => A_preview_is_found_by_its_server_until_it_expires_and_never_by_another_body();
    [Fact] public Task Saving_moves_the_preview_into_the_servers_discussions_with_who_and_when() => Saving_moves_the_preview_into_the_servers_discussions_with_who_and_when_body();
    [Fact] public Task Saving_at_the_limit_changes_nothing_and_keeps_the_preview() => Saving_at_the_limit_changes_nothing_and_keeps_the_preview_body();
    [Fact] public Task An_id_the_server_already_has_is_refused_but_another_server_may_use_it() => An_id_the_server_already_has_is_refused_but_another_server_may_use_it_body();
    [Fact] public Task Removing_and_cancelling_touch_only_that_server() => Removing_and_cancelling_touch_only_that_server_body();
    [Fact] public Task Holding_a_preview_drops_the_expired_ones() => Holding_a_preview_drops_the_expired_ones_body();
    [Fact] public Task Saves_at_the_same_time_never_pass_the_limit() => Saves_at_the_same_time_never_pass_the_limit_body();
}

public sealed class PostgresGuildDiscussionStoreTests : GuildDiscussionStoreContract
{
    private protected override async Task WithStoreAsync(Func<SqlGuildDiscussionStore, Func<SqlGuildDiscussionStore>, Task> test)
    {
        await using var temp = await TestDatabases.PostgresAsync();
        await using var database = temp.Open();
        await using var second = temp.Open();
        await test(
            new SqlGuildDiscussionStore(database, NullLogger<SqlGuildDiscussionStore>.Instance),
            () => new SqlGuildDiscussionStore(second, NullLogger<SqlGuildDiscussionStore>.Instance));
    }

    [PostgresFact] public Task A_preview_is_found_by_its_server_until_it_expires_and_never_by_another() => A_preview_is_found_by_its_server_until_it_expires_and_never_by_another_body();
    [PostgresFact] public Task Saving_moves_the_preview_into_the_servers_discussions_with_who_and_when() => Saving_moves_the_preview_into_the_servers_discussions_with_who_and_when_body();
    [PostgresFact] public Task Saving_at_the_limit_changes_nothing_and_keeps_the_preview() => Saving_at_the_limit_changes_nothing_and_keeps_the_preview_body();
    [PostgresFact] public Task An_id_the_server_already_has_is_refused_but_another_server_may_use_it() => An_id_the_server_already_has_is_refused_but_another_server_may_use_it_body();
    [PostgresFact] public Task Removing_and_cancelling_touch_only_that_server() => Removing_and_cancelling_touch_only_that_server_body();
    [PostgresFact] public Task Holding_a_preview_drops_the_expired_ones() => Holding_a_preview_drops_the_expired_ones_body();
    [PostgresFact] public Task Saves_at_the_same_time_never_pass_the_limit() => Saves_at_the_same_time_never_pass_the_limit_body();
}
