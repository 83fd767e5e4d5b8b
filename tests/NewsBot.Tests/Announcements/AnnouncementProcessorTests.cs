using NewsBot.Testing;
using NewsBot.Announcements;
using static NewsBot.Tests.Announcements.AnnouncementHarness;

namespace NewsBot.Tests.Announcements;

public sealed class AnnouncementProcessorTests
{
    [Fact]
    public async Task Posts_each_step_exactly_once_at_its_due_time()
    {
        await using var h = new AnnouncementHarness();
        await h.ConfigureAsync(GuildA, ChannelA, 15, 0);
        var processor = h.NewProcessor();

        Assert.Equal(Start.AddMinutes(-15), await h.RunAsync(processor));
        Assert.Empty(h.Publisher.Calls);

        h.AdvanceTo(Start.AddMinutes(-15).AddSeconds(-1));
        await h.RunAsync(processor);
        Assert.Empty(h.Publisher.Calls);

        h.AdvanceTo(Start.AddMinutes(-15));
        Assert.Equal(Start, await h.RunAsync(processor));
        await h.RunAsync(processor);
        h.AdvanceTo(Start);
        Assert.Null(await h.RunAsync(processor));
        h.AdvanceTo(Start.AddMinutes(5));
        await h.RunAsync(processor);

        Assert.Equal(2, h.Publisher.Calls.Count);
        Assert.Equal(2, h.Publisher.Created.Count);
        Assert.All(h.Publisher.Created, c => Assert.Equal(ChannelA, c.ChannelId));
        Assert.Contains("(Beginn: <t:", h.Publisher.Created.First().Message.Content, StringComparison.Ordinal);
        Assert.Contains("Jetzt live", h.Publisher.Created.Last().Message.Content, StringComparison.Ordinal);
        var reminder = (await h.RowAsync(GuildA, 15))!;
        Assert.Equal(AnnouncementState.Posted, reminder.State);
        Assert.Equal(h.Publisher.Created.First().MessageId, reminder.MessageId);
    }

    [Fact]
    public async Task Each_posted_step_records_its_lag_behind_the_due_time_by_step()
    {
        using var metrics = new RecordedMeasurements();
        await using var h = new AnnouncementHarness();
        await h.ConfigureAsync(GuildA, ChannelA, 15, 0);
        var processor = h.NewProcessor(metrics: new AnnouncementMetrics(metrics.Factory));
        await h.RunAsync(processor);

        h.AdvanceTo(Start.AddMinutes(-15).AddSeconds(3));
        await h.RunAsync(processor);
        h.AdvanceTo(Start.AddSeconds(40));
        await h.RunAsync(processor);

        Assert.Equal(3, metrics.Sum("newsbot.announcement.lag", ("step", "reminder")), precision: 6);
        Assert.Equal(40, metrics.Sum("newsbot.announcement.lag", ("step", "live")), precision: 6);
        Assert.Equal(2, metrics.Sum("newsbot.announcements", ("outcome", "posted")));
    }

