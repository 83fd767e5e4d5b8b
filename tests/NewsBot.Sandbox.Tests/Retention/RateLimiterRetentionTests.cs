using Microsoft.Extensions.Time.Testing;
using NewsBot.Sandbox.Rest;

namespace NewsBot.Sandbox.Tests.Retention;

public sealed class RateLimiterRetentionTests
{
    [Fact]
    public void Buckets_of_interaction_tokens_whose_window_ended_are_forgotten()
    {
        var time = new FakeTimeProvider();
        var limiter = new RateLimiter(time);
        for (var i = 0; i < 2000; i++)
            limiter.Acquire(new RateKey("callback", $"token-{i}"), 50, TimeSpan.FromSeconds(1));

        time.Advance(TimeSpan.FromSeconds(2));
        limiter.Acquire(new RateKey("callback", "token-new"), 50, TimeSpan.FromSeconds(1));

        Assert.Equal(1, limiter.Count);
    }

    [Fact]
    public void A_bucket_still_in_its_window_keeps_counting_while_others_are_pruned()
    {
        var time = new FakeTimeProvider();
        var limiter = new RateLimiter(time);
        for (var i = 0; i < 2000; i++)
            limiter.Acquire(new RateKey("route", $"old-{i}"), 5, TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(2));
        var channel = new RateKey("messages", "42");
        for (var i = 0; i < 4; i++)
            limiter.Acquire(channel, 5, TimeSpan.FromSeconds(5));

        var fifth = limiter.Acquire(channel, 5, TimeSpan.FromSeconds(5));
        var sixth = limiter.Acquire(channel, 5, TimeSpan.FromSeconds(5));

        Assert.True(fifth.Allowed);
        Assert.Equal(0, fifth.Remaining);
        Assert.False(sixth.Allowed);
        Assert.Equal(1, limiter.Count);
    }
}
