using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Sandbox.Tests.Support;

namespace NewsBot.Sandbox.Tests.CommandLine;

/// <summary>The standalone sandbox's request logging: quiet unless <c>--verbose</c> asks for it.</summary>
public sealed class RequestLoggingTests
{
    /// <summary>
    /// Starts the sandbox with the options the command line gives, has a bot answer one interaction through the control
    /// API, and returns the log lines of ASP.NET Core below Warning. "Request starting" and "Executing endpoint" are
    /// written before the handler runs, so once the reply is back they are there or never will be.
    /// </summary>
    private static async Task<List<string>> RequestLinesAsync(params string[] args)
    {
        var capture = new CapturingLoggerProvider();
        var options = SandboxCommandLine.Options(SandboxCommandLine.Create().Parse(args), o =>
        {
            o.TimeProvider = new FakeTimeProvider(TestSandbox.Start);
            o.HeartbeatInterval = TimeSpan.FromSeconds(30);
            o.ConfigureLogging = logging => logging.AddProvider(capture);
        });
        await using var server = new SandboxServer(options);
        await server.StartAsync();
        var (bot, _) = await RawBot.IdentifiedAsync(server);
        await using var _ = bot;
        await bot.ReceiveDispatchAsync("GUILD_CREATE");
        using var control = TestSandbox.Client(server, token: null);
        using var http = TestSandbox.Client(server);

        var invoke = control.PostAsync(new Uri("_sandbox/interactions", UriKind.Relative),
            TestSandbox.Json(new JsonObject { ["data"] = new JsonObject { ["name"] = "help" } }));
        var interaction = (await bot.ReceiveDispatchAsync("INTERACTION_CREATE"))["d"]!;
        var (callbackStatus, _, _) = await TestSandbox.SendAsync(http, HttpMethod.Post,
            $"api/v10/interactions/{interaction["id"]}/{interaction["token"]}/callback",
            new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "Hilfe" } });
        using var response = await invoke;

        Assert.Equal(204, callbackStatus);
        Assert.Equal(200, (int)response.StatusCode);
        return [.. capture.Lines
            .Where(l => l.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) && l.Level < LogLevel.Warning)
            .Select(l => $"{l.Category}: {l.Message}")];
    }

    [Fact]
    public async Task By_default_the_sandbox_logs_no_line_per_request()
    {
        var lines = await RequestLinesAsync();

        Assert.Empty(lines);
    }

    [Fact]
    public async Task With_verbose_the_sandbox_logs_each_request_and_the_endpoint_it_ran()
    {
        var lines = await RequestLinesAsync("--verbose");

        Assert.Contains(lines, l => l.Contains("Request starting", StringComparison.Ordinal) && l.Contains("/_sandbox/interactions", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Request starting", StringComparison.Ordinal) && l.Contains("/callback", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Executing endpoint", StringComparison.Ordinal));
    }
}
