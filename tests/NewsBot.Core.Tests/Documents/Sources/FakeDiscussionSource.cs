using NewsBot.Core.Documents;
using NewsBot.Core.Documents.Sources;

namespace NewsBot.Core.Tests.Documents.Sources;

/// <summary>A source whose offer the test sets; counts reads and can fail or hold a read.</summary>
internal sealed class FakeDiscussionSource(string name) : IDiscussionSource
{
    private int _reads;
    private int _running;
    private int _mostAtOnce;

    public string Name => name;

    public SourceReading Offer { get; set; } = SourceReading.Nothing;

    /// <summary>When set, the next reads throw it.</summary>
    public Exception? Failure { get; set; }

    /// <summary>When set, reads wait for it.</summary>
    public Task? Hold { get; set; }

    public int Reads => Volatile.Read(ref _reads);

    public int MostReadsAtOnce => Volatile.Read(ref _mostAtOnce);

    public void Offers(params SourcedDiscussion[] discussions) => Offer = new SourceReading(discussions, []);

    public async Task<SourceReading> ReadAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        var running = Interlocked.Increment(ref _running);
        InterlockedMax(ref _mostAtOnce, running);
        try
        {
            if (Hold is { } hold)
                await hold.WaitAsync(cancellationToken);
            return Failure is { } failure ? throw failure : Offer;
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    public Task WatchAsync(Func<CancellationToken, Task> refresh, CancellationToken stoppingToken) => Task.CompletedTask;

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
