using Microsoft.Extensions.Logging;
using NewsBot.Announcements;
using NewsBot.Tests.Commands.Fakes;
using static NewsBot.Tests.Announcements.AnnouncementHarness;

namespace NewsBot.Tests.Announcements;

/// <summary>
/// Several processes on one database, each a processor with its own instance id (or, by mistake, the same): a live
/// process's claim is never taken over early, a restarted one takes over only its own interrupted claims at once, and no
/// step is posted twice. A crash is a round cancelled mid-post: it writes nothing more, as after SIGKILL.
/// Run against SQLite and PostgreSQL.
/// </summary>
public abstract class MultiInstanceContract
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private protected abstract Task<AnnouncementHarness> HarnessAsync();

    protected async Task Another_instance_does_not_take_over_a_live_instances_fresh_claim_body()
    {
        await using var h = await HarnessAsync();
        await h.ConfigureAsync(GuildA, ChannelA, 15);
        h.Publisher.Script(ChannelA, new FakePublisher.Outcome.Hang());
        var (a, b) = (h.NewProcessor(InstanceA), h.NewProcessor(InstanceB));
        await h.RunAsync(b);
        h.AdvanceTo(Start.AddMinutes(-15));

        var posting = h.RunAsync(a);
        await SignalsAsync(h.Publisher.CalledSignal, 1);
        h.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(Start.AddMinutes(-14), await h.RunAsync(b));
        h.Time.Advance(TimeSpan.FromSeconds(10));
        await posting.WaitAsync(Timeout);

        Assert.Single(h.Publisher.Calls);
        var row = (await h.RowAsync(GuildA, 15))!;
        Assert.Equal(AnnouncementState.Planned, row.State);
        Assert.Equal(InstanceA, row.ClaimedBy?.InstanceId);
        Assert.Contains("no answer", row.Reason, StringComparison.Ordinal);
    }

    protected async Task A_crashed_instance_that_stays_down_is_taken_over_by_another_only_after_the_claim_lease_body()
    {
        await using var h = await HarnessAsync();
        await h.ConfigureAsync(GuildA, ChannelA, 15);
        h.Publisher.Script(ChannelA, new FakePublisher.Outcome.Hang());
        var b = h.NewProcessor(InstanceB);
        h.AdvanceTo(Start.AddMinutes(-15));
        await CrashWhilePostingAsync(h, h.NewProcessor(InstanceA), calls: 1);

        h.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(Start.AddMinutes(-14), await h.RunAsync(b));
        Assert.Single(h.Publisher.Calls);
        h.AdvanceTo(Start.AddMinutes(-14));
        await h.RunAsync(b);

        var row = (await h.RowAsync(GuildA, 15))!;
        Assert.Equal((AnnouncementState.Posted, 2), (row.State, row.Attempts));
        Assert.Single(h.Publisher.Calls.Select(c => c.Nonce).Distinct());
        Assert.Single(h.Publisher.Created);
    }

    protected async Task A_restarted_instance_takes_over_its_own_interrupted_claim_at_once_and_another_instances_only_after_the_lease_body()
    {
        await using var h = await HarnessAsync();
        await h.ConfigureAsync(GuildA, ChannelA, 15);
        h.Publisher.Script(ChannelA, new FakePublisher.Outcome.Hang());
        h.Publisher.Script(ChannelB, new FakePublisher.Outcome.Hang());
        h.AdvanceTo(Start.AddMinutes(-15));
        await CrashWhilePostingAsync(h, h.NewProcessor(InstanceA), calls: 1);
        await h.ConfigureAsync(GuildB, ChannelB, 15);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        await CrashWhilePostingAsync(h, h.NewProcessor(InstanceB), calls: 1);

        h.Time.Advance(TimeSpan.FromSeconds(1));
        var restarted = h.NewProcessor(InstanceA);
        Assert.Equal(Start.AddMinutes(-14).AddSeconds(1), await h.RunAsync(restarted));

        Assert.Equal(ChannelA, Assert.Single(h.Publisher.Created).ChannelId);
        Assert.Equal(AnnouncementState.Posted, (await h.RowAsync(GuildA, 15))!.State);
        var other = (await h.RowAsync(GuildB, 15))!;
        Assert.Equal((AnnouncementState.Posting, InstanceB, false), (other.State, other.ClaimedBy?.InstanceId, other.ClaimAbandoned));

        h.AdvanceTo(Start.AddMinutes(-14).AddSeconds(1));
        await h.RunAsync(restarted);
        Assert.Equal(AnnouncementState.Posted, (await h.RowAsync(GuildB, 15))!.State);
        Assert.Equal(2, h.Publisher.Created.Count);
    }

    protected async Task A_step_interrupted_longer_ago_than_the_nonce_window_is_skipped_after_the_restart_not_posted_again_body()
    {
        await using var h = await HarnessAsync();
        await h.ConfigureAsync(GuildA, ChannelA, 0);
        h.Publisher.Script(ChannelA, new FakePublisher.Outcome.Hang());
        h.AdvanceTo(Start);
        await CrashWhilePostingAsync(h, h.NewProcessor(InstanceA), calls: 1);

        h.AdvanceTo(Start + h.Options.NonceWindow + TimeSpan.FromSeconds(1));
        await h.RunAsync(h.NewProcessor(InstanceA));

        Assert.Single(h.Publisher.Calls);
        var row = (await h.RowAsync(GuildA, 0))!;
        Assert.Equal(AnnouncementState.Skipped, row.State);
        Assert.StartsWith("outcome unknown", row.Reason, StringComparison.Ordinal);
    }

    protected async Task Two_processes_started_with_the_same_instance_id_post_each_step_once_and_the_earlier_one_reports_the_clash_body()
    {
        await using var h = await HarnessAsync();
        await h.ConfigureAsync(GuildA, ChannelA, 15, 0);
        h.Publisher.Script(ChannelA, new FakePublisher.Outcome.Hang());
        var logs = new CapturingLoggerProvider();
        using var loggers = new LoggerFactory([logs]);
        var first = h.NewProcessor(InstanceA, loggers.CreateLogger<AnnouncementProcessor>());
        await h.RunAsync(first);
        h.AdvanceTo(Start.AddMinutes(-15));
        var posting = h.RunAsync(first);
        await SignalsAsync(h.Publisher.CalledSignal, 1);

        // The same id by mistake: the newer process takes the first one's live claim over at once; the nonce keeps it single.
        var second = h.NewProcessor(InstanceA);
        await h.RunAsync(second);
        h.Time.Advance(h.Options.PublishTimeout);
        await posting.WaitAsync(Timeout);
        await h.RunAsync(first);

        h.AdvanceTo(Start);
        await Task.WhenAll(h.RunAsync(first), h.RunAsync(second), h.RunAsync(first), h.RunAsync(second));

        Assert.Equal(2, h.Publisher.Created.Count);
        Assert.Equal(AnnouncementState.Posted, (await h.RowAsync(GuildA, 15))!.State);
        Assert.Equal(AnnouncementState.Posted, (await h.RowAsync(GuildA, 0))!.State);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("another worker took over this claim", StringComparison.Ordinal));
        var clash = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains($"another process started as instance {InstanceA}", clash.Message, StringComparison.Ordinal);
    }

    /// <summary>Runs a round of <paramref name="processor"/> until it has made <paramref name="calls"/> posts, then kills it.</summary>
    private static async Task CrashWhilePostingAsync(AnnouncementHarness h, AnnouncementProcessor processor, int calls)
    {
        using var crash = new CancellationTokenSource();
        var round = processor.RunOnceAsync(crash.Token);
        await SignalsAsync(h.Publisher.CalledSignal, calls);
        await crash.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => round);
    }

    private static async Task SignalsAsync(System.Threading.Channels.Channel<ulong> signal, int count)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        for (var i = 0; i < count; i++)
            await signal.Reader.ReadAsync(timeout.Token);
    }
}
