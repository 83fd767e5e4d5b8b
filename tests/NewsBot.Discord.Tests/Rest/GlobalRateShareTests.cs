using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Rest.RateLimits;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>Discord:GlobalRateShare: each process takes its share of the token's global limit.</summary>
public sealed class GlobalRateShareTests
{
    [Theory]
    [InlineData(50, 1.0, 50)]
    [InlineData(50, 0.5, 25)]
    [InlineData(50, 0.34, 17)]
    [InlineData(50, 0.333, 16)]
    [InlineData(50, 0.2, 10)]
    [InlineData(50, 0.01, 1)]
    [InlineData(3, 0.01, 1)]
    public void A_process_allows_itself_its_share_of_the_tokens_limit_rounded_down_and_at_least_one(int limit, double share, int expected) =>
        Assert.Equal(expected, new DiscordClientOptions { GlobalRequestsPerSecond = limit, GlobalRateShare = share }.GlobalRequestsPerSecondOfThisProcess);

    [Fact]
    public async Task With_half_the_share_a_process_sends_25_requests_in_a_second_and_the_26th_waits_for_the_next()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 19, 0, 0, TimeSpan.Zero));
        var limiter = new RestRateLimiter(time, Options.Create(new DiscordClientOptions { GlobalRateShare = 0.5 }));

        for (var i = 0; i < 25; i++)
        {
            var acquired = limiter.Global.AcquireAsync(CancellationToken.None).AsTask();
            Assert.True(acquired.IsCompletedSuccessfully, $"request {i + 1} had to wait");
        }
        var next = limiter.Global.AcquireAsync(CancellationToken.None).AsTask();
        Assert.False(next.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Two_processes_with_half_each_together_stay_within_the_tokens_fifty_per_second()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 19, 0, 0, TimeSpan.Zero));
        var options = Options.Create(new DiscordClientOptions { GlobalRateShare = 0.5 });
        RestRateLimiter[] processes = [new(time, options), new(time, options)];

        // Each process tries to send 40 at once: what goes out in the first second is what the token's limit sees.
        var sends = processes.SelectMany(p => Enumerable.Range(0, 40).Select(_ => p.Global.AcquireAsync(CancellationToken.None).AsTask())).ToList();
        var firstSecond = sends.Count(s => s.IsCompletedSuccessfully);
        time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(50, firstSecond);
    }
}
