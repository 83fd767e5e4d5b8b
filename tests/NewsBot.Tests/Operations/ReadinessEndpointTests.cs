using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Hosting;
using NewsBot.Operations;

namespace NewsBot.Tests.Operations;

/// <summary>
/// The real host's operations port, started as <c>Program</c> starts it (a start-up check) before anything connects:
/// alive at once, not ready before a gateway session exists or while the database does not answer.
/// </summary>
public sealed class ReadinessEndpointTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-ready-").FullName;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public void Dispose()
    {
        _http.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<(Microsoft.Extensions.Hosting.IHost Host, Uri Address)> StartPortAsync(params (string Key, string? Value)[] settings)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["Discord:Token"] = "not-a-real-token",
            ["Documents:Folder"] = Path.Combine(_folder, "documents"),
            ["Schedule:File"] = Path.Combine(_folder, "streams.json"),
            ["Storage:SqlitePath"] = Path.Combine(_folder, "newsbot.db"),
            ["Operations:ListenUrl"] = "http://127.0.0.1:0",
        };
        foreach (var (key, value) in settings)
            overrides[key] = value;
        var host = NewsBotHost.CreateBuilder([], overrides).Build();
        var server = host.Services.GetRequiredService<OperationsServer>();
        await server.CheckAsync(CancellationToken.None);
        return (host, server.Address!);
    }

    [Fact]
    public async Task Before_any_gateway_session_the_bot_is_alive_but_not_ready()
    {
        var (host, address) = await StartPortAsync();
        using (host)
        {
            using var alive = await _http.GetAsync(new Uri(address, "healthz"));
            using var ready = await _http.GetAsync(new Uri(address, "readyz"));
            var body = await ready.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains("gateway: Unhealthy (no shard started yet)", body, StringComparison.Ordinal);
            Assert.Contains("storage: Healthy (Sqlite answers)", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_database_that_does_not_answer_makes_the_bot_not_ready()
    {
        using var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var (host, address) = await StartPortAsync(
            ("Storage:Provider", "Postgres"),
            ("Storage:PostgresConnectionString", $"Host=127.0.0.1;Port={port};Username=newsbot;Password=geheim;Database=newsbot;Timeout=3"),
            ("Discord:ConnectGateway", "false"));
        using (host)
        {
            using var alive = await _http.GetAsync(new Uri(address, "healthz"));
            using var ready = await _http.GetAsync(new Uri(address, "readyz"));
            var body = await ready.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains("storage: Unhealthy (Postgres does not answer", body, StringComparison.Ordinal);
            Assert.Contains("gateway: Healthy (gateway not used", body, StringComparison.Ordinal);
            Assert.DoesNotContain("geheim", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_a_listen_url_no_port_is_opened_and_no_metrics_are_collected()
    {
        var host = NewsBotHost.CreateBuilder([], new Dictionary<string, string?> { ["Discord:Token"] = "not-a-real-token" }).Build();
        using (host)
        {
            var server = host.Services.GetRequiredService<OperationsServer>();
            await server.CheckAsync(CancellationToken.None);

            Assert.Null(server.Address);
            Assert.Null(host.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
        }
    }
}
