using BenchmarkDotNet.Attributes;
using NewsBot.Commands.Discussions;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;

namespace NewsBot.Benchmarks;

/// <summary>Autocomplete runs on every keystroke and must answer within Discord's 3 seconds: suggestions over many documents.</summary>
[MemoryDiagnoser]
public class DiscussionAutocompleteBenchmarks
{
    private DiscussionAutocomplete _autocomplete = null!;

    [Params(100, 2000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var discussions = Enumerable.Range(0, Documents).Select(i => new Discussion(
            $"{i:0000}_dokument", $"Wie sicher ist Europa? Folge {i} über Außenpolitik und Verteidigung",
            "Titel | ZDFheute live", "ZDFheute live", null, DocumentLanguage.German, [], [], [])).ToList();
        var catalog = new Catalog(discussions);
        var schedule = new Schedule([new StreamEntry("0001_dokument", DateTimeOffset.MaxValue.AddYears(-1), null, null, "Europe/Berlin")]);
        _autocomplete = new DiscussionAutocomplete(catalog, new DiscussionResolver(catalog, schedule, TimeProvider.System));
    }

    [Benchmark]
    public int NothingTyped() => _autocomplete.Suggest(null).Count;

    [Benchmark]
    public int WordPrefixWithDiacritics() => _autocomplete.Suggest("aussenpol").Count;

    private sealed class Catalog(IReadOnlyList<Discussion> all) : IDiscussionCatalog
    {
        public IReadOnlyList<Discussion> All => all;

        public Discussion? Find(string id) => all.FirstOrDefault(d => d.Id == id);

        public event EventHandler? Changed { add { } remove { } }
    }

    private sealed class Schedule(IReadOnlyList<StreamEntry> streams) : IStreamSchedule
    {
        public IReadOnlyList<StreamEntry> Streams => streams;

        public event EventHandler? Changed { add { } remove { } }
    }
}
