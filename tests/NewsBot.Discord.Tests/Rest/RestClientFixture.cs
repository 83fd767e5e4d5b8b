using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Rest.RateLimits;
using NewsBot.Discord.Tests.Support;

namespace NewsBot.Discord.Tests.Rest;

internal sealed class RestClientFixture
{
    public RestClientFixture(Action<DiscordClientOptions>? configure = null, IMeterFactory? meterFactory = null)
    {
        var options = new DiscordClientOptions
        {
            Token = "test-token",
            RestBaseUrl = new Uri("http://127.0.0.1:5999/api"),
            UserAgentUrl = "https://example.test/newsbot",
            UserAgentVersion = "2.1",
            TransientRetryBaseDelay = TimeSpan.Zero,
        };
        configure?.Invoke(options);
        Http = new FakeDiscordHttp(Time);
        var wrapped = Options.Create(options);
        Limiter = new RestRateLimiter(Time, wrapped);
        Client = new DiscordRestClient(Http, Limiter, wrapped, Time, NullLogger<DiscordRestClient>.Instance, new RateLimitMetrics(meterFactory));
    }

    public TimerClock Time { get; } = new(new DateTimeOffset(2025, 3, 4, 17, 0, 0, TimeSpan.Zero));
    public FakeDiscordHttp Http { get; }
    public RestRateLimiter Limiter { get; }
    public DiscordRestClient Client { get; }

    /// <summary>
    /// Lets the clock run from one wait of the client to the next until <paramref name="work"/> is done: rate-limit
    /// waits and retry backoffs here are all within 10 s, request timeouts (30 s unless a test sets one) beyond.
    /// </summary>
    public Task<T> RunAsync<T>(Task<T> work) => Time.RunUntilAsync(work, TimeSpan.FromSeconds(10));

    public Task RunAsync(Task work) => Time.RunUntilAsync(work, TimeSpan.FromSeconds(10));

    /// <summary>Waits until a global 429 holds the client back (it sleeps until the pause is over).</summary>
    public Task GlobalPauseAsync() =>
        Time.WaitForTimerAsync((_, setBy) => setBy == "GlobalRateLimiter.WaitForPauseAsync");
}
