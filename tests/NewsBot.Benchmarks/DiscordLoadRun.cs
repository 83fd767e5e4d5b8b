using System.Diagnostics;
using System.Globalization;
using NewsBot.Benchmarks.Client;
using NewsBot.Sandbox;
using NewsBot.Sandbox.Control;

namespace NewsBot.Benchmarks;

/// <summary>
/// <c>--latency [--aot-client PATH]</c>: the client in its own process (<see cref="ClientProcess"/>) against the sandbox in this one, over
/// 127.0.0.1, one gateway connection. Reports the client's idle working set; interactions per second with a fixed number
/// in flight (closed loop) and what each cost the client and the sandbox in CPU and allocations; and reply latency at a
/// fixed offered rate (open loop, measured from each interaction's scheduled time, so queueing counts).
/// BenchmarkDotNet measures means, not percentiles under a fixed rate, hence this small runner.
/// </summary>
internal static class DiscordLoadRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rate = ArgParsing.Int(args, "--rate", 1000);
        var seconds = ArgParsing.Int(args, "--seconds", 10);
        var inFlight = ArgParsing.Int(args, "--concurrency", 64);
        var nativeClient = ArgParsing.String(args, "--aot-client");

        // The run reads no history back and never resumes, so the sandbox keeps little: its defaults (1,000 interactions
        // and messages per channel, 2,000 dispatches for a resume), all still alive at a young-generation GC under this
        // load, made each of its GCs copy megabytes (p99 at 1,000/s 4.4 ms with them, 2.6 ms without).
        await using var sandbox = new SandboxServer(new SandboxOptions
        {
            ExpectedToken = DiscordRoundTripHarness.Token,
            MaxRetainedInteractions = 100,
            MaxMessagesPerChannel = 100,
            ResumeBufferSize = 200,
        });
        await sandbox.StartAsync();
        await using var client = await ClientProcess.StartAsync(sandbox.BaseUri, nativeClient);
        Print(nativeClient is null ? "client: JIT (dotnet exec)" : $"client: Native AOT ({nativeClient})");
        if (!await sandbox.Control.WaitForBotAsync(TimeSpan.FromSeconds(30)))
            throw new InvalidOperationException("The client did not connect to the sandbox.");

        await Task.Delay(TimeSpan.FromSeconds(3));
        var idle = await client.ReadFiguresAsync(collectFirst: true);
        Print($"client idle: working set {Mb(idle.WorkingSet)} MB (managed heap {Mb(idle.Heap)} MB)");

        await ClosedLoopAsync(sandbox.Control, inFlight, TimeSpan.FromSeconds(2));
        var (clientBefore, selfBefore) = (await client.ReadFiguresAsync(), ProcessFigures.OfThisProcess());
        var (answered, elapsed) = await ClosedLoopAsync(sandbox.Control, inFlight, TimeSpan.FromSeconds(seconds));
        var (clientCost, selfCost) = (await client.ReadFiguresAsync() - clientBefore, ProcessFigures.OfThisProcess() - selfBefore);
        Print($"throughput, {inFlight} in flight for {seconds} s: {answered / elapsed.TotalSeconds:0} interactions/s ({answered} answered)");
        Print($"  per interaction, client:  {Us(clientCost.Cpu, answered)} µs CPU, {Kb(clientCost.Allocated, answered)} KB allocated; " +
              $"GC: {clientCost.Collections} collections, {clientCost.GcPause.TotalMilliseconds:0} ms paused");
        Print($"  per interaction, sandbox and load generator: {Us(selfCost.Cpu, answered)} µs CPU, {Kb(selfCost.Allocated, answered)} KB allocated; " +
              $"GC: {selfCost.Collections} collections, {selfCost.GcPause.TotalMilliseconds:0} ms paused");

        await OpenLoopAsync(sandbox.Control, rate, 2, record: null);
        (clientBefore, selfBefore) = (await client.ReadFiguresAsync(), ProcessFigures.OfThisProcess());
        var latencies = new List<double>(rate * seconds);
        var (failed, offeredFor) = await OpenLoopAsync(sandbox.Control, rate, seconds, latencies);
        (clientCost, selfCost) = (await client.ReadFiguresAsync() - clientBefore, ProcessFigures.OfThisProcess() - selfBefore);
        latencies.Sort();
        Print($"latency, {rate}/s offered for {seconds} s: {latencies.Count + failed} interactions in {offeredFor.TotalSeconds:0.0} s, {failed} not answered");
        Print($"  reply latency ms: p50 {Percentile(latencies, 0.50):0.00}  p90 {Percentile(latencies, 0.90):0.00}  " +
              $"p99 {Percentile(latencies, 0.99):0.00}  max {latencies[^1]:0.00}");
        Print($"  client: {Us(clientCost.Cpu, latencies.Count)} µs CPU per interaction, GC {clientCost.Collections} collections, " +
              $"{clientCost.GcPause.TotalMilliseconds:0} ms paused; working set after the run {Mb(clientCost.WorkingSet)} MB");
        Print($"  sandbox and load generator: {Us(selfCost.Cpu, latencies.Count)} µs CPU per interaction, GC {selfCost.Collections} collections, " +
              $"{selfCost.GcPause.TotalMilliseconds:0} ms paused");
        return failed == 0 ? 0 : 1;
    }

    private static Task<InteractionOutcome> InvokeAsync(SandboxControl control) =>
        control.InvokeCommandAsync(new InteractionRequest("summary") { Locale = "en-US" });

    /// <summary>Keeps <paramref name="inFlight"/> interactions going for <paramref name="duration"/>; returns how many were answered.</summary>
    private static async Task<(int Answered, TimeSpan Elapsed)> ClosedLoopAsync(SandboxControl control, int inFlight, TimeSpan duration)
    {
        var answered = 0;
        var clock = Stopwatch.StartNew();
        async Task WorkerAsync()
        {
            while (clock.Elapsed < duration)
            {
                var outcome = await InvokeAsync(control);
                if (!outcome.Answered)
                    throw new InvalidOperationException($"Interaction not answered: {outcome.Status} {outcome.Error}");
                Interlocked.Increment(ref answered);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => Task.Run(WorkerAsync)));
        return (answered, clock.Elapsed);
    }

    /// <summary>
    /// Starts interactions on a fixed schedule without waiting for earlier ones. A dedicated thread paces them with
    /// <see cref="PreciseSleep"/>: the timer queue behind <c>Task.Delay</c> woke up to a millisecond or two late, and
    /// that lateness counted as reply latency.
    /// </summary>
    private static async Task<(int Failed, TimeSpan Elapsed)> OpenLoopAsync(SandboxControl control, int rate, int seconds, List<double>? record)
    {
        var total = rate * seconds;
        var running = new Task[total];
        var failed = 0;
        var gate = new Lock();
        var clock = Stopwatch.StartNew();
        async Task OneAsync(double scheduledMs)
        {
            var outcome = await InvokeAsync(control);
            var latency = clock.Elapsed.TotalMilliseconds - scheduledMs;
            lock (gate)
            {
                if (!outcome.Answered)
                    failed++;
                else
                    record?.Add(latency);
            }
        }
        var pacer = new Thread(() =>
        {
            for (var i = 0; i < total; i++)
            {
                var scheduledMs = (double)i / rate * 1000;
                PreciseSleep.For(TimeSpan.FromMilliseconds(scheduledMs) - clock.Elapsed);
                running[i] = OneAsync(scheduledMs);
            }
        }) { IsBackground = true, Name = "load pacer" };
        pacer.Start();
        await Task.Run(pacer.Join);
        await Task.WhenAll(running);
        return (failed, clock.Elapsed);
    }

    private static void Print(string line) => Console.WriteLine(line);

    private static string Us(TimeSpan cpu, int count) => (cpu.TotalMicroseconds / Math.Max(1, count)).ToString("0", CultureInfo.InvariantCulture);

    private static string Kb(long bytes, int count) => (bytes / 1024.0 / Math.Max(1, count)).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
