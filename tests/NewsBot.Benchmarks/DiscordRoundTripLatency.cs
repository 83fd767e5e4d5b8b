using System.Diagnostics;
using System.Globalization;

namespace NewsBot.Benchmarks;

/// <summary>
/// <c>--latency</c>: reply latency at a fixed offered rate (open loop, measured from each interaction's scheduled send
/// time, so queueing counts), and the working set of the client idle (sandbox in a separate process) and under load.
/// BenchmarkDotNet measures means, not percentiles under a fixed rate, hence this small runner.
/// </summary>
internal static class DiscordRoundTripLatency
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rate = IntArg(args, "--rate", 1000);
        var seconds = IntArg(args, "--seconds", 10);

        var idle = await MeasureIdleClientAsync();
        Console.WriteLine(idle is { } ws
            ? $"idle working set, client only (sandbox in its own process): {Mb(ws.WorkingSet)} MB (managed heap {Mb(ws.Heap)} MB)"
            : "idle working set, client only: skipped (could not start the sandbox process)");

        await using var harness = await DiscordRoundTripHarness.StartAsync();
        ForceGc();
        Console.WriteLine($"idle working set, client + in-process sandbox: {Mb(WorkingSet())} MB");

        await OfferAsync(harness, rate, 2, record: null);
        var latencies = new List<double>(rate * seconds);
        var (failed, peak, elapsed) = await OfferAsync(harness, rate, seconds, latencies);
        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"offered {rate}/s for {seconds} s: {latencies.Count + failed} interactions in {elapsed.TotalSeconds:0.0} s, {failed} not answered"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reply latency ms: p50 {Percentile(latencies, 0.50):0.00}  p90 {Percentile(latencies, 0.90):0.00}  p99 {Percentile(latencies, 0.99):0.00}  max {latencies[^1]:0.00}"));
        Console.WriteLine($"peak working set under load, client + in-process sandbox: {Mb(peak)} MB");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>Starts interactions on a fixed schedule without waiting for earlier ones.</summary>
    private static async Task<(int Failed, long PeakWorkingSet, TimeSpan Elapsed)> OfferAsync(
        DiscordRoundTripHarness harness, int rate, int seconds, List<double>? record)
    {
        var total = rate * seconds;
        var clock = Stopwatch.StartNew();
        var running = new List<Task>(total);
        var failed = 0;
        var peak = 0L;
        var started = 0;
        var gate = new Lock();
        while (started < total)
        {
            var due = Math.Min(total, (int)(clock.Elapsed.TotalSeconds * rate) + 1);
            for (; started < due; started++)
            {
                var scheduled = (double)started / rate * 1000;
                running.Add(Task.Run(async () =>
                {
                    var outcome = await harness.InvokeAsync();
                    var latency = clock.Elapsed.TotalMilliseconds - scheduled;
                    lock (gate)
                    {
                        if (!outcome.Answered)
                            failed++;
                        else
                            record?.Add(latency);
                    }
                }));
            }
            if (started % 500 < 2)
                peak = Math.Max(peak, WorkingSet());
            await Task.Delay(1);
        }
        await Task.WhenAll(running);
        peak = Math.Max(peak, WorkingSet());
        return (failed, peak, clock.Elapsed);
    }

    /// <summary>
    /// Starts the sandbox and then a fresh process of this app running only the client (<c>--idle-client</c>), so neither
    /// the sandbox nor the load generator counts in the figure.
    /// </summary>
    private static async Task<(long WorkingSet, long Heap)?> MeasureIdleClientAsync()
    {
        var sandboxDll = Path.Combine(AppContext.BaseDirectory, "NewsBot.Sandbox.dll");
        var self = typeof(DiscordRoundTripLatency).Assembly.Location;
        if (!File.Exists(sandboxDll))
            return null;
        using var sandbox = StartDotnet(sandboxDll, "--token", DiscordRoundTripHarness.Token);
        try
        {
            var baseUri = await ReadLineAfterAsync(sandbox, "listening on ");
            if (baseUri is null)
                return null;
            using var client = StartDotnet(self, "--idle-client", baseUri);
            var figures = await ReadLineAfterAsync(client, "idle-client ");
            await client.WaitForExitAsync();
            if (figures?.Split(' ') is not [var ws, var heap])
                return null;
            return (long.Parse(ws, CultureInfo.InvariantCulture), long.Parse(heap, CultureInfo.InvariantCulture));
        }
        finally
        {
            if (!sandbox.HasExited)
                sandbox.Kill();
            await sandbox.WaitForExitAsync();
        }
    }

    /// <summary>The child side of the idle measurement: connect, let it settle, collect, print working set and heap.</summary>
    public static async Task<int> RunIdleClientAsync(Uri sandboxBase)
    {
        using var host = DiscordRoundTripHarness.CreateClientHost(sandboxBase);
        await host.StartAsync();
        await DiscordRoundTripHarness.WaitForGuildAsync(host);
        await Task.Delay(TimeSpan.FromSeconds(3));
        ForceGc();
        await Task.Delay(TimeSpan.FromSeconds(1));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"idle-client {WorkingSet()} {GC.GetTotalMemory(false)}"));
        await host.StopAsync();
        return 0;
    }

    private static Process StartDotnet(params string[] args) =>
        Process.Start(new ProcessStartInfo("dotnet", ["exec", .. args]) { RedirectStandardOutput = true, UseShellExecute = false })
        ?? throw new InvalidOperationException("could not start dotnet");

    private static async Task<string?> ReadLineAfterAsync(Process process, string marker)
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            var at = line.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
                return line[(at + marker.Length)..].Trim();
        }
        return null;
    }

    private static void ForceGc()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private static long WorkingSet()
    {
        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64;
    }

    private static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static int IntArg(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
