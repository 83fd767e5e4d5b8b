using NewsBot.Announcements;
using NewsBot.Tests.Settings;

namespace NewsBot.Tests.Announcements;

public sealed class SqliteAnnouncementLedgerTests : AnnouncementLedgerContract
{
    private protected override async Task WithLedgerAsync(Func<IAnnouncementLedger, Func<IAnnouncementLedger>, Task> test)
    {
        await using var temp = TestDatabases.Sqlite();
        await using var database = temp.Open();
        await using var second = temp.Open();
        await test(new SqliteAnnouncementLedger(database), () => new SqliteAnnouncementLedger(second));
    }

    [Fact] public Task Planning_twice_keeps_one_row_and_moves_a_planned_row_to_the_new_channel() => Planning_twice_keeps_one_row_and_moves_a_planned_row_to_the_new_channel_body();
    [Fact] public Task Only_one_of_two_workers_claims_a_step() => Only_one_of_two_workers_claims_a_step_body();
    [Fact] public Task A_step_is_not_claimed_before_it_is_due() => A_step_is_not_claimed_before_it_is_due_body();
    [Fact] public Task A_posted_step_can_never_be_claimed_again() => A_posted_step_can_never_be_claimed_again_body();
    [Fact] public Task A_dead_workers_claim_is_taken_over_only_after_the_lease() => A_dead_workers_claim_is_taken_over_only_after_the_lease_body();
    [Fact] public Task A_transient_failure_returns_the_step_to_planned_for_later() => A_transient_failure_returns_the_step_to_planned_for_later_body();
    [Fact] public Task Failures_are_listed_per_guild_newest_first_and_cancel_touches_only_planned_rows() => Failures_are_listed_per_guild_newest_first_and_cancel_touches_only_planned_rows_body();
    [Fact] public Task Only_finished_steps_of_streams_over_before_the_cutoff_are_deleted() => Only_finished_steps_of_streams_over_before_the_cutoff_are_deleted_body();
}

public sealed class PostgresAnnouncementLedgerTests : AnnouncementLedgerContract
{
    private protected override async Task WithLedgerAsync(Func<IAnnouncementLedger, Func<IAnnouncementLedger>, Task> test)
    {
        await using var temp = await TestDatabases.PostgresAsync();
        await using var database = temp.Open();
        await using var second = temp.Open();
        await test(new PostgresAnnouncementLedger(database), () => new PostgresAnnouncementLedger(second));
    }

    [PostgresFact] public Task Planning_twice_keeps_one_row_and_moves_a_planned_row_to_the_new_channel() => Planning_twice_keeps_one_row_and_moves_a_planned_row_to_the_new_channel_body();
    [PostgresFact] public Task Only_one_of_two_workers_claims_a_step() => Only_one_of_two_workers_claims_a_step_body();
    [PostgresFact] public Task A_step_is_not_claimed_before_it_is_due() => A_step_is_not_claimed_before_it_is_due_body();
    [PostgresFact] public Task A_posted_step_can_never_be_claimed_again() => A_posted_step_can_never_be_claimed_again_body();
    [PostgresFact] public Task A_dead_workers_claim_is_taken_over_only_after_the_lease() => A_dead_workers_claim_is_taken_over_only_after_the_lease_body();
    [PostgresFact] public Task A_transient_failure_returns_the_step_to_planned_for_later() => A_transient_failure_returns_the_step_to_planned_for_later_body();
    [PostgresFact] public Task Failures_are_listed_per_guild_newest_first_and_cancel_touches_only_planned_rows() => Failures_are_listed_per_guild_newest_first_and_cancel_touches_only_planned_rows_body();
    [PostgresFact] public Task Only_finished_steps_of_streams_over_before_the_cutoff_are_deleted() => Only_finished_steps_of_streams_over_before_the_cutoff_are_deleted_body();
}
