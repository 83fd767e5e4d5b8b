using NewsBot.Announcements;
using static NewsBot.Tests.Announcements.AnnouncementHarness;

namespace NewsBot.Tests.Announcements;

/// <summary>
/// Steps interrupted by a crash (a round cancelled mid-post writes nothing more, as after SIGKILL) or delayed by retries,
/// shortly before their stream starts: each is posted once, as soon as possible after the restart.
/// </summary>
public sealed class InterruptedStepTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_rate_limited_reminder_interrupted_by_a_crash_is_posted_once_right_after_an_immediate_restart()
    {
        await using var h = new AnnouncementHarness(Start.AddSeconds(-90));
        var streams = h.ScheduleSimultaneous(6, Start);
        await h.ConfigureAsync(GuildA, ChannelA, 1, 0);
        h.Publisher.RateLimit(5, TimeSpan.FromSeconds(5), h.Time);
        var first = h.NewProcessor();
        Assert.Equal(Start.AddMinutes(-1), await h.RunAsync(first));

        // Six reminders at once: five go out, the sixth waits for the channel's rate limit (5 per 5 s) when the bot dies.
        h.AdvanceTo(Start.AddMinutes(-1));
        using var crash = new CancellationTokenSource();
        var round = first.RunOnceAsync(crash.Token);
        await SignalsAsync(h.Publisher.CalledSignal, 6);
        await SignalsAsync(h.Publisher.CreatedSignal, 5);
        await EventuallyAsync(async () => (await h.Ledger.ListOpenAsync(CancellationToken.None)).Count(r => r.Key.Offset > TimeSpan.Zero) == 1);
        h.Time.Advance(TimeSpan.FromSeconds(2));
        await crash.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => round);
        var interrupted = Assert.Single(await h.Ledger.ListOpenAsync(CancellationToken.None), r => r.State == AnnouncementState.Posting);

        // Restarted at once: the reminder is posted as soon as the rate limit lets it, well before the start.
        var restarted = h.NewProcessor();
        var again = h.RunAsync(restarted);
        await Task.WhenAny(again, h.Publisher.CalledSignal.Reader.WaitToReadAsync().AsTask());
        h.AdvanceTo(Start.AddSeconds(-55));
        await again.WaitAsync(Timeout);

        // "Live now" for all six at the start, the sixth again after the rate limit.
        Drain(h);
        h.AdvanceTo(Start);
        var live = h.RunAsync(restarted);
        await SignalsAsync(h.Publisher.CalledSignal, 6);
        await SignalsAsync(h.Publisher.CreatedSignal, 5);
        h.AdvanceTo(Start.AddSeconds(5));
        await live.WaitAsync(Timeout);
        h.AdvanceTo(Start.AddMinutes(2));
        await h.RunAsync(restarted);

        var row = (await h.Ledger.GetAsync(interrupted.Key, CancellationToken.None))!;
        Assert.True(row.State == AnnouncementState.Posted, $"{row.State}: {row.Reason}");
        Assert.Equal(Start.AddSeconds(-55), row.UpdatedAt);
        Assert.Equal(2, h.Publisher.Calls.Count(c => c.Nonce == interrupted.Nonce));
        Assert.Equal(12, h.Publisher.Created.Count);
        foreach (var stream in streams)
        {
            foreach (var minutes in new[] { 1, 0 })
                Assert.Equal(AnnouncementState.Posted, (await h.RowAsync(GuildA, minutes, Start, stream.DiscussionId))!.State);
        }
    }

    [Fact]
    public async Task A_reminder_whose_retry_after_a_server_error_is_interrupted_by_a_crash_is_posted_once_right_after_the_restart()
    {
        await using var h = new AnnouncementHarness(Start.AddSeconds(-90));
        await h.ConfigureAsync(GuildA, ChannelA, 1, 0);
        h.Publisher.Script(ChannelA,
            new FakePublisher.Outcome.Fail(new PublishResult.TransientFailure("500: Internal Server Error")),
            new FakePublisher.Outcome.Hang());
        var first = h.NewProcessor();
        await h.RunAsync(first);
        h.AdvanceTo(Start.AddMinutes(-1));
        Assert.Equal(Start.AddSeconds(-50), await h.RunAsync(first));

        // The retry is in flight when the bot dies.
        h.AdvanceTo(Start.AddSeconds(-50));
        using var crash = new CancellationTokenSource();
        var round = first.RunOnceAsync(crash.Token);
        await SignalsAsync(h.Publisher.CalledSignal, 2);
        await crash.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => round);
        Assert.Equal(AnnouncementState.Posting, (await h.RowAsync(GuildA, 1))!.State);

        var restarted = h.NewProcessor();
        await h.RunAsync(restarted);
        h.AdvanceTo(Start);
        await h.RunAsync(restarted);
        h.AdvanceTo(Start.AddMinutes(2));
        await h.RunAsync(restarted);

        var row = (await h.RowAsync(GuildA, 1))!;
        Assert.True(row.State == AnnouncementState.Posted, $"{row.State}: {row.Reason}");
        Assert.Equal(Start.AddSeconds(-50), row.UpdatedAt);
        Assert.Equal(3, row.Attempts);
        Assert.Equal(3, h.Publisher.Calls.Count(c => c.Nonce == row.Nonce));
        Assert.Equal(2, h.Publisher.Created.Count);
        Assert.Equal(row.MessageId, h.Publisher.Created.First().MessageId);
    }

    [Fact]
    public async Task A_reminder_first_claimed_before_the_start_is_still_posted_when_its_retries_run_past_the_start()
    {
        await using var h = new AnnouncementHarness(Start.AddSeconds(-90));
        await h.ConfigureAsync(GuildA, ChannelA, 1);
        var serverError = new FakePublisher.Outcome.Fail(new PublishResult.TransientFailure("500: Internal Server Error"));
        h.Publisher.Script(ChannelA, serverError, serverError, serverError);
        var processor = h.NewProcessor();
        await h.RunAsync(processor);

        // Attempts at −60 s, −50 s, −30 s fail; the fourth comes 10 s after the start.
        foreach (var at in new[] { -60, -50, -30, 10 })
        {
            h.AdvanceTo(Start.AddSeconds(at));
            await h.RunAsync(processor);
        }

        var row = (await h.RowAsync(GuildA, 1))!;
        Assert.True(row.State == AnnouncementState.Posted, $"{row.State}: {row.Reason}");
        Assert.Equal(4, row.Attempts);
        Assert.Equal(Start.AddSeconds(10), row.UpdatedAt);
        Assert.Contains("Gleich geht's los", Assert.Single(h.Publisher.Created).Message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_whose_retries_run_past_the_end_of_its_stream_is_skipped()
    {
        await using var h = new AnnouncementHarness(Start.AddMinutes(-1));
        h.Options.RetryBaseDelay = TimeSpan.FromMinutes(10);
        h.Options.NonceWindow = TimeSpan.FromHours(2); // so only the stream's end, not the nonce, limits the retries
        await h.ConfigureAsync(GuildA, ChannelA, 0);
        var serverError = new FakePublisher.Outcome.Fail(new PublishResult.TransientFailure("500: Internal Server Error"));
        h.Publisher.Script(ChannelA, serverError, serverError, serverError);
        var processor = h.NewProcessor();
        await h.RunAsync(processor);

        // Attempts at the start, 10 and 30 min later fail; the fourth would come at 70 min, after the end (45 min).
        foreach (var minutes in new[] { 0, 10, 30, 70 })
        {
            h.AdvanceTo(Start.AddMinutes(minutes));
            await h.RunAsync(processor);
        }

        var row = (await h.RowAsync(GuildA, 0))!;
        Assert.Equal(AnnouncementState.Skipped, row.State);
        Assert.Contains("already ended", row.Reason, StringComparison.Ordinal);
        Assert.Equal(3, h.Publisher.Calls.Count);
        Assert.Empty(h.Publisher.Created);
    }

    [Fact]
    public async Task Retries_of_a_post_whose_outcome_is_unknown_never_start_after_Discords_nonce_de_duplication_could_miss_a_double()
    {
        await using var h = new AnnouncementHarness(Start.AddHours(-2));
        h.Options.RetryBaseDelay = TimeSpan.FromSeconds(30);
        await h.ConfigureAsync(GuildA, ChannelA, 60);
        var timedOut = new FakePublisher.Outcome.Fail(new PublishResult.TransientFailure("no answer within 20 s"));
        h.Publisher.Script(ChannelA, timedOut, timedOut, timedOut, timedOut, timedOut);
        var processor = h.NewProcessor();
        var due = Start.AddMinutes(-60);
        var next = await h.RunAsync(processor);

        // Backoff 30, 60, 120 s would put the fourth attempt at +210 s, when a message of the first (which may have
        // reached Discord) no longer de-duplicates its nonce; the retries must fit before +180 s − the publish timeout.
        var attemptsAt = new List<DateTimeOffset>();
        while (next is { } at && attemptsAt.Count < 10)
        {
            h.AdvanceTo(at);
            var calls = h.Publisher.Calls.Count;
            next = await h.RunAsync(processor);
            if (h.Publisher.Calls.Count > calls)
                attemptsAt.Add(at);
        }

        var lastStart = due + h.Options.NonceWindow - h.Options.PublishTimeout;
        Assert.Equal([due, due.AddSeconds(30), due.AddSeconds(90), lastStart], attemptsAt);
        var row = (await h.RowAsync(GuildA, 60))!;
        Assert.Equal(AnnouncementState.Failed, row.State);
        Assert.Contains("nonce", row.Reason, StringComparison.Ordinal);
    }

    private static async Task SignalsAsync(System.Threading.Channels.Channel<ulong> signal, int count)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        for (var i = 0; i < count; i++)
            await signal.Reader.ReadAsync(timeout.Token);
    }

    private static void Drain(AnnouncementHarness h)
    {
        while (h.Publisher.CalledSignal.Reader.TryRead(out _) || h.Publisher.CreatedSignal.Reader.TryRead(out _))
        {
        }
    }

    /// <summary>Waits (in real time, bounded) until the processor's writes for the posts already made have reached the ledger.</summary>
    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold in time");
            await Task.Delay(5);
        }
    }
}
