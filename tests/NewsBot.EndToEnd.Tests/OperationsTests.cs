using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Operations;
using static NewsBot.EndToEnd.Tests.BotHarness;

namespace NewsBot.EndToEnd.Tests;

/// <summary>
/// OpenTelemetry's listener sees every host's meters in this process by name, and a host that is disposed takes its
/// series with it; so these tests run alone, after the others, where counts move only by what the test does.
/// </summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;

/// <summary>The operations port of the real host: readiness after the gateway's READY, and commands counted in /metrics.</summary>
[Collection(nameof(RunsAlone))]
public sealed class OperationsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2030, 3, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly HttpClient Http = new() { Timeout = Patience };
    private BotHarness _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await BotHarness.StartAsync(Now, Streams(Now.AddDays(2), Now.AddDays(2).AddHours(1)),
            settings: new Dictionary<string, string?> { ["Operations:ListenUrl"] = "http://127.0.0.1:0" });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private Uri Address => _bot.Services.GetRequiredService<OperationsServer>().Address ?? throw new InvalidOperationException("the port is off");

    [Fact]
    public async Task After_READY_the_bot_is_ready_and_metrics_count_a_command_by_name_and_outcome()
    {
        using var alive = await Http.GetAsync(new Uri(Address, "healthz"));
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        // The harness returns once the bot has registered its commands, which it does on READY.
        using var ready = await Http.GetAsync(new Uri(Address, "readyz"));
        var readiness = await ready.Content.ReadAsStringAsync();
        Assert.True(ready.StatusCode == HttpStatusCode.OK, readiness);
        Assert.Contains("gateway: Healthy (1 of 1 shard(s) ready)", readiness, StringComparison.Ordinal);
        Assert.Contains("storage: Healthy (Sqlite answers)", readiness, StringComparison.Ordinal);

        // Counters of earlier hosts may linger in the process's meters: compare before and after.
        (string, string)[] help = [("command", "help"), ("kind", "command"), ("outcome", "ok")];
        var before = Sample(await ScrapeAsync(), "newsbot_interactions_total", help);
        await _bot.ReplyAsync(_bot.Viewer("help", "en-US"));

        // The reply time is recorded once Discord (the sandbox) has answered the callback, a moment after the reply
        // arrived, and the exporter caches a scrape briefly: scrape again until both show.
        bool Counted(string scrape) =>
            Sample(scrape, "newsbot_interactions_total", help) >= before + 1
            && Sample(scrape, "newsbot_interaction_reply_duration_seconds_count", ("deferred", "false"), ("sent", "true")) >= 1;
        var deadline = DateTime.UtcNow + Patience;
        var metrics = await ScrapeAsync();
        while (!Counted(metrics) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            metrics = await ScrapeAsync();
        }

        Assert.True(Counted(metrics), metrics);
        Assert.Contains("newsbot_gateway_shards_ready", metrics, StringComparison.Ordinal);
    }

    private async Task<string> ScrapeAsync()
    {
        using var response = await Http.GetAsync(new Uri(Address, "metrics"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sum of a Prometheus text-format series over the lines whose labels include every one given.</summary>
    private static double Sample(string metrics, string name, params (string Key, string Value)[] labels) =>
        metrics.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal))
            .Where(line => labels.All(l => line.Contains($"{l.Key}=\"{l.Value}\"", StringComparison.Ordinal)))
            .Sum(line => double.Parse(line[(line.IndexOf("} ", StringComparison.Ordinal) + 2)..].Split(' ')[0], CultureInfo.InvariantCulture));
}
