using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Rest.RateLimits;

namespace NewsBot.Discord.Tests.Rest;

public sealed class RestRateLimiterPruningTests
{
    private static DiscordRoute Callback(int interaction) =>
        new(HttpMethod.Post, "interactions/{interaction_id}/{interaction_token}/callback", $"interactions/{interaction}/t/callback",
            interaction.ToString(System.Globalization.CultureInfo.InvariantCulture), ExemptFromGlobalLimit: true);

    private static async Task UseAsync(RestRateLimiter limiter, int interaction)
    {
        using var lease = await limiter.AcquireAsync(Callback(interaction), CancellationToken.None);
    }

    [Fact]
    public async Task Per_interaction_buckets_are_forgotten_once_idle_past_their_reset()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 4, 17, 0, 0, TimeSpan.Zero));
        var limiter = new RestRateLimiter(time, Options.Create(new DiscordClientOptions { Token = "t" }));
        for (var i = 0; i < 5001; i++)
            await UseAsync(limiter, i);

        time.Advance(TimeSpan.FromMinutes(2));
        await UseAsync(limiter, 100_000);
        Assert.Equal(1, limiter.BucketCount);
    }
}
