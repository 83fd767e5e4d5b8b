using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace NewsBot.Sandbox.Tests.Support;

/// <summary>Starts sandboxes for tests and talks HTTP to them.</summary>
internal static class TestSandbox
{
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A sandbox whose clock stands still: its interaction deadline, rate-limit windows, identify limit and heartbeat
    /// timeout never run out on a busy machine. Tests about those take the clock and move it themselves.
    /// </summary>
    public static async Task<SandboxServer> StartAsync(Action<SandboxOptions>? configure = null) =>
        (await StartWithFakeTimeAsync(configure)).Server;

    public static async Task<(SandboxServer Server, FakeTimeProvider Time)> StartWithFakeTimeAsync(Action<SandboxOptions>? configure = null)
    {
        var time = new FakeTimeProvider(Start);
        var options = new SandboxOptions { HeartbeatInterval = TimeSpan.FromSeconds(30), TimeProvider = time };
        configure?.Invoke(options);
        var server = new SandboxServer(options);
        await server.StartAsync();
        return (server, time);
    }

    public static HttpClient Client(SandboxServer server, string? token = "test-token")
    {
        var client = new HttpClient { BaseAddress = server.BaseUri, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", token);
        return client;
    }

    public static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    public static async Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(
        HttpClient client, HttpMethod method, string path, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
            request.Content = Json(body);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    public static string ChannelPath(SandboxServer server, string channel) =>
        $"api/v10/channels/{server.World.DefaultGuild.Channel(channel).Id}/messages";
}
