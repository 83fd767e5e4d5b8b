using BenchmarkDotNet.Running;

namespace NewsBot.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, e.g. <c>--filter *Summar*</c> (see README).</summary>
internal static class BenchmarkProgram
{
    private static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
