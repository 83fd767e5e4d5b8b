using System.Data.Common;
using Microsoft.Data.Sqlite;
using NewsBot.Announcements;
using NewsBot.Tests.Settings;
using Npgsql;

namespace NewsBot.Tests.Announcements;

public sealed class SqliteAnnouncementLedgerTests : AnnouncementLedgerContract
{
    private protected override async Task WithLedgerAsync(Func<IAnnouncementLedger, Func<IAnnouncementLedger>, Task> test)
    {
        await using var temp = TestDatabases.Sqlite();
        await using var database = temp.Open();
        await using var second = temp.Open();
        await test(new SqlAnnouncementLedger(database), () => new SqlAnnouncementLedger(second));
    }

    private protected override async Task WithVersion1DatabaseAsync(Func<DbConnection, Task> seed, Func<IAnnouncementLedger, Task> test)
    {
        await using var temp = TestDatabases.Sqlite();
        await using var database = temp.Open();
        Directory.CreateDirectory(Path.GetDirectoryName(temp.Path)!);
        await using (var connection = new SqliteConnection($"Data Source={temp.Path}"))
        {
            await connection.OpenAsync();
            await CreateVersion1SchemaAsync(database, connection);
            await seed(connection);
        }

        await test(new SqlAnnouncementLedger(database));
    }

    [Fact] public Task Planning_twice_keeps_one_row_and_moves_a_planned_row_to_the_new_channel() => Planning_twice_keeps_one_row_and_moves_a_planned_row_to_the_new_channel_body();
    [Fact] public Task Only_one_of_two_workers_claims_a_step() => Only_one_of_two_workers_claims_a_step_body();
    [Fact] public Task A_step_is_not_claimed_before_it_is_due() => A_step_is_not_claimed_before_it_is_due_body();
    [Fact] public Task A_posted_step_can_never_be_claimed_again() => A_posted_step_can_never_be_claimed_again_body();
    [Fact] public Task Failures_are_listed_per_guild_newest_first_and_cancel_touches_only_planned_rows() => Failures_are_listed_per_guild_newest_first_and_cancel_touches_only_planned_rows_body();
    [Fact] public Task Only_finished_steps_of_streams_over_before_the_cutoff_are_deleted() => Only_finished_steps_of_streams_over_before_the_cutoff_are_deleted_body();
    [Fact] public Task Another_instance_takes_over_a_live_instances_claim_only_after_the_lease() => Another_instance_takes_over_a_live_instances_claim_only_after_the_lease_body();
    [Fact] public Task A_restarted_instance_takes_over_the_claim_of_its_previous_run_at_once() => A_restarted_instance_takes_over_the_claim_of_its_previous_run_at_once_body();
    [Fact] public Task Any_instance_may_take_over_an_abandoned_claim_but_only_one_does() => Any_instance_may_take_over_an_abandoned_claim_but_only_one_does_body();
    [Fact] public Task Only_the_holder_of_a_claim_records_its_outcome() => Only_the_holder_of_a_claim_records_its_outcome_body();
    [Fact] public Task A_run_replaced_by_a_newer_run_of_its_instance_can_no_longer_claim() => A_run_replaced_by_a_newer_run_of_its_instance_can_no_longer_claim_body();
    [Fact] public Task A_transient_failure_returns_the_step_to_planned_for_later_and_keeps_its_first_claim() => A_transient_failure_returns_the_step_to_planned_for_later_and_keeps_its_first_claim_body();
    [Fact] public Task A_version_1_database_is_migrated_and_its_claimed_rows_keep_working() => A_version_1_database_is_migrated_and_its_claimed_rows_keep_working_body();
}

public sealed class PostgresAnnouncementLedgerTests : AnnouncementLedgerContract
{
    private protected override async Task WithLedgerAsync(Func<IAnnouncementLedger, Func<IAnnouncementLedger>, Task> test)
    {
        await using var temp = await TestDatabases.PostgresAsync();
        await using var database = temp.Open();
        await using var second = temp.Open();
        await test(new SqlAnnouncementLedger(database), () => new SqlAnnouncementLedger(second));
    }

    private protected override async Task WithVersion1DatabaseAsync(Func<DbConnection, Task> seed, Func<IAnnouncementLedger, Task> test)
    {
        await using var temp = await TestDatabases.PostgresAsync();
        await using var database = temp.Open();
        await using (var connection = new NpgsqlConnection(temp.ConnectionString))
        {
            await connection.OpenAsync();
            await CreateVersion1SchemaAsync(database, connection);
            await seed(connection);
        }

        await test(new SqlAnnouncementLedger(database));
    }

    [PostgresFact] public Task Planning_twice_keeps_one_row_and_moves_a_planned_row_to_the_new_channel() => Planning_twice_keeps_one_row_and_moves_a_planned_row_to_the_new_channel_body();
    [PostgresFact] public Task Only_one_of_two_workers_claims_a_step() => Only_one_of_two_workers_claims_a_step_body();
    [PostgresFact] public Task A_step_is_not_claimed_before_it_is_due() => A_step_is_not_claimed_before_it_is_due_body();
    [PostgresFact] public Task A_posted_step_can_never_be_claimed_again() => A_posted_step_can_never_be_claimed_again_body();
    [PostgresFact] public Task Failures_are_listed_per_guild_newest_first_and_cancel_touches_only_planned_rows() => Failures_are_listed_per_guild_newest_first_and_cancel_touches_only_planned_rows_body();
    [PostgresFact] public Task Only_finished_steps_of_streams_over_before_the_cutoff_are_deleted() => Only_finished_steps_of_streams_over_before_the_cutoff_are_deleted_body();
    [PostgresFact] public Task Another_instance_takes_over_a_live_instances_claim_only_after_the_lease() => Another_instance_takes_over_a_live_instances_claim_only_after_the_lease_body();
    [PostgresFact] public Task A_restarted_instance_takes_over_the_claim_of_its_previous_run_at_once() => A_restarted_instance_takes_over_the_claim_of_its_previous_run_at_once_body();
    [PostgresFact] public Task Any_instance_may_take_over_an_abandoned_claim_but_only_one_does() => Any_instance_may_take_over_an_abandoned_claim_but_only_one_does_body();
    [PostgresFact] public Task Only_the_holder_of_a_claim_records_its_outcome() => Only_the_holder_of_a_claim_records_its_outcome_body();
    [PostgresFact] public Task A_run_replaced_by_a_newer_run_of_its_instance_can_no_longer_claim() => A_run_replaced_by_a_newer_run_of_its_instance_can_no_longer_claim_body();
    [PostgresFact] public Task A_transient_failure_returns_the_step_to_planned_for_later_and_keeps_its_first_claim() => A_transient_failure_returns_the_step_to_planned_for_later_and_keeps_its_first_claim_body();
    [PostgresFact] public Task A_version_1_database_is_migrated_and_its_claimed_rows_keep_working() => A_version_1_database_is_migrated_and_its_claimed_rows_keep_working_body();
}
