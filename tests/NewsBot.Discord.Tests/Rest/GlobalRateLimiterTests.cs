using NewsBot.Discord.Rest.RateLimits;
using NewsBot.Discord.Tests.Support;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>The global limit holds each request's slot until a second after its response, so Discord never sees a burst.</summary>
public sealed class GlobalRateLimiterTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 4, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_slot_frees_one_second_after_its_response_not_one_second_after_its_send()
    {
        var time = new TimerClock(Start);
        var limiter = new GlobalRateLimiter(time, requestsPerSecond: 2);
        await limiter.AcquireAsync(CancellationToken.None);
        await limiter.AcquireAsync(CancellationToken.None);
        var third = limiter.AcquireAsync(CancellationToken.None).AsTask();

        // The first response is slow: it arrives 300 ms after the send, when a send-time window would reopen at 1 s.
        time.Advance(TimeSpan.FromMilliseconds(300));
        limiter.Return();
        var freed = await time.AdvanceToTimerAsync(_ => true);
        await third.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(Start + TimeSpan.FromMilliseconds(1300), freed);
    }

    [Fact]
    public async Task While_every_slot_is_in_flight_a_request_waits_without_a_timer()
    {
        var time = new TimerClock(Start);
        var limiter = new GlobalRateLimiter(time, requestsPerSecond: 1);
        await limiter.AcquireAsync(CancellationToken.None);

        var second = limiter.AcquireAsync(CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromSeconds(5));

        Assert.False(second.IsCompleted);
        Assert.Empty(time.PendingTimers);
        limiter.Return();
        await time.AdvanceToTimerAsync(Start + TimeSpan.FromSeconds(6));
        await second.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Waiting_requests_are_served_in_the_order_they_came()
    {
        var time = new TimerClock(Start);
        var limiter = new GlobalRateLimiter(time, requestsPerSecond: 1);
        await limiter.AcquireAsync(CancellationToken.None);
        var order = new List<int>();
        var waiting = Enumerable.Range(1, 3).Select(async i =>
        {
            await limiter.AcquireAsync(CancellationToken.None);
            lock (order)
                order.Add(i);
            limiter.Return();
        }).ToList();

        limiter.Return();
        await time.RunUntilAsync(Task.WhenAll(waiting), TimeSpan.FromSeconds(2));

        Assert.Equal([1, 2, 3], order);
        Assert.Equal(Start + TimeSpan.FromSeconds(3), time.GetUtcNow());
    }

    [Fact]
    public async Task A_cancelled_wait_gives_the_turn_to_the_next_request()
    {
        var time = new TimerClock(Start);
        var limiter = new GlobalRateLimiter(time, requestsPerSecond: 1);
        await limiter.AcquireAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelled = limiter.AcquireAsync(cancel.Token).AsTask();
        var next = limiter.AcquireAsync(CancellationToken.None).AsTask();

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        limiter.Return();
        await time.AdvanceToTimerAsync(Start + TimeSpan.FromSeconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
