using System.Runtime.CompilerServices;
using BenchmarkDotNet.Running;

namespace NewsBot.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, e.g. <c>--filter *Summar*</c> (see README);
/// <c>--latency [--rate N] [--seconds S] [--concurrency C] [--aot-client PATH]</c> runs the Discord load run instead (client in its own process);
/// <c>--fanout [--servers N]</c> announces one stream to N sandbox servers (<see cref="FanOutRun"/>);
/// <c>--guild-memory [--servers N] [--aot-client PATH]</c> measures the client's memory per connected server (<see cref="GuildMemoryRun"/>).
/// </summary>
internal static class BenchmarkProgram
{
    private static int Main(string[] args) => args switch
    {
        ["--latency", ..] => DiscordLoadRun.RunAsync(args).GetAwaiter().GetResult(),
        ["--fanout", ..] => FanOutRun.RunAsync(args).GetAwaiter().GetResult(),
        ["--guild-memory", ..] => GuildMemoryRun.RunAsync(args).GetAwaiter().GetResult(),
        _ => RunBenchmarks(args),
    };

    // Kept out of Main so the latency modes do not load BenchmarkDotNet (it would count in their working set).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunBenchmarks(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
