using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Announcements;
using NewsBot.Hosting;
using NewsBot.Sandbox;
using NewsBot.Settings;
using NewsBot.Texts;

namespace NewsBot.Benchmarks;

/// <summary>
/// <c>--fanout [--servers N]</c>: the real bot host announces one stream's "live now" step to N servers of a sandbox on
/// 127.0.0.1, both in this process, on the real clock. Reports the wall time from the step's due time to the last post
/// against the floor Discord's global limit allows (N posts at 50/s; the first second's 50 go at once, so the last
/// post can come no earlier than (N − 50) / 50 s after the first), every 429 the bot met, and what the run cost in CPU.
/// </summary>
internal static class FanOutRun
{
    private const string Token = "fanout-token";

    public static async Task<int> RunAsync(string[] args)
    {
        var servers = ArgParsing.Int(args, "--servers", 1000);
        var folder = Path.Combine(Path.GetTempPath(), "newsbot-fanout-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "documents"));
        try
        {
            return await RunInAsync(folder, servers);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> RunInAsync(string folder, int servers)
    {
        await using var sandbox = new SandboxServer(new SandboxOptions { ExpectedToken = Token, MaxRetainedInteractions = 100 });
        while (sandbox.Control.World.Guilds.Count < servers)
            sandbox.Control.World.AddGuild($"Server {sandbox.Control.World.Guilds.Count + 1}");
        await sandbox.StartAsync();

        var documents = Path.Combine(FindRepositoryRoot(), "config", "documents");
        var document = Directory.GetFiles(documents, "*.txt").Order(StringComparer.Ordinal).First();
        File.Copy(document, Path.Combine(folder, "documents", Path.GetFileName(document)));
        // Far enough ahead for the host to start and every server's settings to be stored; the run waits for it.
        var now = TimeProvider.System.GetUtcNow();
        var start = now.AddTicks(-(now.UtcTicks % TimeSpan.TicksPerSecond)).AddSeconds(20);
        var streams = Path.Combine(folder, "streams.json");
        await File.WriteAllTextAsync(streams, StreamsJson(Path.GetFileNameWithoutExtension(document), start));

        using var rateLimited = new RateLimitCounter();
        var builder = NewsBotHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:RestBaseUrl"] = new Uri(sandbox.BaseUri, "api").ToString(),
            ["Documents:Folder"] = Path.Combine(folder, "documents"),
            ["Schedule:File"] = streams,
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SqlitePath"] = Path.Combine(folder, "newsbot.db"),
            ["Logging:LogLevel:Default"] = "Error",
        });
        using var host = builder.Build();
        await host.StartAsync();
        if (!await sandbox.Control.WaitForBotAsync(TimeSpan.FromSeconds(60)))
            throw new InvalidOperationException("The bot did not connect to the sandbox.");

        var store = host.Services.GetRequiredService<IGuildSettingsStore>();
        var channels = new List<ulong>(servers);
        foreach (var guild in sandbox.Control.World.Guilds)
        {
            var channel = guild.Channel("announcements").Id;
            channels.Add(channel);
            await store.SaveAsync(new GuildSettings(guild.Id, channel, null, [TimeSpan.Zero], BotLanguage.English, false), 1, CancellationToken.None);
        }
        host.Services.GetRequiredService<IAnnouncementReplanner>().Replan();
        if (TimeProvider.System.GetUtcNow() > start - TimeSpan.FromSeconds(2))
            throw new InvalidOperationException("Setting up took longer than the lead time; the run would not start at the due time.");
        Console.WriteLine($"{servers} servers, one stream due at {start:HH:mm:ss.fff} UTC; waiting for it");

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var posted = await WaitForPostsAsync(sandbox, channels, start, TimeSpan.FromMinutes(5));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        var times = posted.Select(p => p.PostedAt).Order().ToList();
        var floor = TimeSpan.FromSeconds(Math.Max(0, servers - 50) / 50.0);
        var first = times[0] - start;
        var spread = times[^1] - times[0];
        var wall = times[^1] - start;
        Console.WriteLine($"posted {times.Count} of {servers}; doubled: {posted.Count(p => p.Count > 1)} channels");
        Console.WriteLine($"first post {Ms(first)} ms after due; last post {Seconds(wall)} s after due (first to last {Seconds(spread)} s)");
        Console.WriteLine($"floor at Discord's global limit (50/s, {servers} posts): {Seconds(floor)} s first to last " +
                          $"(the issue's round figure: {servers / 50} s); ratio {spread / Max(floor):0.00}× (due to last: {wall / Max(TimeSpan.FromSeconds(servers / 50.0)):0.00}× of {servers / 50} s)");
        Console.WriteLine($"429 answers the bot met: {rateLimited.Total} ({rateLimited.Describe()})");
        Console.WriteLine($"CPU of this process (bot + sandbox) from setup end to last post: {cpu.TotalSeconds:0.00} s");

        await host.StopAsync();
        return times.Count == servers && posted.All(p => p.Count == 1) ? 0 : 1;
    }

    private static TimeSpan Max(TimeSpan value) => value > TimeSpan.Zero ? value : TimeSpan.FromMilliseconds(1);

    /// <summary>Waits until every channel holds a post (or the patience runs out); returns each channel's first post time and count.</summary>
    private static async Task<List<(DateTimeOffset PostedAt, int Count)>> WaitForPostsAsync(
        SandboxServer sandbox, List<ulong> channels, DateTimeOffset start, TimeSpan patience)
    {
        var deadline = start + patience;
        while (true)
        {
            var done = channels.Count(c => sandbox.Control.Messages(c).Count > 0);
            if (done == channels.Count || TimeProvider.System.GetUtcNow() > deadline)
                break;
            await Task.Delay(200);
        }
        // A moment more, so a double (a retry that posted twice) would show.
        await Task.Delay(TimeSpan.FromSeconds(2));
        return
        [
            .. channels.Select(c => sandbox.Control.Messages(c)).Where(m => m.Count > 0)
                .Select(m => (DateTimeOffset.Parse(m[0]["timestamp"]!.GetValue<string>(), CultureInfo.InvariantCulture), m.Count)),
        ];
    }

    private static string StreamsJson(string discussion, DateTimeOffset start) => new JsonObject
    {
        ["streams"] = new JsonArray(new JsonObject
        {
            ["discussion"] = discussion,
            ["start"] = start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["end"] = start.AddHours(1).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["link"] = "https://example.org/live",
        }),
    }.ToJsonString();

    private static string Ms(TimeSpan value) => value.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsBot.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("NewsBot.sln not found above the benchmark output.");
    }

    /// <summary>Counts the client's <c>newsbot.rest.rate_limited</c> measurements (429 answers by bucket scope).</summary>
    private sealed class RateLimitCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly Dictionary<string, long> _byScope = [];
        private readonly Lock _gate = new();

        public RateLimitCounter()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == "newsbot.rest.rate_limited")
                    listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                var scope = "unknown";
                foreach (var tag in tags)
                {
                    if (tag.Key is "scope" or "bucket" && tag.Value is not null)
                        scope = tag.Value.ToString() ?? scope;
                }
                lock (_gate)
                    _byScope[scope] = _byScope.GetValueOrDefault(scope) + value;
            });
            _listener.Start();
        }

        public long Total
        {
            get
            {
                lock (_gate)
                    return _byScope.Values.Sum();
            }
        }

        public string Describe()
        {
            lock (_gate)
                return _byScope.Count == 0 ? "none" : string.Join(", ", _byScope.Select(p => $"{p.Key}: {p.Value}"));
        }

        public void Dispose() => _listener.Dispose();
    }
}
