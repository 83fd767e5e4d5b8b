using NewsBot.Announcements;

namespace NewsBot.Tests.Announcements;

/// <summary>The conditional transitions every ledger must have; run against SQLite and PostgreSQL.</summary>
public abstract class AnnouncementLedgerContract
{
    protected static readonly DateTimeOffset Now = new(2026, 12, 3, 19, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    private protected abstract Task WithLedgerAsync(Func<IAnnouncementLedger, Func<IAnnouncementLedger>, Task> test);

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
            await ledger.AddPlannedAsync([posted, failed, skipped, planned, posting, endless], Now, CancellationToken.None);
            foreach (var step in new[] { posted, failed, posting, endless })
                await ledger.TryClaimAsync(step.Key, Now, Lease, CancellationToken.None);
            await ledger.MarkPostedAsync(posted.Key, 1, Now, CancellationToken.None);
            await ledger.MarkPostedAsync(endless.Key, 2, Now, CancellationToken.None);
            await ledger.MarkFailedAsync(failed.Key, "Missing Access", Now, CancellationToken.None);
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

            var claims = await Task.WhenAll(
                Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? ledger : other).TryClaimAsync(step.Key, Now, Lease, CancellationToken.None)));

            Assert.Equal(1, claims.Count(c => c is not null));
            Assert.Equal(1, claims.Single(c => c is not null));
            Assert.Equal(AnnouncementState.Posting, (await ledger.GetAsync(step.Key, CancellationToken.None))!.State);
        });

    protected Task A_step_is_not_claimed_before_it_is_due_body() =>
        WithLedgerAsync(async (ledger, _) =>
        {
            var step = Step();
            await ledger.AddPlannedAsync([step], Now.AddMinutes(-30), CancellationToken.None);

            Assert.Null(await ledger.TryClaimAsync(step.Key, step.DueAt.AddSeconds(-1), Lease, CancellationToken.None));
            Assert.Equal(1, await ledger.TryClaimAsync(step.Key, step.DueAt, Lease, CancellationToken.None));
        });

    protected Task A_posted_step_can_never_be_claimed_again_body() =>
        WithLedgerAsync(async (ledger, _) =>
        {
            var step = Step();
            await ledger.AddPlannedAsync([step], Now, CancellationToken.None);
            await ledger.TryClaimAsync(step.Key, Now, Lease, CancellationToken.None);

            Assert.True(await ledger.MarkPostedAsync(step.Key, 555, Now, CancellationToken.None));
            Assert.False(await ledger.MarkPostedAsync(step.Key, 556, Now, CancellationToken.None));
            Assert.Null(await ledger.TryClaimAsync(step.Key, Now.AddDays(1), Lease, CancellationToken.None));
            Assert.False(await ledger.CancelPlannedAsync(step.Key, "gone", Now, CancellationToken.None));
            await ledger.AddPlannedAsync([step with { ChannelId = 999 }], Now, CancellationToken.None);

            var row = (await ledger.GetAsync(step.Key, CancellationToken.None))!;
            Assert.Equal(AnnouncementState.Posted, row.State);
            Assert.Equal(555UL, row.MessageId);
            Assert.Equal(100UL, row.ChannelId);
            Assert.Empty(await ledger.ListOpenAsync(CancellationToken.None));
        });

    protected Task A_dead_workers_claim_is_taken_over_only_after_the_lease_body() =>
        WithLedgerAsync(async (ledger, reopen) =>
        {
            var step = Step();
            await ledger.AddPlannedAsync([step], Now, CancellationToken.None);
            await ledger.TryClaimAsync(step.Key, Now, Lease, CancellationToken.None);
            var restarted = reopen();

            Assert.Null(await restarted.TryClaimAsync(step.Key, Now.AddSeconds(59), Lease, CancellationToken.None));
            Assert.Equal(2, await restarted.TryClaimAsync(step.Key, Now.AddSeconds(60), Lease, CancellationToken.None));
            Assert.Equal(step.Key, (await restarted.GetAsync(step.Key, CancellationToken.None))!.Key);
        });

    protected Task A_transient_failure_returns_the_step_to_planned_for_later_body() =>
        WithLedgerAsync(async (ledger, _) =>
        {
            var step = Step();
            await ledger.AddPlannedAsync([step], Now, CancellationToken.None);
            await ledger.TryClaimAsync(step.Key, Now, Lease, CancellationToken.None);

            Assert.True(await ledger.RetryLaterAsync(step.Key, Now.AddSeconds(10), "503", Now, CancellationToken.None));

            Assert.Null(await ledger.TryClaimAsync(step.Key, Now.AddSeconds(9), Lease, CancellationToken.None));
            Assert.Equal(2, await ledger.TryClaimAsync(step.Key, Now.AddSeconds(10), Lease, CancellationToken.None));
        });

    protected Task Failures_are_listed_per_guild_newest_first_and_cancel_touches_only_planned_rows_body() =>
        WithLedgerAsync(async (ledger, _) =>
        {
            var failed = Step(guild: 1, minutes: 15);
            var failedLater = Step(guild: 1, minutes: 30);
            var otherGuild = Step(guild: 2, minutes: 15);
            var posting = Step(guild: 1, minutes: 60);
            await ledger.AddPlannedAsync([failed, failedLater, otherGuild, posting], Now.AddHours(-1), CancellationToken.None);
            foreach (var step in new[] { failed, failedLater, otherGuild, posting })
                await ledger.TryClaimAsync(step.Key, Now, Lease, CancellationToken.None);
            await ledger.MarkFailedAsync(failed.Key, "missing permission", Now, CancellationToken.None);
            await ledger.MarkFailedAsync(failedLater.Key, "unknown channel", Now.AddMinutes(1), CancellationToken.None);
            await ledger.MarkFailedAsync(otherGuild.Key, "other guild", Now, CancellationToken.None);

            var failures = await ledger.RecentFailuresAsync(1, 10, CancellationToken.None);

            Assert.Equal(["unknown channel", "missing permission"], failures.Select(f => f.Reason));
            Assert.False(await ledger.CancelPlannedAsync(posting.Key, "gone", Now, CancellationToken.None));
            Assert.True(await ledger.SkipClaimedAsync(posting.Key, "too late", Now, CancellationToken.None));
            Assert.Equal("too late", (await ledger.GetAsync(posting.Key, CancellationToken.None))!.Reason);
        });
}
