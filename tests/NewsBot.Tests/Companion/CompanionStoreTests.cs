using NewsBot.Storage;
using NewsBot.Tests.Settings;

namespace NewsBot.Tests.Companion;

public sealed class SqliteCompanionStoreTests : CompanionStoreContract
{
    private protected override async Task WithDatabaseAsync(Func<SqlDatabase, Task> test)
    {
        await using var temp = TestDatabases.Sqlite();
        await using var database = temp.Open();
        await test(database);
    }

    [Fact] public Task Questions_are_stored_merged_when_repeated_and_refused_within_the_cooldown() => Questions_are_stored_merged_when_repeated_and_refused_within_the_cooldown_body();
    [Fact] public Task Decisions_move_only_from_the_states_allowed() => Decisions_move_only_from_the_states_allowed_body();
    [Fact] public Task Concurrent_votes_count_exactly_once_per_member() => Concurrent_votes_count_exactly_once_per_member_body();
    [Fact] public Task Votes_count_only_on_approved_or_answered_questions_of_the_guild() => Votes_count_only_on_approved_or_answered_questions_of_the_guild_body();
    [Fact] public Task Unposted_and_stale_questions_are_listed_until_recorded() => Unposted_and_stale_questions_are_listed_until_recorded_body();
    [Fact] public Task A_posted_live_announcement_plans_one_thread_whose_claim_and_steps_are_exclusive() => A_posted_live_announcement_plans_one_thread_whose_claim_and_steps_are_exclusive_body();
    [Fact] public Task Companion_settings_default_to_the_thread_on_and_survive_a_save() => Companion_settings_default_to_the_thread_on_and_survive_a_save_body();
}

public sealed class PostgresCompanionStoreTests : CompanionStoreContract
{
    private protected override async Task WithDatabaseAsync(Func<SqlDatabase, Task> test)
    {
        await using var temp = await TestDatabases.PostgresAsync();
        await using var database = temp.Open();
        await test(database);
    }

    [PostgresFact] public Task Questions_are_stored_merged_when_repeated_and_refused_within_the_cooldown() => Questions_are_stored_merged_when_repeated_and_refused_within_the_cooldown_body();
    [PostgresFact] public Task Decisions_move_only_from_the_states_allowed() => Decisions_move_only_from_the_states_allowed_body();
    [PostgresFact] public Task Concurrent_votes_count_exactly_once_per_member() => Concurrent_votes_count_exactly_once_per_member_body();
    [PostgresFact] public Task Votes_count_only_on_approved_or_answered_questions_of_the_guild() => Votes_count_only_on_approved_or_answered_questions_of_the_guild_body();
    [PostgresFact] public Task Unposted_and_stale_questions_are_listed_until_recorded() => Unposted_and_stale_questions_are_listed_until_recorded_body();
    [PostgresFact] public Task A_posted_live_announcement_plans_one_thread_whose_claim_and_steps_are_exclusive() => A_posted_live_announcement_plans_one_thread_whose_claim_and_steps_are_exclusive_body();
    [PostgresFact] public Task Companion_settings_default_to_the_thread_on_and_survive_a_save() => Companion_settings_default_to_the_thread_on_and_survive_a_save_body();
}
