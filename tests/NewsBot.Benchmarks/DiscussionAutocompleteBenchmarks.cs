using BenchmarkDotNet.Attributes;
using NewsBot.Commands.Discussions;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;

namespace NewsBot.Benchmarks;

/// <summary>Autocomplete runs on every keystroke and must answer within Discord's 3 seconds: suggestions over many documents.</summary>
[MemoryDiagnoser]
public class DiscussionAutocompleteBenchmarks
{
    private const ulong GuildId = 42;
    private DiscussionAutocomplete _autocomplete = null!;
    private DiscussionAutocomplete _guildAutocomplete = null!;

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

        // The same shared documents, and 100 of the asking guild's own and 100 of another guild's (issue #12).
        var owned = Enumerable.Range(0, 200).Select(i => new SourcedDiscussion(
            new Discussion($"g{i:0000}_eigene", $"Eigene Folge {i} über Außenpolitik", "Titel | Server", null, null, DocumentLanguage.German, [], [], []),
            DiscussionScope.Guild(i < 100 ? GuildId : GuildId + 1), $"guild-{i}"));
        var scoped = new Catalog(DiscussionSnapshot.Of([.. discussions.Select(d => new SourcedDiscussion(d, DiscussionScope.Shared, d.Id)), .. owned]));
        _guildAutocomplete = new DiscussionAutocomplete(scoped, new DiscussionResolver(scoped, schedule, TimeProvider.System));
    }

    [Benchmark]
    public int NothingTyped() => _autocomplete.Suggest(null, GuildId).Count;

    [Benchmark]
    public int WordPrefixWithDiacritics() => _autocomplete.Suggest("aussenpol", GuildId).Count;

    [Benchmark]
    public int WordPrefixInAGuildWithItsOwnDiscussions() => _guildAutocomplete.Suggest("aussenpol", GuildId).Count;

    private sealed class Catalog(DiscussionSnapshot snapshot) : IDiscussionCatalog
    {
        public Catalog(IReadOnlyList<Discussion> shared)
            : this(DiscussionSnapshot.OfShared(shared))
        {
        }

        public DiscussionSnapshot Current => snapshot;

        public event EventHandler? Changed { add { } remove { } }
    }

    private sealed class Schedule(IReadOnlyList<StreamEntry> streams) : IStreamSchedule
    {
        public IReadOnlyList<StreamEntry> Streams => streams;

        public event EventHandler? Changed { add { } remove { } }
    }
}
