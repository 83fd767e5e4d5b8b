using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Announcements;

namespace NewsBot.Tests.Announcements;

public sealed class ReplanLoopTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _fake = new(Start);
    private readonly TimerWatch _time;
    private readonly FakeStreamSchedule _schedule = new();
    private readonly ReplanSignal _replan = new();
    private readonly ReplanLoop _loop;
    private readonly Channel<DateTimeOffset> _rounds = Channel.CreateUnbounded<DateTimeOffset>();
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _timeout = new(Patience);

    public ReplanLoopTests()
    {
        _time = new TimerWatch(_fake);
        _loop = new ReplanLoop([WakeSource.ScheduleChanges(_schedule), WakeSource.Replans(_replan)], () => Interval, _time);
    }

    [Fact]
    public async Task Sleeps_until_the_due_time_a_round_returns_but_never_longer_than_the_replan_interval()
    {
        var dues = new Queue<DateTimeOffset?>([Start.AddSeconds(10), null, Start.AddHours(1)]);
        var running = Run(_ => Task.FromResult(dues.Dequeue()));

        Assert.Equal(Start, await NextRoundAsync());
        Assert.Equal(TimeSpan.FromSeconds(10), await NextTimerAsync());
        _fake.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(Start.AddSeconds(10), await NextRoundAsync());
        Assert.Equal(Interval, await NextTimerAsync());
        _fake.Advance(Interval);
        Assert.Equal(Start.AddSeconds(40), await NextRoundAsync());
        Assert.Equal(Interval, await NextTimerAsync());

        await StopAsync(running);
    }

    [Fact]
    public async Task A_failed_round_is_reported_and_the_loop_goes_on_at_the_next_wake_up()
    {
        var failures = new List<Exception>();
        var calls = 0;
        var running = Run(
            _ => ++calls == 1 ? Task.FromException<DateTimeOffset?>(new InvalidOperationException("boom")) : Task.FromResult<DateTimeOffset?>(null),
            failures.Add);

        Assert.Equal(Start, await NextRoundAsync());
        Assert.Equal(Interval, await NextTimerAsync());
        Assert.Equal("boom", Assert.Single(failures).Message);
        _fake.Advance(Interval);
        Assert.Equal(Start + Interval, await NextRoundAsync());

        await StopAsync(running);
        Assert.Single(failures);
    }

    [Fact]
    public async Task A_replan_request_and_a_schedule_change_each_wake_the_loop_before_its_timer()
    {
        var running = Run(_ => Task.FromResult<DateTimeOffset?>(null));
        Assert.Equal(Start, await NextRoundAsync());
        await NextTimerAsync();

        _replan.Replan();
        Assert.Equal(Start, await NextRoundAsync());
        await NextTimerAsync();

        _schedule.Set();
        Assert.Equal(Start, await NextRoundAsync());
        await NextTimerAsync();

        await StopAsync(running);
    }

    [Fact]
    public async Task A_due_time_the_clock_reaches_while_the_loop_arms_its_timer_runs_the_round_at_once()
    {
        // Another thread advances the injected clock to the due time between the loop reading it and arming its timer.
        _time.BeforeArming = dueTime =>
        {
            _time.BeforeArming = null;
            _fake.Advance(dueTime);
        };
        var dues = new Queue<DateTimeOffset?>([Start.AddSeconds(20), null]);
        var running = Run(_ => Task.FromResult(dues.Dequeue()));

        Assert.Equal(Start, await NextRoundAsync());
        Assert.Equal(TimeSpan.FromSeconds(20), await NextTimerAsync());
        Assert.Equal(Start.AddSeconds(20), await NextRoundAsync());

        await StopAsync(running);
    }

    public void Dispose()
    {
        _loop.Dispose();
        _stop.Dispose();
        _timeout.Dispose();
    }

    private Task Run(Func<CancellationToken, Task<DateTimeOffset?>> round, Action<Exception>? failed = null) =>
        _loop.RunAsync(
            cancellationToken =>
            {
                _rounds.Writer.TryWrite(_time.GetUtcNow());
                return round(cancellationToken);
            },
            failed ?? (ex => Assert.Fail($"Unexpected failure: {ex}")),
            _stop.Token);

    private async Task<DateTimeOffset> NextRoundAsync() => await _rounds.Reader.ReadAsync(_timeout.Token);

    private async Task<TimeSpan> NextTimerAsync() => await _time.Timers.Reader.ReadAsync(_timeout.Token);

    private async Task StopAsync(Task running)
    {
        await _stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    /// <summary>The fake clock, reporting each timer the loop sets (so the test advances only once the loop sleeps).</summary>
    private sealed class TimerWatch(FakeTimeProvider inner) : TimeProvider
    {
        public Channel<TimeSpan> Timers { get; } = Channel.CreateUnbounded<TimeSpan>();

        /// <summary>Runs just before a timer is armed, with its due time.</summary>
        public Action<TimeSpan>? BeforeArming { get; set; }

        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            BeforeArming?.Invoke(dueTime);
            var timer = inner.CreateTimer(callback, state, dueTime, period);
            Timers.Writer.TryWrite(dueTime);
            return timer;
        }
    }
}
