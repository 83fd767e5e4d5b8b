using BenchmarkDotNet.Attributes;
using NewsBot.Core.Documents;
using NewsBot.Core.Summaries;

namespace NewsBot.Benchmarks;

/// <summary>
/// The structure-first reader: a real-sized announcement (a conference programme page and a guest-list page from
/// TestData/real) and the seed parsed and summarized (`dotnet run -c Release --project tests/NewsBot.Benchmarks --
/// --filter '*ReaderBenchmarks*' --job short`; <see cref="HostileReaderBenchmarks"/> has the hostile documents).
/// </summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private readonly ExtractiveSummarizer _summarizer = new();
    private string _programme = string.Empty;
    private string _guestList = string.Empty;
    private string _seed = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var data = FindTestData();
        _programme = File.ReadAllText(Path.Combine(data, "real", "31-carnegie-conference-programme.txt"));
        _guestList = File.ReadAllText(Path.Combine(data, "real", "03-miosga-gaeste-fragen.txt"));
        _seed = File.ReadAllText(Path.Combine(data, "dev-set", "000_8dbe49e802ff1033.txt"));
    }

    [Benchmark]
    public ParseResult ParseProgrammePage() => DiscussionParser.Parse("programme", _programme);

    [Benchmark]
    public ParseResult ParseGuestListPage() => DiscussionParser.Parse("guests", _guestList);

    [Benchmark]
    public int ParseAndSummarizeSeed() =>
        DiscussionParser.Parse("seed", _seed) is ParseResult.Parsed parsed ? _summarizer.Summarize(parsed.Discussion, SummaryLength.Medium).Count : -1;

    private static string FindTestData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "NewsBot.Core.Tests", "TestData");
            if (Directory.Exists(candidate))
                return candidate;
        }

        throw new DirectoryNotFoundException("tests/NewsBot.Core.Tests/TestData");
    }
}

/// <summary>
/// The hostile documents of <c>HostileInputTests</c>, 15,000 name lines under one label (a guest list that long once
/// made the reader walk the page per name), and 600 name lines beside 9,000 short lines of prose (each panelist was
/// once looked for in every one of them; within the 256 KiB a document may have). The four (one line, capitalised
/// words, brackets, invisible characters) must stay far below 50 ms; the last one shows what thousands of prose lines cost.
/// </summary>
[MemoryDiagnoser]
public class HostileReaderBenchmarks
{
    private string _text = string.Empty;

    [Params("one-line", "capitalised", "brackets", "invisible", "separators", "name-lines", "names-beside-lines", "question-lines", "adding-sentences", "run-on-fields")]
    public string Hostile { get; set; } = "one-line";

    private readonly ExtractiveSummarizer _summarizer = new();
    private Discussion? _parsed;

    [GlobalSetup]
    public void Setup()
    {
        _text = NewsBot.Core.Tests.Documents.HostileDocuments.Of(Hostile);
        _parsed = (DiscussionParser.Parse("hostile", _text) as ParseResult.Parsed)?.Discussion;
    }

    [Benchmark]
    public ParseResult ParseHostileDocument() => DiscussionParser.Parse("hostile", _text);

    /// <summary>The summary of the parsed hostile document (its similarity graph is bounded: ExtractiveSummarizer.MaxGraphSentences).</summary>
    [Benchmark]
    public int SummarizeHostileDocument() => _parsed is null ? -1 : _summarizer.Summarize(_parsed, SummaryLength.Detailed).Count;

    /// <summary>The broadcast-time part of <see cref="ParseHostileDocument"/> alone, to see which reader costs what.</summary>
    [Benchmark]
    public NewsBot.Core.Documents.Time.BroadcastTime? ReadBroadcastTimeOfHostileDocument() => NewsBot.Core.Documents.Time.BroadcastTimeReader.Read(_text);
}
