using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Rest.RateLimits;
using NewsBot.Discord.Tests.Support;

namespace NewsBot.Discord.Tests.Rest;

internal sealed class RestClientFixture
{
    public RestClientFixture(Action<DiscordClientOptions>? configure = null)
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
        Client = new DiscordRestClient(Http, Limiter, wrapped, Time, NullLogger<DiscordRestClient>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 4, 17, 0, 0, TimeSpan.Zero));
    public FakeDiscordHttp Http { get; }
    public RestRateLimiter Limiter { get; }
    public DiscordRestClient Client { get; }
}
