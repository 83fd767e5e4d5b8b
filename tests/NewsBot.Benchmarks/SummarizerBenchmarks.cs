using BenchmarkDotNet.Attributes;
using NewsBot.Core.Documents;
using NewsBot.Core.Summaries;

namespace NewsBot.Benchmarks;

/// <summary>
/// Summaries of the seed (≈ 1.9 KB of news, 13 sentences) and of a ≈ 10 KB German document (≈ 90 sentences):
/// `dotnet run -c Release --project tests/NewsBot.Benchmarks -- --filter '*Summar*' --job short`.
/// </summary>
[MemoryDiagnoser]
public class SummarizerBenchmarks
{
    private const string Headline = "Waffen und Munition aus Nordkorea: Wie gefährlich ist das Putin-Kim-Bündnis?";

    private static readonly string[] SeedParagraphs =
    [
        "Nordkoreas Machthaber Kim Jong Un ist offiziellen Angaben zufolge In Russland eingetroffen, wo er Kremlchef Wladimir Putin treffen wird. „Ich bestätige das“, sagte Kremlsprecher Dmitri Peskow. Wo und wann beide Machthaber aufeinander treffen, blieb zunächst unklar.",
        "Die USA warnten Nordkorea, Russland mit Waffen versorgen zu wollen. Dieser Schritt verletzte mehrere Resolutionen des UN-Sicherheitsrats. Die USA würden nicht zögern, gegen beide Länder neue Sanktionen zu verhängen. Es sei ein Zeichen der Schwäche Putins, dass er überhaupt mit Kim verhandeln müsse, hieß es vom US-Außenministerium. Russland erhofft sich vom streng abgeschotteten Nordkorea Einschätzungen zufolge weitere Lieferungen nordkoreanischer Artillerie und anderer Munition, um seine schwindenden Reserven im Krieg gegen die Ukraine aufzustocken.",
        "Nordkorea verfügt laut Beobachtern möglicherweise über Dutzende Millionen Artilleriegeschosse und Raketen sowjetischer Bauart. Russische Militärs beklagen seit Wochen, dass Geschosse rationiert werden müssten und die Schlagkraft gegenüber den Streitkräften der Ukraine schrumpfe.",
        "Für Russland wären zudem Kurzstrecken-Raketen, etwa vom Typ KN-23, interessant. Russland könnte diese Geschosse ohne größere Anpassungen des eigenen Waffensystems für seinen Angriffskrieg gegen die Ukraine einsetzen.",
        "Im Gegenzug könnte Nordkorea dringend benötigte Energie- und Nahrungsmittelhilfe, sowie fortschrittliche Waffentechnologien erhalten, darunter solche für Interkontinentalraketen, nuklearfähige U-Boote und militärische Aufklärungssatelliten.",
    ];

    private static readonly string[] OtherGermanParagraphs =
    [
        "Nach Wochen ohne nennenswerten Regen melden mehrere Bundesländer historisch niedrige Grundwasserstände. In Brandenburg haben erste Landkreise die Entnahme von Wasser aus Flüssen und Seen untersagt, wie das Umweltministerium in Potsdam mitteilte.",
        "Bundesumweltministerin Carla Wendt kündigte an, die nationale Wasserstrategie schneller umzusetzen. „Wir können uns nicht mehr darauf verlassen, dass der nächste Winter die Speicher wieder auffüllt“, sagte Wendt am Montag in Berlin. Der Deutsche Bauernverband rechnet mit Ernteausfällen von bis zu 30 Prozent in einzelnen Regionen.",
        "Auch die Binnenschifffahrt leidet: Am Pegel Kaub lag der Rhein am 14. August bei nur 38 Zentimetern. Frachter können dort nur noch zu einem Drittel beladen werden, was Transporte von Kohle, Getreide und Chemikalien verteuert.",
        "Der Bundestag hat am Freitag das umstrittene Rentenpaket beschlossen. Es sichert das Rentenniveau bis 2031 bei 48 Prozent ab und sieht zugleich steigende Beiträge vor. Arbeitsminister Hubertus Kellner sprach von einem „Versprechen an alle Generationen“.",
        "Kritik kommt vor allem aus den Reihen der jungen Abgeordneten. Die Beiträge würden bis 2035 auf über 21 Prozent klettern, warnte der Sachverständigenrat. Arbeitgeberpräsident Rainer Dulger mahnte, die Lohnnebenkosten dürften nicht weiter steigen.",
        "Ab Februar gelten in der Europäischen Union die ersten Verbote aus dem AI Act. Systeme zur Bewertung von Menschen nach ihrem sozialen Verhalten sind dann untersagt, ebenso bestimmte Formen der biometrischen Überwachung in Echtzeit.",
        "EU-Kommissarin Henna Virkkunen sprach in Brüssel von einem „weltweiten Maßstab“. Unternehmen kritisieren dagegen hohe Kosten und unklare Vorgaben. Der Digitalverband Bitkom fordert eine Verschiebung um zwei Jahre, u. a. weil technische Normen noch fehlen.",
        "Die Lokführergewerkschaft hat für Samstag ab 2 Uhr einen bundesweiten Streik im Personenverkehr angekündigt. Die Deutsche Bahn will einen Notfahrplan anbieten, rechnet aber mit massiven Ausfällen im Fern- und Regionalverkehr.",
        "Bahnvorstand Martin Seiler nannte den Streik „völlig unverhältnismäßig“. Gewerkschaftschef Mario Reiß verwies dagegen auf das aus seiner Sicht unzureichende Angebot der Bahn vom 3. Oktober.",
        "Fahrgäste, die ihre Reise verschieben, können ihr Ticket flexibel nutzen. Sitzplatzreservierungen werden kostenlos erstattet. Weitere Informationen gibt es im ZDFheute-Liveblog.",
    ];

    private readonly ExtractiveSummarizer _extractive = new();
    private readonly LeadSummarizer _lead = new();
    private Discussion _seed = null!;
    private Discussion _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seed = Create(SeedParagraphs);
        var paragraphs = new List<string>();
        var pool = SeedParagraphs.Concat(OtherGermanParagraphs).ToArray();
        for (var round = 0; paragraphs.Sum(p => p.Length + 1) < 10_000; round++)
        {
            // later rounds vary every sentence so that none is dropped as a verbatim repeat
            paragraphs.AddRange(pool.Select(p => round == 0 ? p : p.Replace(". ", $", so Quelle {round}. ", StringComparison.Ordinal)));
        }

        _large = Create(paragraphs);
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<string> SeedMedium() => _extractive.Summarize(_seed, SummaryLength.Medium);

    [Benchmark]
    public IReadOnlyList<string> SeedLeadMedium() => _lead.Summarize(_seed, SummaryLength.Medium);

    [Benchmark]
    public IReadOnlyList<string> TenKilobytesMedium() => _extractive.Summarize(_large, SummaryLength.Medium);

    [Benchmark]
    public IReadOnlyList<string> TenKilobytesDetailed() => _extractive.Summarize(_large, SummaryLength.Detailed);

    private static Discussion Create(IReadOnlyList<string> paragraphs) =>
        new("bench", Headline, Headline, "ZDFheute live", Host: null, DocumentLanguage.German, Panel: [], Questions: [], paragraphs);
}
