using NewsBot.GuildStreams;
using NewsBot.Tests.Commands.Fakes;
using NewsBot.Tests.Settings;

namespace NewsBot.Tests.GuildStreams;

public sealed class SqliteGuildStreamStoreTests : GuildStreamStoreContract
{
    private protected override async Task WithStoreAsync(Func<IGuildStreamStore, Func<IGuildStreamStore>, Task> test)
    {
        await using var temp = TestDatabases.Sqlite();
        await using var database = temp.Open();
        await using var second = temp.Open();
        await test(new SqlGuildStreamStore(database), () => new SqlGuildStreamStore(second));
    }

    [Fact] public Task Added_streams_keep_every_field_and_survive_a_reopen() => Added_streams_keep_every_field_and_survive_a_reopen_body();
    [Fact] public Task A_key_is_unique_within_a_guild_only() => A_key_is_unique_within_a_guild_only_body();
    [Fact] public Task An_update_moves_the_stream_and_records_who_but_keeps_key_and_creator() => An_update_moves_the_stream_and_records_who_but_keeps_key_and_creator_body();
    [Fact] public Task Removing_deletes_only_that_guilds_stream() => Removing_deletes_only_that_guilds_stream_body();
    [Fact] public Task The_list_leaves_out_streams_over_before_the_cutoff() => The_list_leaves_out_streams_over_before_the_cutoff_body();
    [Fact] public Task Counting_takes_the_guilds_streams_that_are_not_over() => Counting_takes_the_guilds_streams_that_are_not_over_body();
    [Fact] public Task Adds_at_the_same_time_never_pass_the_limit() => Adds_at_the_same_time_never_pass_the_limit_body();
}

public sealed class PostgresGuildStreamStoreTests : GuildStreamStoreContract
{
    private protected override async Task WithStoreAsync(Func<IGuildStreamStore, Func<IGuildStreamStore>, Task> test)
    {
        await using var temp = await TestDatabases.PostgresAsync();
        await using var database = temp.Open();
        await using var second = temp.Open();
        await test(new SqlGuildStreamStore(database), () => new SqlGuildStreamStore(second));
    }

    [PostgresFact] public Task Added_streams_keep_every_field_and_survive_a_reopen() => Added_streams_keep_every_field_and_survive_a_reopen_body();
    [PostgresFact] public Task A_key_is_unique_within_a_guild_only() => A_key_is_unique_within_a_guild_only_body();
    [PostgresFact] public Task An_update_moves_the_stream_and_records_who_but_keeps_key_and_creator() => An_update_moves_the_stream_and_records_who_but_keeps_key_and_creator_body();
    [PostgresFact] public Task Removing_deletes_only_that_guilds_stream() => Removing_deletes_only_that_guilds_stream_body();
    [PostgresFact] public Task The_list_leaves_out_streams_over_before_the_cutoff() => The_list_leaves_out_streams_over_before_the_cutoff_body();
    [PostgresFact] public Task Counting_takes_the_guilds_streams_that_are_not_over() => Counting_takes_the_guilds_streams_that_are_not_over_body();
    [PostgresFact] public Task Adds_at_the_same_time_never_pass_the_limit() => Adds_at_the_same_time_never_pass_the_limit_body();
}

/// <summary>The tests' in-memory store keeps to the same contract, so command tests over it mean what they say.</summary>
public sealed class InMemoryGuildStreamStoreTests : GuildStreamStoreContract
{
    private protected override async Task WithStoreAsync(Func<IGuildStreamStore, Func<IGuildStreamStore>, Task> test)
    {
        var store = new InMemoryGuildStreamStore();
        await test(store, () => store);
    }

    [Fact] public Task Added_streams_keep_every_field_and_survive_a_reopen() => Added_streams_keep_every_field_and_survive_a_reopen_body();
    [Fact] public Task A_key_is_unique_within_a_guild_only() => A_key_is_unique_within_a_guild_only_body();
    [Fact] public Task An_update_moves_the_stream_and_records_who_but_keeps_key_and_creator() => An_update_moves_the_stream_and_records_who_but_keeps_key_and_creator_body();
    [Fact] public Task Removing_deletes_only_that_guilds_stream() => Removing_deletes_only_that_guilds_stream_body();
    [Fact] public Task The_list_leaves_out_streams_over_before_the_cutoff() => The_list_leaves_out_streams_over_before_the_cutoff_body();
    [Fact] public Task Counting_takes_the_guilds_streams_that_are_not_over() => Counting_takes_the_guilds_streams_that_are_not_over_body();
    [Fact] public Task Adds_at_the_same_time_never_pass_the_limit() => Adds_at_the_same_time_never_pass_the_limit_body();
}
