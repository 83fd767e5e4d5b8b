using BenchmarkDotNet.Attributes;

namespace NewsBot.Benchmarks;

/// <summary>
/// Interactions per second through one gateway connection: the sandbox sends INTERACTION_CREATE, our client parses it,
/// runs the handler (an immediate small embed) and posts the callback over HTTP; the sandbox's control API waits for it.
/// One operation = one interaction; <see cref="Concurrent"/> of them are in flight at once.
/// </summary>
[MemoryDiagnoser]
public class DiscordRoundTripBenchmarks
{
    private const int Batch = 1000;
    private DiscordRoundTripHarness _harness = null!;

    [Params(64, 256)]
    public int Concurrent { get; set; }

    [GlobalSetup]
    public void Setup() => _harness = DiscordRoundTripHarness.StartAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _harness.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = Batch)]
    public async Task<int> Interactions()
    {
        var answered = 0;
        var next = 0;
        async Task WorkerAsync()
        {
            while (Interlocked.Increment(ref next) <= Batch)
            {
                var outcome = await _harness.InvokeAsync();
                if (!outcome.Answered)
                    throw new InvalidOperationException($"Interaction not answered: {outcome.Status} {outcome.Error}");
                Interlocked.Increment(ref answered);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(_ => Task.Run(WorkerAsync)));
        return answered;
    }
}