    [Fact]
    public async Task Finished_steps_are_deleted_once_their_stream_is_over_for_the_keep_time_and_nothing_is_posted_again()
    {
        await using var h = new AnnouncementHarness();
        h.Options.KeepFinishedFor = TimeSpan.FromDays(1);
        await h.ConfigureAsync(GuildA, ChannelA, 15, 0);
        var processor = h.NewProcessor();
        await h.RunAsync(processor);
        h.AdvanceTo(Start.AddMinutes(-15));
        await h.RunAsync(processor);
        h.AdvanceTo(Start);
        await h.RunAsync(processor);
        var streamEnd = Start.AddMinutes(45);

        h.AdvanceTo(streamEnd.AddDays(1));
        await h.RunAsync(processor);
        Assert.Equal(AnnouncementState.Posted, (await h.RowAsync(GuildA, 15))!.State);

        h.AdvanceTo(streamEnd.AddDays(2));
        await h.RunAsync(processor);
        await h.RunAsync(h.NewProcessor());

        Assert.Null(await h.RowAsync(GuildA, 15));
        Assert.Null(await h.RowAsync(GuildA, 0));
        Assert.Equal(2, h.Publisher.Created.Count);
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_the_schedule_posts_only_what_is_left()
    {
        await using var h = new AnnouncementHarness();
        await h.ConfigureAsync(GuildA, ChannelA, 15, 0);
        h.AdvanceTo(Start.AddMinutes(-15));
        await h.RunAsync(h.NewProcessor());

        var restarted = h.NewProcessor();
        h.AdvanceTo(Start.AddMinutes(-10));
        Assert.Equal(Start, await h.RunAsync(restarted));
        h.AdvanceTo(Start);
        await h.RunAsync(restarted);

        Assert.Equal(2, h.Publisher.Calls.Count);
        Assert.Equal(2, h.Publisher.Created.Select(c => c.Message.Content).Distinct().Count());
    }

    [Fact]
    public async Task After_a_crash_between_posting_and_posted_the_restart_reposts_at_once_with_the_same_nonce_and_no_second_message()
    {
        await using var h = new AnnouncementHarness();
        await h.ConfigureAsync(GuildA, ChannelA, 15);
        h.Publisher.Script(ChannelA, new FakePublisher.Outcome.CrashAfterPosting());
        h.AdvanceTo(Start.AddMinutes(-15));
        await h.RunAsync(h.NewProcessor());
        Assert.Equal(AnnouncementState.Posting, (await h.RowAsync(GuildA, 15))!.State);

        h.AdvanceTo(Start.AddMinutes(-15).AddSeconds(5));
        Assert.Null(await h.RunAsync(h.NewProcessor()));

        var calls = h.Publisher.Calls.ToArray();
        Assert.Equal(2, calls.Length);
        Assert.Equal(calls[0].Nonce, calls[1].Nonce);
        Assert.True(calls[0].Nonce.Length <= 25);
        var created = Assert.Single(h.Publisher.Created);
        var row = (await h.RowAsync(GuildA, 15))!;
        Assert.Equal(AnnouncementState.Posted, row.State);
        Assert.Equal(created.MessageId, row.MessageId);
        Assert.Equal(2, row.Attempts);
        Assert.Equal(Start.AddMinutes(-15).AddSeconds(5), row.UpdatedAt);
    }

    [Fact]
    public async Task After_an_unexpected_error_the_same_process_posts_the_step_again_once_the_claim_lease_is_over()
    {
        await using var h = new AnnouncementHarness();
        await h.ConfigureAsync(GuildA, ChannelA, 15);
        h.Publisher.Script(ChannelA, new FakePublisher.Outcome.CrashAfterPosting());
        var processor = h.NewProcessor();
        h.AdvanceTo(Start.AddMinutes(-15));
        await h.RunAsync(processor);

        Assert.Equal(Start.AddMinutes(-14), await h.RunAsync(processor));
        Assert.Single(h.Publisher.Calls);
        h.AdvanceTo(Start.AddMinutes(-14));
        await h.RunAsync(processor);

        Assert.Equal(2, h.Publisher.Calls.Count);
        Assert.Single(h.Publisher.Created);
        Assert.Equal(AnnouncementState.Posted, (await h.RowAsync(GuildA, 15))!.State);
    }

    [Fact]
    public async Task After_downtime_a_step_within_the_catch_up_window_is_posted_and_one_beyond_is_skipped_with_the_reason()
    {
        await using var h = new AnnouncementHarness();
        await h.ConfigureAsync(GuildA, ChannelA, 30, 15);
        await h.RunAsync(h.NewProcessor());

        h.AdvanceTo(Start.AddMinutes(-5));
        await h.RunAsync(h.NewProcessor());

        var created = Assert.Single(h.Publisher.Created);
        Assert.Equal(AnnouncementState.Posted, (await h.RowAsync(GuildA, 15))!.State);
        var skipped = (await h.RowAsync(GuildA, 30))!;
        Assert.Equal(AnnouncementState.Skipped, skipped.State);
        Assert.Contains("too late", skipped.Reason, StringComparison.Ordinal);
        Assert.Contains("catch-up window 15 min", skipped.Reason, StringComparison.Ordinal);
        Assert.Contains("<t:", created.Message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_is_never_posted_after_the_stream_started_even_within_the_window()
    {
        await using var h = new AnnouncementHarness();
        await h.ConfigureAsync(GuildA, ChannelA, 5, 0);
        await h.RunAsync(h.NewProcessor());

        h.AdvanceTo(Start.AddMinutes(2));
        await h.RunAsync(h.NewProcessor());

        Assert.Contains("Jetzt live", Assert.Single(h.Publisher.Created).Message.Content, StringComparison.Ordinal);
        Assert.Contains("already started", (await h.RowAsync(GuildA, 5))!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Live_now_later_than_the_window_is_skipped()
    {
        await using var h = new AnnouncementHarness();
        await h.ConfigureAsync(GuildA, ChannelA, 0);
        await h.RunAsync(h.NewProcessor());

        h.AdvanceTo(Start.AddMinutes(16));
        await h.RunAsync(h.NewProcessor());

        Assert.Empty(h.Publisher.Calls);
        Assert.Equal(AnnouncementState.Skipped, (await h.RowAsync(GuildA, 0))!.State);
    }

    [Fact]
    public async Task A_permanent_failure_is_recorded_queryable_and_not_retried()
    {
        await using var h = new AnnouncementHarness();
        await h.ConfigureAsync(GuildA, ChannelA, 15);
        h.Publisher.Script(ChannelA, new FakePublisher.Outcome.Fail(
            new PublishResult.PermanentFailure(PublishFailureKind.MissingPermission, "missing permission: Send Messages")));
        var processor = h.NewProcessor();
        h.AdvanceTo(Start.AddMinutes(-15));

        await h.RunAsync(processor);
        h.AdvanceTo(Start.AddMinutes(-10));
        Assert.Null(await h.RunAsync(processor));

        Assert.Single(h.Publisher.Calls);
        Assert.Equal(AnnouncementState.Failed, (await h.RowAsync(GuildA, 15))!.State);
        var failure = Assert.Single(await h.Ledger.RecentFailuresAsync(GuildA, 5, CancellationToken.None));
        Assert.Equal("missing permission: Send Messages", failure.Reason);
    }

    [Fact]
    public async Task A_transient_failure_is_retried_with_backoff_and_still_posts_once()
    {
        await using var h = new AnnouncementHarness();
        await h.ConfigureAsync(GuildA, ChannelA, 15);
        h.Publisher.Script(ChannelA,
            new FakePublisher.Outcome.Fail(new PublishResult.TransientFailure("503")),
            new FakePublisher.Outcome.Fail(new PublishResult.TransientFailure("503")));
        var processor = h.NewProcessor();
        h.AdvanceTo(Start.AddMinutes(-15));

        Assert.Equal(Start.AddMinutes(-15).AddSeconds(10), await h.RunAsync(processor));
        h.AdvanceTo(Start.AddMinutes(-15).AddSeconds(10));
        Assert.Equal(Start.AddMinutes(-15).AddSeconds(30), await h.RunAsync(processor));
        h.AdvanceTo(Start.AddMinutes(-15).AddSeconds(30));
        await h.RunAsync(processor);

        Assert.Equal(3, h.Publisher.Calls.Count);
        Assert.Single(h.Publisher.Calls.Select(c => c.Nonce).Distinct());
        Assert.Single(h.Publisher.Created);
        Assert.Equal(AnnouncementState.Posted, (await h.RowAsync(GuildA, 15))!.State);
    }

    [Fact]
    public async Task Gives_up_after_the_maximum_attempts_and_records_the_failure()
    {
        await using var h = new AnnouncementHarness();
        h.Options.MaxAttempts = 2;
        await h.ConfigureAsync(GuildA, ChannelA, 15);
        h.Publisher.Script(ChannelA,
            new FakePublisher.Outcome.Fail(new PublishResult.TransientFailure("503")),
            new FakePublisher.Outcome.Fail(new PublishResult.TransientFailure("502")));
        var processor = h.NewProcessor();
        h.AdvanceTo(Start.AddMinutes(-15));
        await h.RunAsync(processor);
        h.AdvanceTo(Start.AddMinutes(-14));
        await h.RunAsync(processor);

        var row = (await h.RowAsync(GuildA, 15))!;
        Assert.Equal(AnnouncementState.Failed, row.State);
        Assert.Equal("gave up after 2 attempts: 502", row.Reason);
    }

    [Fact]
    public async Task A_hanging_guild_does_not_hold_up_another_and_times_out_into_a_retry()
    {
        await using var h = new AnnouncementHarness();
        await h.ConfigureAsync(GuildA, ChannelA, 15);
        await h.ConfigureAsync(GuildB, ChannelB, 15);
        h.Publisher.Script(ChannelA, new FakePublisher.Outcome.Hang());
        h.AdvanceTo(Start.AddMinutes(-15));

        var round = h.RunAsync(h.NewProcessor());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        Assert.Equal(ChannelB, await h.Publisher.CreatedSignal.Reader.ReadAsync(timeout.Token));
        while (h.Publisher.Calls.Count < 2)
            await Task.Yield();
        h.Time.Advance(h.Options.PublishTimeout);
        await round.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(AnnouncementState.Posted, (await h.RowAsync(GuildB, 15))!.State);
        var hung = (await h.RowAsync(GuildA, 15))!;
        Assert.Equal(AnnouncementState.Planned, hung.State);
        Assert.Contains("no answer", hung.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_more_steps_than_allowed_are_posted_at_once_and_a_waiting_step_holds_no_claim()
    {
        const ulong GuildC = 3, ChannelC = 301;
        await using var h = new AnnouncementHarness();
        h.Options.MaxConcurrentPosts = 2;
        await h.ConfigureAsync(GuildA, ChannelA, 15);
        await h.ConfigureAsync(GuildB, ChannelB, 15);
        await h.ConfigureAsync(GuildC, ChannelC, 15);
        foreach (var channel in new[] { ChannelA, ChannelB, ChannelC })
            h.Publisher.Script(channel, new FakePublisher.Outcome.Hang());
        h.AdvanceTo(Start.AddMinutes(-15));

        var round = h.RunAsync(h.NewProcessor());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var first = new[] { await h.Publisher.CalledSignal.Reader.ReadAsync(timeout.Token), await h.Publisher.CalledSignal.Reader.ReadAsync(timeout.Token) };
        var waiting = new[] { (GuildA, ChannelA), (GuildB, ChannelB), (GuildC, ChannelC) }.Single(g => !first.Contains(g.Item2));

        Assert.Equal(2, h.Publisher.Calls.Count);
        Assert.Equal(AnnouncementState.Planned, (await h.RowAsync(waiting.Item1, 15))!.State);

        h.Time.Advance(h.Options.PublishTimeout);
        Assert.Equal(waiting.Item2, await h.Publisher.CalledSignal.Reader.ReadAsync(timeout.Token));
        h.Time.Advance(h.Options.PublishTimeout);
        await round.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(3, h.Publisher.Calls.Count);
    }

    [Fact]
    public async Task A_permanent_failure_in_one_guild_does_not_stop_another()
    {
        await using var h = new AnnouncementHarness();
        await h.ConfigureAsync(GuildA, ChannelA, 15);
        await h.ConfigureAsync(GuildB, ChannelB, 15);
        h.Publisher.Script(ChannelA, new FakePublisher.Outcome.Fail(
            new PublishResult.PermanentFailure(PublishFailureKind.UnknownChannel, "unknown channel")));
        h.AdvanceTo(Start.AddMinutes(-15));

        await h.RunAsync(h.NewProcessor());

        Assert.Equal(ChannelB, Assert.Single(h.Publisher.Created).ChannelId);
        Assert.Equal(AnnouncementState.Failed, (await h.RowAsync(GuildA, 15))!.State);
        Assert.Empty(await h.Ledger.RecentFailuresAsync(GuildB, 5, CancellationToken.None));
    }

    [Fact]
    public async Task Changed_reminder_steps_cancel_the_removed_step_and_add_the_new_one()
    {
        await using var h = new AnnouncementHarness();
        await h.ConfigureAsync(GuildA, ChannelA, 15, 0);
        var processor = h.NewProcessor();
        await h.RunAsync(processor);

        await h.ConfigureAsync(GuildA, ChannelA, 30, 0);
        Assert.Equal(Start.AddMinutes(-30), await h.RunAsync(processor));
        h.AdvanceTo(Start.AddMinutes(-30));
        await h.RunAsync(processor);

        Assert.Equal(AnnouncementState.Skipped, (await h.RowAsync(GuildA, 15))!.State);
        Assert.Equal(AnnouncementState.Posted, (await h.RowAsync(GuildA, 30))!.State);
        Assert.Single(h.Publisher.Created);
    }

    [Fact]
    public async Task A_moved_stream_gets_new_announcements_and_the_stale_ones_are_cancelled()
    {
        await using var h = new AnnouncementHarness();
        await h.ConfigureAsync(GuildA, ChannelA, 15);
        var processor = h.NewProcessor();
        await h.RunAsync(processor);

        var moved = Start.AddHours(2);
        h.Schedule.Set(Stream(moved));
        Assert.Equal(moved.AddMinutes(-15), await h.RunAsync(processor));
        h.AdvanceTo(Start.AddMinutes(-15));
        await h.RunAsync(processor);
        Assert.Empty(h.Publisher.Calls);
        h.AdvanceTo(moved.AddMinutes(-15));
        await h.RunAsync(processor);

        Assert.Equal(AnnouncementState.Skipped, (await h.RowAsync(GuildA, 15))!.State);
        Assert.Equal(AnnouncementState.Posted, (await h.RowAsync(GuildA, 15, moved))!.State);
        Assert.Single(h.Publisher.Created);
    }

    [Fact]
    public async Task A_posted_step_is_not_posted_again_when_the_channel_changes()
    {
        await using var h = new AnnouncementHarness();
        await h.ConfigureAsync(GuildA, ChannelA, 15);
        var processor = h.NewProcessor();
        h.AdvanceTo(Start.AddMinutes(-15));
        await h.RunAsync(processor);

        await h.ConfigureAsync(GuildA, ChannelB, 15);
        h.AdvanceTo(Start.AddMinutes(-14));
        await h.RunAsync(processor);

        Assert.Equal(ChannelA, Assert.Single(h.Publisher.Calls).ChannelId);
    }

    [Fact]
    public async Task A_guild_without_a_channel_gets_nothing()
    {
        await using var h = new AnnouncementHarness();
        await h.Settings.SaveAsync(NewsBot.Settings.GuildSettings.Default(GuildA), 9, CancellationToken.None);
        h.AdvanceTo(Start);

        Assert.Null(await h.RunAsync(h.NewProcessor()));
        Assert.Empty(h.Publisher.Calls);
    }

    [Fact]
    public async Task Two_instances_on_one_database_post_each_step_once()
    {
        await using var h = new AnnouncementHarness();
        await h.ConfigureAsync(GuildA, ChannelA, 15, 0);
        await h.ConfigureAsync(GuildB, ChannelB, 15, 0);
        var first = h.NewProcessor(InstanceA);
        var second = h.NewProcessor(InstanceB);

        foreach (var at in new[] { Start.AddMinutes(-15), Start })
        {
            h.AdvanceTo(at);
            await Task.WhenAll(h.RunAsync(first), h.RunAsync(second), h.RunAsync(first), h.RunAsync(second));
        }

        Assert.Equal(4, h.Publisher.Calls.Count);
        Assert.Equal(4, h.Publisher.Calls.Select(c => c.Nonce).Distinct().Count());
    }

    [Fact]
    public async Task A_step_left_posting_longer_than_the_nonce_window_is_skipped_not_posted_twice()
    {
        await using var h = new AnnouncementHarness();
        await h.ConfigureAsync(GuildA, ChannelA, 0);
        h.Publisher.Script(ChannelA, new FakePublisher.Outcome.CrashAfterPosting());
        h.AdvanceTo(Start);
        await h.RunAsync(h.NewProcessor());

        h.AdvanceTo(Start.AddMinutes(5));
        await h.RunAsync(h.NewProcessor());

        Assert.Single(h.Publisher.Calls);
        var row = (await h.RowAsync(GuildA, 0))!;
        Assert.Equal(AnnouncementState.Skipped, row.State);
        Assert.StartsWith("outcome unknown", row.Reason, StringComparison.Ordinal);
    }
}
