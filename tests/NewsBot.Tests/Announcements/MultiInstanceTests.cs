using NewsBot.Tests.Settings;

namespace NewsBot.Tests.Announcements;

public sealed class SqliteMultiInstanceTests : MultiInstanceContract
{
    private protected override Task<AnnouncementHarness> HarnessAsync() => Task.FromResult(new AnnouncementHarness());

    [Fact] public Task Another_instance_does_not_take_over_a_live_instances_fresh_claim() => Another_instance_does_not_take_over_a_live_instances_fresh_claim_body();
    [Fact] public Task A_crashed_instance_that_stays_down_is_taken_over_by_another_only_after_the_claim_lease() => A_crashed_instance_that_stays_down_is_taken_over_by_another_only_after_the_claim_lease_body();
    [Fact] public Task A_restarted_instance_takes_over_its_own_interrupted_claim_at_once_and_another_instances_only_after_the_lease() => A_restarted_instance_takes_over_its_own_interrupted_claim_at_once_and_another_instances_only_after_the_lease_body();
    [Fact] public Task A_step_interrupted_longer_ago_than_the_nonce_window_is_skipped_after_the_restart_not_posted_again() => A_step_interrupted_longer_ago_than_the_nonce_window_is_skipped_after_the_restart_not_posted_again_body();
    [Fact] public Task Two_processes_started_with_the_same_instance_id_post_each_step_once_and_the_earlier_one_reports_the_clash() => Two_processes_started_with_the_same_instance_id_post_each_step_once_and_the_earlier_one_reports_the_clash_body();
}

public sealed class PostgresMultiInstanceTests : MultiInstanceContract
{
    private protected override Task<AnnouncementHarness> HarnessAsync() => AnnouncementHarness.PostgresAsync();

    [PostgresFact] public Task Another_instance_does_not_take_over_a_live_instances_fresh_claim() => Another_instance_does_not_take_over_a_live_instances_fresh_claim_body();
    [PostgresFact] public Task A_crashed_instance_that_stays_down_is_taken_over_by_another_only_after_the_claim_lease() => A_crashed_instance_that_stays_down_is_taken_over_by_another_only_after_the_claim_lease_body();
    [PostgresFact] public Task A_restarted_instance_takes_over_its_own_interrupted_claim_at_once_and_another_instances_only_after_the_lease() => A_restarted_instance_takes_over_its_own_interrupted_claim_at_once_and_another_instances_only_after_the_lease_body();
    [PostgresFact] public Task A_step_interrupted_longer_ago_than_the_nonce_window_is_skipped_after_the_restart_not_posted_again() => A_step_interrupted_longer_ago_than_the_nonce_window_is_skipped_after_the_restart_not_posted_again_body();
    [PostgresFact] public Task Two_processes_started_with_the_same_instance_id_post_each_step_once_and_the_earlier_one_reports_the_clash() => Two_processes_started_with_the_same_instance_id_post_each_step_once_and_the_earlier_one_reports_the_clash_body();
}
