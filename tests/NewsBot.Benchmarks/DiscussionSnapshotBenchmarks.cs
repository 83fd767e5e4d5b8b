using BenchmarkDotNet.Attributes;
using NewsBot.Core.Documents;

namespace NewsBot.Benchmarks;

/// <summary>
/// The catalog's snapshot: what a refresh pays to build it (10,000 shared discussions and 100 guilds with 100 of their own),
/// and what a /panel lookup pays (a lock-free read of it).
/// </summary>
[MemoryDiagnoser]
public class DiscussionSnapshotBenchmarks
{
    private SourcedDiscussion[] _discussions = [];
    private DiscussionSnapshot _snapshot = DiscussionSnapshot.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var shared = Enumerable.Range(0, 10_000).Select(i => new SourcedDiscussion(Doc($"{i:00000}_dokument"), DiscussionScope.Shared, $"{i}.txt"));
        var owned = Enumerable.Range(0, 10_000).Select(i => new SourcedDiscussion(Doc($"g{i / 100:000}_{i:00000}"), DiscussionScope.Guild((ulong)(i / 100)), $"row {i}"));
        _discussions = [.. shared, .. owned];
        _snapshot = DiscussionSnapshot.Of(_discussions);
    }

    [Benchmark]
    public int BuildSnapshotOf20000Discussions() => DiscussionSnapshot.Of(_discussions).Count;

    [Benchmark]
    public int FindASharedAndAnOwnDiscussionInAGuild() =>
        (_snapshot.Find("04711_dokument", 42) is null ? 0 : 1) + (_snapshot.Find("g042_04242", 42) is null ? 0 : 1);

    private static Discussion Doc(string id) =>
        new(id, "Wie sicher ist Europa? " + id, "Titel | ZDFheute live", "ZDFheute live", null, DocumentLanguage.German, [], [], []);
}
