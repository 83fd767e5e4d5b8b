using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.HttpInteractions;
using static NewsBot.EndToEnd.Tests.BotHarness;

namespace NewsBot.EndToEnd.Tests;

/// <summary>The bot's interactions endpoint over a real socket: what it refuses before any handler runs.</summary>
public sealed class HttpEndpointTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = new(2030, 3, 4, 12, 0, 0, TimeSpan.Zero);
    private BotHarness _bot = null!;
    private readonly HttpClient _http = new() { Timeout = Patience };

    public async Task InitializeAsync() =>
        _bot = await BotHarness.StartAsync(Now, Streams(Now.AddDays(2), Now.AddDays(2).AddHours(1)), mode: Http);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    public void Dispose() => _http.Dispose();

    private Uri Endpoint => _bot.Services.GetRequiredService<HttpInteractionsServer>().EndpointUrl!;

    private async Task<HttpStatusCode> PostAsync(string body, string? signature, string? timestamp, string? path = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path is null ? Endpoint : new Uri(Endpoint, path))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (signature is not null)
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        if (timestamp is not null)
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task Unsigned_forged_and_oversized_requests_are_refused_and_the_bot_keeps_answering_the_sandbox()
    {
        var ping = """{"id":"1","application_id":"2","type":1,"token":"t","version":1}""";
        var now = _bot.Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(ping, null, null));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(ping, new string('a', 128), now));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(ping, "xyz", now));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await PostAsync(new string(' ', 300_000), new string('a', 128), now));
        Assert.Equal(HttpStatusCode.NotFound, await PostAsync(ping, new string('a', 128), now, "/elsewhere"));

        var help = await _bot.ReplyAsync(_bot.Viewer("help", "en-US"));
        Assert.Contains("/summary", Text(help), StringComparison.Ordinal);
    }
}
