using System.Data.Common;
using NewsBot.Announcements;
using NewsBot.Storage;

namespace NewsBot.Tests.Announcements;

/// <summary>The conditional transitions every ledger must have; run against SQLite and PostgreSQL.</summary>
public abstract class AnnouncementLedgerContract
{
    protected static readonly DateTimeOffset Now = new(2026, 12, 3, 19, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private const string InstanceA = "host-a";
    private const string InstanceB = "host-b";

    private protected abstract Task WithLedgerAsync(Func<IAnnouncementLedger, Func<IAnnouncementLedger>, Task> test);

    /// <summary>A database at schema version 1 (before claims had holders), seeded with plain SQL, then opened (and so migrated) as a ledger.</summary>
    private protected abstract Task WithVersion1DatabaseAsync(Func<DbConnection, Task> seed, Func<IAnnouncementLedger, Task> test);

    private protected static async Task CreateVersion1SchemaAsync(SqlDatabase database, DbConnection connection)
    {
        await connection.ExecuteAsync(null, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)", CancellationToken.None);
        foreach (var statement in SchemaMigrations.All(database).Single(m => m.Version == 1).Statements)
            await connection.ExecuteAsync(null, statement, CancellationToken.None);
        await connection.ExecuteAsync(null, "INSERT INTO schema_migrations (version, applied_at) VALUES (1, 0)", CancellationToken.None);
    }

    private static PlannedAnnouncement Step(ulong guild = 1, int minutes = 15, ulong channel = 100)
    {
        var start = Now.AddMinutes(15);
        var key = new AnnouncementKey("d1@2026-12-03T19:15:00Z", guild, TimeSpan.FromMinutes(minutes));
        return new PlannedAnnouncement(key, "d1", start, start.AddHours(1), start.AddMinutes(-minutes), channel);
    }

    protected Task Only_finished_steps_of_streams_over_before_the_cutoff_are_deleted_body() =>
        WithLedgerAsync(async (ledger, _) =>
        {
            var (posted, failed, skipped, planned, posting) = (Step(guild: 1), Step(guild: 2), Step(guild: 3), Step(guild: 4), Step(guild: 5));
            var endless = Step(guild: 6) with { EndsAt = null };
            var a = await ledger.StartRunAsync(InstanceA, Now);
            await ledger.AddPlannedAsync([posted, failed, skipped, planned, posting, endless], Now, CancellationToken.None);
            foreach (var step in new[] { posted, failed, posting, endless })
                await ledger.TryClaimAsync(step.Key, a, Now, Lease, CancellationToken.None);
            await ledger.MarkPostedAsync(posted.Key, a, 1, Now, CancellationToken.None);
            await ledger.MarkPostedAsync(endless.Key, a, 2, Now, CancellationToken.None);
            await ledger.MarkFailedAsync(failed.Key, a, "Missing Access", Now, CancellationToken.None);
            await ledger.CancelPlannedAsync(skipped.Key, "gone", Now, CancellationToken.None);
            var (start, end) = (posted.StartsAt, posted.EndsAt!.Value);

            Assert.Equal(0, await ledger.DeleteFinishedAsync(start, CancellationToken.None));
            Assert.Equal(1, await ledger.DeleteFinishedAsync(start.AddMilliseconds(1), CancellationToken.None));
            Assert.Null(await ledger.GetAsync(endless.Key, CancellationToken.None));
            Assert.Equal(0, await ledger.DeleteFinishedAsync(end, CancellationToken.None));
            Assert.Equal(3, await ledger.DeleteFinishedAsync(end.AddMilliseconds(1), CancellationToken.None));

            foreach (var gone in new[] { posted, failed, skipped })
                Assert.Null(await ledger.GetAsync(gone.Key, CancellationToken.None));
            Assert.Equal(AnnouncementState.Planned, (await ledger.GetAsync(planned.Key, CancellationToken.None))!.State);
            Assert.Equal(AnnouncementState.Posting, (await ledger.GetAsync(posting.Key, CancellationToken.None))!.State);
            Assert.Equal(0, await ledger.DeleteFinishedAsync(end.AddYears(1), CancellationToken.None));
        });

    protected Task Planning_twice_keeps_one_row_and_moves_a_planned_row_to_the_new_channel_body() =>
        WithLedgerAsync(async (ledger, _) =>
        {
            var step = Step();
            await ledger.AddPlannedAsync([step], Now, CancellationToken.None);
            await ledger.AddPlannedAsync([step with { ChannelId = 200 }], Now, CancellationToken.None);

            var row = Assert.Single(await ledger.ListOpenAsync(CancellationToken.None));
            Assert.Equal(AnnouncementState.Planned, row.State);
            Assert.Equal(200UL, row.ChannelId);
            Assert.Equal(step.DueAt, row.DueAt);
            Assert.Equal(step.DueAt, row.NextAttemptAt);
            Assert.Equal(AnnouncementNonce.For(step.Key), row.Nonce);
        });

    protected Task Only_one_of_two_workers_claims_a_step_body() =>
        WithLedgerAsync(async (ledger, reopen) =>
        {
            var step = Step();
            await ledger.AddPlannedAsync([step], Now, CancellationToken.None);
            var other = reopen();
            var (a, b) = (await ledger.StartRunAsync(InstanceA, Now), await other.StartRunAsync(InstanceB, Now));

            var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => i % 2 == 0
                ? ledger.TryClaimAsync(step.Key, a, Now, Lease, CancellationToken.None)
                : other.TryClaimAsync(step.Key, b, Now, Lease, CancellationToken.None)));

            Assert.Equal(1, claims.Count(c => c is not null));
            Assert.Equal(new LedgerClaim(1, Now), claims.Single(c => c is not null));
            Assert.Equal(AnnouncementState.Posting, (await ledger.GetAsync(step.Key, CancellationToken.None))!.State);
        });

    protected Task A_step_is_not_claimed_before_it_is_due_body() =>
        WithLedgerAsync(async (ledger, _) =>
        {
            var step = Step();
            await ledger.AddPlannedAsync([step], Now.AddMinutes(-30), CancellationToken.None);
            var a = await ledger.StartRunAsync(InstanceA, Now.AddMinutes(-30));

            Assert.Null(await ledger.TryClaimAsync(step.Key, a, step.DueAt.AddSeconds(-1), Lease, CancellationToken.None));
            Assert.Equal(1, (await ledger.TryClaimAsync(step.Key, a, step.DueAt, Lease, CancellationToken.None))?.Attempt);
        });

    protected Task A_posted_step_can_never_be_claimed_again_body() =>
        WithLedgerAsync(async (ledger, _) =>
        {
            var step = Step();
            await ledger.AddPlannedAsync([step], Now, CancellationToken.None);
            var a = await ledger.StartRunAsync(InstanceA, Now);
            await ledger.TryClaimAsync(step.Key, a, Now, Lease, CancellationToken.None);

            Assert.True(await ledger.MarkPostedAsync(step.Key, a, 555, Now, CancellationToken.None));
            Assert.False(await ledger.MarkPostedAsync(step.Key, a, 556, Now, CancellationToken.None));
            Assert.Null(await ledger.TryClaimAsync(step.Key, a, Now.AddDays(1), Lease, CancellationToken.None));
            Assert.Null(await ledger.TryClaimAsync(step.Key, await ledger.StartRunAsync(InstanceA, Now), Now.AddDays(1), Lease, CancellationToken.None));
            Assert.False(await ledger.CancelPlannedAsync(step.Key, "gone", Now, CancellationToken.None));
            await ledger.AddPlannedAsync([step with { ChannelId = 999 }], Now, CancellationToken.None);

            var row = (await ledger.GetAsync(step.Key, CancellationToken.None))!;
            Assert.Equal(AnnouncementState.Posted, row.State);
            Assert.Equal(555UL, row.MessageId);
            Assert.Equal(100UL, row.ChannelId);
            Assert.Empty(await ledger.ListOpenAsync(CancellationToken.None));
        });

    protected Task Another_instance_takes_over_a_live_instances_claim_only_after_the_lease_body() =>
        WithLedgerAsync(async (ledger, reopen) =>
        {
            var step = Step();
            await ledger.AddPlannedAsync([step], Now, CancellationToken.None);
            var a = await ledger.StartRunAsync(InstanceA, Now);
            await ledger.TryClaimAsync(step.Key, a, Now, Lease, CancellationToken.None);
            var other = reopen();
            var b = await other.StartRunAsync(InstanceB, Now.AddSeconds(1));

            Assert.False((await other.GetAsync(step.Key, CancellationToken.None))!.ClaimAbandoned);
            Assert.Null(await other.TryClaimAsync(step.Key, b, Now.AddSeconds(1), Lease, CancellationToken.None));
            Assert.Null(await other.TryClaimAsync(step.Key, b, Now.AddSeconds(59), Lease, CancellationToken.None));
            Assert.Equal(new LedgerClaim(2, Now), await other.TryClaimAsync(step.Key, b, Now.AddSeconds(60), Lease, CancellationToken.None));
            Assert.Equal(b, (await other.GetAsync(step.Key, CancellationToken.None))!.ClaimedBy);
        });

    protected Task A_restarted_instance_takes_over_the_claim_of_its_previous_run_at_once_body() =>
        WithLedgerAsync(async (ledger, reopen) =>
        {
            var step = Step();
            await ledger.AddPlannedAsync([step], Now, CancellationToken.None);
            var first = await ledger.StartRunAsync(InstanceA, Now);
            await ledger.TryClaimAsync(step.Key, first, Now, Lease, CancellationToken.None);
            var restarted = reopen();

            var second = await restarted.StartRunAsync(InstanceA, Now.AddSeconds(1));

            var row = (await restarted.GetAsync(step.Key, CancellationToken.None))!;
            Assert.Equal((AnnouncementState.Posting, first, true), (row.State, row.ClaimedBy, row.ClaimAbandoned));
            Assert.Equal(new LedgerClaim(2, Now), await restarted.TryClaimAsync(step.Key, second, Now.AddSeconds(1), Lease, CancellationToken.None));
            row = (await restarted.GetAsync(step.Key, CancellationToken.None))!;
            Assert.Equal((second, false, Now.AddSeconds(1)), (row.ClaimedBy, row.ClaimAbandoned, row.ClaimedAt));
        });

    protected Task Any_instance_may_take_over_an_abandoned_claim_but_only_one_does_body() =>
        WithLedgerAsync(async (ledger, reopen) =>
        {
            var step = Step();
            await ledger.AddPlannedAsync([step], Now, CancellationToken.None);
            await ledger.TryClaimAsync(step.Key, await ledger.StartRunAsync(InstanceA, Now), Now, Lease, CancellationToken.None);
            var other = reopen();
            var (restarted, b) = (await ledger.StartRunAsync(InstanceA, Now), await other.StartRunAsync(InstanceB, Now));

            var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => i % 2 == 0
                ? ledger.TryClaimAsync(step.Key, restarted, Now.AddSeconds(1), Lease, CancellationToken.None)
                : other.TryClaimAsync(step.Key, b, Now.AddSeconds(1), Lease, CancellationToken.None)));

            Assert.Equal(new LedgerClaim(2, Now), Assert.Single(claims, c => c is not null));
            Assert.False((await ledger.GetAsync(step.Key, CancellationToken.None))!.ClaimAbandoned);
        });

    protected Task Only_the_holder_of_a_claim_records_its_outcome_body() =>
        WithLedgerAsync(async (ledger, _) =>
        {
            var step = Step();
            await ledger.AddPlannedAsync([step], Now, CancellationToken.None);
            var first = await ledger.StartRunAsync(InstanceA, Now);
            await ledger.TryClaimAsync(step.Key, first, Now, Lease, CancellationToken.None);
            var second = await ledger.StartRunAsync(InstanceA, Now);
            await ledger.TryClaimAsync(step.Key, second, Now, Lease, CancellationToken.None);

            Assert.False(await ledger.MarkPostedAsync(step.Key, first, 555, Now, CancellationToken.None));
            Assert.False(await ledger.MarkFailedAsync(step.Key, first, "late answer", Now, CancellationToken.None));
            Assert.False(await ledger.RetryLaterAsync(step.Key, first, Now.AddSeconds(10), "503", Now, CancellationToken.None));
            Assert.False(await ledger.SkipClaimedAsync(step.Key, first, "too late", Now, CancellationToken.None));
            Assert.Equal(AnnouncementState.Posting, (await ledger.GetAsync(step.Key, CancellationToken.None))!.State);
            Assert.True(await ledger.MarkPostedAsync(step.Key, second, 556, Now, CancellationToken.None));
            Assert.Equal(556UL, (await ledger.GetAsync(step.Key, CancellationToken.None))!.MessageId);
        });

    protected Task A_run_replaced_by_a_newer_run_of_its_instance_can_no_longer_claim_body() =>
        WithLedgerAsync(async (ledger, _) =>
        {
            var step = Step();
            await ledger.AddPlannedAsync([step], Now, CancellationToken.None);
            var first = await ledger.StartRunAsync(InstanceA, Now);
            Assert.Null(await ledger.StartRunAsync(ClaimHolder.NewRun(InstanceB), Now, CancellationToken.None));

            var second = ClaimHolder.NewRun(InstanceA);
            var replaced = await ledger.StartRunAsync(second, Now.AddSeconds(5), CancellationToken.None);

            Assert.Equal(new InstanceRun(first.RunId, Now), replaced);
            Assert.Equal(new InstanceRun(second.RunId, Now.AddSeconds(5)), await ledger.CurrentRunAsync(InstanceA, CancellationToken.None));
            Assert.Null(await ledger.CurrentRunAsync("never-started", CancellationToken.None));
            Assert.Null(await ledger.TryClaimAsync(step.Key, first, Now, Lease, CancellationToken.None));
            Assert.Null(await ledger.TryClaimAsync(step.Key, ClaimHolder.NewRun("never-started"), Now, Lease, CancellationToken.None));
            Assert.Equal(1, (await ledger.TryClaimAsync(step.Key, second, Now, Lease, CancellationToken.None))?.Attempt);
        });

    protected Task A_transient_failure_returns_the_step_to_planned_for_later_and_keeps_its_first_claim_body() =>
        WithLedgerAsync(async (ledger, _) =>
        {
            var step = Step();
            await ledger.AddPlannedAsync([step], Now, CancellationToken.None);
            var a = await ledger.StartRunAsync(InstanceA, Now);
            await ledger.TryClaimAsync(step.Key, a, Now, Lease, CancellationToken.None);

            Assert.True(await ledger.RetryLaterAsync(step.Key, a, Now.AddSeconds(10), "503", Now, CancellationToken.None));

            Assert.Null(await ledger.TryClaimAsync(step.Key, a, Now.AddSeconds(9), Lease, CancellationToken.None));
            Assert.Equal(new LedgerClaim(2, Now), await ledger.TryClaimAsync(step.Key, a, Now.AddSeconds(10), Lease, CancellationToken.None));
            var row = (await ledger.GetAsync(step.Key, CancellationToken.None))!;
            Assert.Equal((Now, Now.AddSeconds(10)), (row.FirstClaimedAt, row.ClaimedAt));
        });

    protected Task A_version_1_database_is_migrated_and_its_claimed_rows_keep_working_body() =>
        WithVersion1DatabaseAsync(
            async connection =>
            {
                await InsertVersion1RowAsync(connection, Step(guild: 1), "posting", claimedAt: Now.AddSeconds(-10), nextAttemptAt: Now.AddSeconds(-10));
                await InsertVersion1RowAsync(connection, Step(guild: 2), "planned", claimedAt: Now.AddSeconds(-30), nextAttemptAt: Now);
            },
            async ledger =>
            {
                var open = await ledger.ListOpenAsync(CancellationToken.None);
                var posting = Assert.Single(open, r => r.Key.GuildId == 1);
                Assert.Equal((null, false, Now.AddSeconds(-10)), (posting.ClaimedBy, posting.ClaimAbandoned, posting.FirstClaimedAt));
                var a = await ledger.StartRunAsync(InstanceA, Now);

                // No holder recorded: taken over after the lease, as before the migration.
                Assert.Null(await ledger.TryClaimAsync(posting.Key, a, Now, Lease, CancellationToken.None));
                Assert.Equal(new LedgerClaim(2, Now.AddSeconds(-10)), await ledger.TryClaimAsync(posting.Key, a, Now.AddSeconds(50), Lease, CancellationToken.None));
                Assert.True(await ledger.MarkPostedAsync(posting.Key, a, 555, Now.AddSeconds(50), CancellationToken.None));
                Assert.Equal(new LedgerClaim(2, Now.AddSeconds(-30)), await ledger.TryClaimAsync(Step(guild: 2).Key, a, Now, Lease, CancellationToken.None));
            });

    private static Task<int> InsertVersion1RowAsync(DbConnection connection, PlannedAnnouncement step, string state, DateTimeOffset claimedAt, DateTimeOffset nextAttemptAt) =>
        connection.ExecuteAsync(null,
            """
            INSERT INTO announcements (stream_key, guild_id, offset_seconds, discussion_id, starts_at, ends_at, due_at, state, nonce, attempts,
                next_attempt_at, claimed_at, channel_id, message_id, reason, updated_at)
            VALUES (@stream, @guild, @offset, @discussion, @starts, @ends, @due, @state, @nonce, 1, @next, @claimed, @channel, NULL, NULL, @claimed)
            """,
            CancellationToken.None,
            ("stream", step.Key.StreamKey), ("guild", step.Key.GuildId.ToDb()), ("offset", (long)step.Key.Offset.TotalSeconds),
            ("discussion", step.DiscussionId), ("starts", step.StartsAt.ToDb()), ("ends", step.EndsAt?.ToDb()), ("due", step.DueAt.ToDb()),
            ("state", state), ("nonce", AnnouncementNonce.For(step.Key)), ("next", nextAttemptAt.ToDb()), ("claimed", claimedAt.ToDb()),
            ("channel", step.ChannelId.ToDb()));

    protected Task Failures_are_listed_per_guild_newest_first_and_cancel_touches_only_planned_rows_body() =>
        WithLedgerAsync(async (ledger, _) =>
        {
            var failed = Step(guild: 1, minutes: 15);
            var failedLater = Step(guild: 1, minutes: 30);
            var otherGuild = Step(guild: 2, minutes: 15);
            var posting = Step(guild: 1, minutes: 60);
            await ledger.AddPlannedAsync([failed, failedLater, otherGuild, posting], Now.AddHours(-1), CancellationToken.None);
            var a = await ledger.StartRunAsync(InstanceA, Now);
            foreach (var step in new[] { failed, failedLater, otherGuild, posting })
                await ledger.TryClaimAsync(step.Key, a, Now, Lease, CancellationToken.None);
            await ledger.MarkFailedAsync(failed.Key, a, "missing permission", Now, CancellationToken.None);
            await ledger.MarkFailedAsync(failedLater.Key, a, "unknown channel", Now.AddMinutes(1), CancellationToken.None);
            await ledger.MarkFailedAsync(otherGuild.Key, a, "other guild", Now, CancellationToken.None);

            var failures = await ledger.RecentFailuresAsync(1, 10, CancellationToken.None);

            Assert.Equal(["unknown channel", "missing permission"], failures.Select(f => f.Reason));
            Assert.False(await ledger.CancelPlannedAsync(posting.Key, "gone", Now, CancellationToken.None));
            Assert.True(await ledger.SkipClaimedAsync(posting.Key, a, "too late", Now, CancellationToken.None));
            Assert.Equal("too late", (await ledger.GetAsync(posting.Key, CancellationToken.None))!.Reason);
        });
}
