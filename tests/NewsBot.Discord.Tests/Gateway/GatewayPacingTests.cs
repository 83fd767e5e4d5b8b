using NewsBot.Discord.Gateway;
using NewsBot.Discord.Models;
using NewsBot.Discord.Tests.Support;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GatewayPacingTests
{
    private readonly TimerClock _time = new(new DateTimeOffset(2025, 3, 4, 17, 0, 0, TimeSpan.Zero));

    /// <summary>How long the work waited: the clock moves from one of its timers to the next until it is done.</summary>
    private async Task<TimeSpan> ElapsedUntil(Func<Task> work)
    {
        var start = _time.GetUtcNow();
        await _time.RunUntilAsync(work(), TimeSpan.FromMinutes(2));
        return _time.GetUtcNow() - start;
    }

    [Fact]
    public async Task Shards_in_different_concurrency_buckets_identify_together_and_the_same_bucket_waits_five_seconds()
    {
        var scheduler = new IdentifyScheduler(_time);
        scheduler.Configure(new SessionStartLimit { Total = 1000, Remaining = 1000, ResetAfter = 0, MaxConcurrency = 2 });

        await scheduler.WaitTurnAsync(0, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        await scheduler.WaitTurnAsync(1, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        var third = await ElapsedUntil(() => scheduler.WaitTurnAsync(2, CancellationToken.None).AsTask());

        Assert.InRange(third, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(6));
    }

    [Fact]
    public async Task No_identify_while_the_session_start_limit_is_spent_until_it_resets()
    {
        var scheduler = new IdentifyScheduler(_time);
        scheduler.Configure(new SessionStartLimit { Total = 1000, Remaining = 0, ResetAfter = 60_000, MaxConcurrency = 1 });

        var waited = await ElapsedUntil(() => scheduler.WaitTurnAsync(0, CancellationToken.None).AsTask());

        Assert.True(waited >= TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task The_121st_gateway_send_within_a_minute_waits_for_the_window()
    {
        var limiter = new GatewaySendLimiter(_time);
        var start = _time.GetUtcNow();
        for (var i = 0; i < 120; i++)
            await limiter.WaitAsync(CancellationToken.None);
        Assert.Equal(start, _time.GetUtcNow());

        var waited = await ElapsedUntil(() => limiter.WaitAsync(CancellationToken.None).AsTask());

        Assert.InRange(waited, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(61));
    }
}
