using System.Text;
using BenchmarkDotNet.Attributes;
using NewsBot.Core.Documents.Time;

namespace NewsBot.Benchmarks;

/// <summary>
/// Reading the broadcast time: a typical announcement, and 100 KB / 200 KB of hostile text (one line of dates and
/// times), whose ratio shows the reader stays linear.
/// </summary>
[MemoryDiagnoser]
public class BroadcastTimeBenchmarks
{
    private const string Announcement = """
        Maischberger: Wer am Dienstag zu Gast ist
        Seit Mai 2022 läuft die Sendung dienstags und mittwochs gegen 22.50 Uhr im Anschluss an die Tagesthemen.
        13. Juni: Diese Gäste begrüßt die Moderatorin
        Für Dienstag, 13. Juni, 22.50 Uhr, hat die Redaktion diese Gäste eingeladen:
        Anna Beispiel (SPD, Ministerin)
        Am 12. März hatte der Bundestag das Gesetz beschlossen, sagte ein Sprecher.
        Maischberger: Wer am Dienstag zu Gast ist | maischberger
        """;

    private string _announcement = string.Empty;
    private string _hostile100K = string.Empty;
    private string _hostile200K = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _announcement = Announcement;
        _hostile100K = Hostile(100_000);
        _hostile200K = Hostile(200_000);
    }

    [Benchmark(Baseline = true)]
    public BroadcastTime? TypicalAnnouncement() => BroadcastTimeReader.Read(_announcement);

    [Benchmark]
    public BroadcastTime? HostileLine100K() => BroadcastTimeReader.Read(_hostile100K);

    [Benchmark]
    public BroadcastTime? HostileLine200K() => BroadcastTimeReader.Read(_hostile200K);

    private static string Hostile(int length)
    {
        const string Fragment = "live am 1.1.2020 um 20:15–21.45 Uhr, 12:1.5. Montag, ";
        var line = new StringBuilder().Insert(0, Fragment, length / Fragment.Length).ToString();
        return $"Titel\n{line}\nTitel | Show\n";
    }
}
