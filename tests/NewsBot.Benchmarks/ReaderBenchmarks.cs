using System.Text;
using BenchmarkDotNet.Attributes;
using NewsBot.Core.Documents;
using NewsBot.Core.Summaries;

namespace NewsBot.Benchmarks;

/// <summary>
/// The structure-first reader: a real-sized announcement (a conference programme page and a guest-list page from
/// TestData/real), the seed parsed and summarized, and the hostile documents of <c>HostileInputTests</c> (each must
/// stay far below 50 ms: `dotnet run -c Release --project tests/NewsBot.Benchmarks -- --filter '*Reader*' --job short`).
/// </summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private readonly ExtractiveSummarizer _summarizer = new();
    private string _programme = string.Empty;
    private string _guestList = string.Empty;
    private string _seed = string.Empty;
    private Dictionary<string, string> _hostile = [];

    [Params("one-line", "capitalised", "brackets", "invisible", "separators")]
    public string Hostile { get; set; } = "one-line";

    [GlobalSetup]
    public void Setup()
    {
        var data = FindTestData();
        _programme = File.ReadAllText(Path.Combine(data, "real", "31-carnegie-conference-programme.txt"));
        _guestList = File.ReadAllText(Path.Combine(data, "real", "03-miosga-gaeste-fragen.txt"));
        _seed = File.ReadAllText(Path.Combine(data, "dev-set", "000_8dbe49e802ff1033.txt"));
        _hostile = new[] { "one-line", "capitalised", "brackets", "invisible", "separators" }.ToDictionary(k => k, HostileText);
    }

    [Benchmark]
    public ParseResult ParseProgrammePage() => DiscussionParser.Parse("programme", _programme);

    [Benchmark]
    public ParseResult ParseGuestListPage() => DiscussionParser.Parse("guests", _guestList);

    [Benchmark]
    public int ParseAndSummarizeSeed() =>
        DiscussionParser.Parse("seed", _seed) is ParseResult.Parsed parsed ? _summarizer.Summarize(parsed.Discussion, SummaryLength.Medium).Count : -1;

    [Benchmark]
    public ParseResult ParseHostileDocument() => DiscussionParser.Parse("hostile", _hostile[Hostile]);

    /// <summary>The broadcast-time part of <see cref="ParseHostileDocument"/> alone, to see which reader costs what.</summary>
    [Benchmark]
    public NewsBot.Core.Documents.Time.BroadcastTime? ReadBroadcastTimeOfHostileDocument() => NewsBot.Core.Documents.Time.BroadcastTimeReader.Read(_hostile[Hostile]);

    /// <summary>The same documents as HostileDocuments in the core tests.</summary>
    private static string HostileText(string kind) => kind switch
    {
        "one-line" => "Titel\n" + Repeat("Darüber diskutiert Eva Roth mit Karl Böhm, Prof. Dr. Anna Lang (SPD), und ", 256 * 1024) + "\nTitel | Show\n",
        "capitalised" => "Titel\nGäste:\n" + string.Join(' ', Enumerable.Range(0, 10_000).Select(i => "Name" + (char)('a' + (i % 26)) + "er")) + "\nTitel | Show\n",
        "brackets" => "Titel\nZu Gast ist Eva Roth " + new string('(', 50_000) + "SPD" + new string(')', 50_000) + ".\nTitel | Show\n",
        "invisible" => "Titel\n" + Repeat("\u200B\u200F\u202EEva Roth\u202C (\u2066SPD\u2069): \u200D", 200_000) + "\nTitel | Show\n",
        "separators" => "Titel\nMit: " + Repeat("Eva Roth, und ; (", 200_000) + "\nModeration: " + Repeat("A: ", 50_000) + "\nTitel | Show\n",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Repeat(string piece, int length)
    {
        var text = new StringBuilder(length + piece.Length);
        while (text.Length < length)
            text.Append(piece);
        return text.ToString(0, length);
    }

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
