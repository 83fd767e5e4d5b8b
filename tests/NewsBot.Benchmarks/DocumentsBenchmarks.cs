using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Documents;
using NewsBot.Core.Documents.Sources;

namespace NewsBot.Benchmarks;

/// <summary>Parsing the seed document, and loading a folder of 10,000 generated documents.</summary>
[MemoryDiagnoser]
public class DocumentsBenchmarks
{
    private const int FolderSize = 10_000;
    private string _seedText = string.Empty;
    private byte[] _seedBytes = [];
    private string _folder = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var devSet = FindDevSet();
        _seedBytes = File.ReadAllBytes(Path.Combine(devSet, "000_8dbe49e802ff1033.txt"));
        _seedText = Encoding.UTF8.GetString(_seedBytes);
        var sources = Directory.GetFiles(devSet, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        _folder = Directory.CreateTempSubdirectory("newsbot-bench-").FullName;
        for (var i = 0; i < FolderSize; i++)
        {
            var source = sources[i % sources.Length];
            var firstLineEnd = source.IndexOf('\n', StringComparison.Ordinal);
            var variant = $"{source[..firstLineEnd]} ({i})\n{source[(firstLineEnd + 1)..]}\nZusatz {i}: Die Lage bleibt unklar.\n";
            File.WriteAllText(Path.Combine(_folder, $"doc-{i:D5}.txt"), variant);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public ParseResult ParseSeedText() => DiscussionParser.Parse("seed", _seedText);

    [Benchmark]
    public ParseResult DecodeAndParseSeed() => DocumentReader.Parse("seed", _seedBytes, 256 * 1024);

    [Benchmark]
    public async Task<int> LoadFolderOf10000Documents()
    {
        var options = Options.Create(new DocumentsOptions { Folder = _folder });
        var folder = new FolderDiscussionSource(options, TimeProvider.System, NullLogger<FolderDiscussionSource>.Instance);
        using var catalog = new DiscussionCatalog([folder], NullLogger<DiscussionCatalog>.Instance);
        await catalog.RefreshAsync(CancellationToken.None);
        return catalog.Current.Count;
    }

    private static string FindDevSet()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "NewsBot.Core.Tests", "TestData", "dev-set");
            if (Directory.Exists(candidate))
                return candidate;
        }

        throw new DirectoryNotFoundException("tests/NewsBot.Core.Tests/TestData/dev-set");
    }
}
