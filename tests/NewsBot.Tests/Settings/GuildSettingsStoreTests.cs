using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Settings;

namespace NewsBot.Tests.Settings;

public sealed class SqliteGuildSettingsStoreTests : GuildSettingsStoreContract
{
    private protected override async Task WithStoreAsync(Func<SqlGuildSettingsStore, Func<SqlGuildSettingsStore>, Task> test)
    {
        await using var temp = TestDatabases.Sqlite();
        await using var database = temp.Open();
        await using var second = temp.Open();
        await test(
            new SqlGuildSettingsStore(database, Time, NullLogger<SqlGuildSettingsStore>.Instance),
            () => new SqlGuildSettingsStore(second, Time, NullLogger<SqlGuildSettingsStore>.Instance));
    }

    [Fact] public Task A_guild_without_settings_gets_the_defaults() => A_guild_without_settings_gets_the_defaults_body();
    [Fact] public Task Saved_settings_survive_a_restart() => Saved_settings_survive_a_restart_body();
    [Fact] public Task Saving_again_replaces_and_lists_each_guild_once() => Saving_again_replaces_and_lists_each_guild_once_body();
    [Fact] public Task Every_change_is_recorded_with_who_and_when() => Every_change_is_recorded_with_who_and_when_body();
    [Fact] public Task Find_is_null_until_the_guild_saves_and_then_returns_what_was_stored() => Find_is_null_until_the_guild_saves_and_then_returns_what_was_stored_body();
    [Fact] public Task Find_returns_a_saved_default_so_a_guild_that_reset_everything_still_counts_as_configured() =>
        Find_returns_a_saved_default_so_a_guild_that_reset_everything_still_counts_as_configured_body();
    [Fact] public Task A_recent_read_sees_this_process_s_own_save_at_once() => A_recent_read_sees_this_process_s_own_save_at_once_body();
    [Fact] public Task A_recent_read_shows_another_process_s_save_after_at_most_the_max_age() =>
        A_recent_read_shows_another_process_s_save_after_at_most_the_max_age_body();

    [Fact]
    public async Task Creates_the_database_file_and_its_folder_in_wal_mode()
    {
        await using var temp = TestDatabases.Sqlite();
        await using var database = temp.Open();

        await new SqlGuildSettingsStore(database, Time, NullLogger<SqlGuildSettingsStore>.Instance).ListAsync(CancellationToken.None);

        Assert.True(File.Exists(temp.Path));
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}

public sealed class PostgresGuildSettingsStoreTests : GuildSettingsStoreContract
{
    private protected override async Task WithStoreAsync(Func<SqlGuildSettingsStore, Func<SqlGuildSettingsStore>, Task> test)
    {
        await using var temp = await TestDatabases.PostgresAsync();
        await using var database = temp.Open();
        await using var second = temp.Open();
        await test(
            new SqlGuildSettingsStore(database, Time, NullLogger<SqlGuildSettingsStore>.Instance),
            () => new SqlGuildSettingsStore(second, Time, NullLogger<SqlGuildSettingsStore>.Instance));
    }

    [PostgresFact] public Task A_guild_without_settings_gets_the_defaults() => A_guild_without_settings_gets_the_defaults_body();
    [PostgresFact] public Task Saved_settings_survive_a_restart() => Saved_settings_survive_a_restart_body();
    [PostgresFact] public Task Saving_again_replaces_and_lists_each_guild_once() => Saving_again_replaces_and_lists_each_guild_once_body();
    [PostgresFact] public Task Every_change_is_recorded_with_who_and_when() => Every_change_is_recorded_with_who_and_when_body();
    [PostgresFact] public Task Find_is_null_until_the_guild_saves_and_then_returns_what_was_stored() => Find_is_null_until_the_guild_saves_and_then_returns_what_was_stored_body();
    [PostgresFact] public Task Find_returns_a_saved_default_so_a_guild_that_reset_everything_still_counts_as_configured() =>
        Find_returns_a_saved_default_so_a_guild_that_reset_everything_still_counts_as_configured_body();
    [PostgresFact] public Task A_recent_read_sees_this_process_s_own_save_at_once() => A_recent_read_sees_this_process_s_own_save_at_once_body();
    [PostgresFact] public Task A_recent_read_shows_another_process_s_save_after_at_most_the_max_age() =>
        A_recent_read_shows_another_process_s_save_after_at_most_the_max_age_body();
}
