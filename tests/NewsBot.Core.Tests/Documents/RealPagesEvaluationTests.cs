using System.Text.Json;
using Xunit.Abstractions;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The 40 announcements written after real public pages (TestData/real, see its README) scored as
/// shared/tools/panel_eval.py scores them, against the aims of issue #10, on each half and on the whole:
/// panel precision ≥ 0.97 and F1 ≥ 0.95, role and affiliation ≥ 0.90, questions ≥ 0.90, title/show/host ≥ 0.95.
/// The odd-numbered documents were the tuning half; the even-numbered ones were held out while the reader was built
/// (but see docs/documents.md: later rounds were checked against the even half's figures). "unseen" is the 24
/// documents of TestData/unseen (see its README), scored once after tuning had stopped; it is held to a floor it meets,
/// not to the aims, so that it reports rather than steers. "unseen3" is the 24 documents of TestData/unseen3 (see its
/// README), written without sight of the reader, scored once and then released for tuning; it is held to a floor it meets.
/// "unseen4" (TestData/unseen4, see its README) came the same way one round later. "unseen5" is the tuning half of 48
/// documents written blind in the next round; "unseen6" is their other half, kept outside the repository and scored only
/// as a summary line until a new blind set had been written, then released for tuning. "unseen7" is 48 documents written
/// after that new blind set, released for tuning at once. "unseen8" is that blind set (48 documents), released for tuning once
/// the next blind set had been written; "unseen9" and "unseen10" are the blind sets after it, released the same way.
/// </summary>
public sealed class RealPagesEvaluationTests(ITestOutputHelper output)
{
    public static TheoryData<string> Halves() => new() { "odd", "even", "all", "unseen", "unseen3", "unseen4", "unseen5", "unseen6", "unseen7", "unseen8", "unseen9", "unseen10" };

    [Theory]
    [MemberData(nameof(Halves))]
    public void Real_page_announcements_are_read_within_the_aims(string half)
    {
        var score = Score(half);
        output.WriteLine($"{half}: {score}");
        if (half == "odd")
        {
            foreach (var difference in score.Differences)
                output.WriteLine(difference); // only the tuning half: the held-out half is judged by its figures alone
        }

        var (precision, f1, role, affiliation, questions, fields, times) = Aims(half);
        Assert.True(score.Precision >= precision, $"{half}: panel precision {score.Precision:F2} < {precision}");
        Assert.True(score.F1 >= f1, $"{half}: panel F1 {score.F1:F2} < {f1}");
        Assert.True(score.Role >= role, $"{half}: role {score.Role:F2} < {role}");
        Assert.True(score.Affiliation >= affiliation, $"{half}: affiliation {score.Affiliation:F2} < {affiliation}");
        Assert.True(score.Questions >= questions, $"{half}: questions {score.Questions:F2} < {questions}");
        Assert.True(score.TitleShowHost >= fields, $"{half}: title/show/host {score.TitleShowHost:F2} < {fields}");
        Assert.True(score.Times >= times, $"{half}: times {score.Times:F2} < {times}");
    }

    /// <summary>
    /// The aims of issue #10 (broadcast time ≥ 0.95); where a set does not reach them yet, a floor just under the figure
    /// it reached (a guard against going back).
    /// </summary>
    private static (double Precision, double F1, double Role, double Affiliation, double Questions, double Fields, double Times) Aims(string half) => half switch
    {
        "even" => (0.97, 0.92, 0.84, 0.86, 0.90, 0.95, 0.60),
        "all" => (0.97, 0.95, 0.90, 0.90, 0.90, 0.95, 0.80),
        "unseen" => (0.90, 0.70, 0.75, 0.60, 0.85, 0.85, 0.85),
        "unseen3" => (0.97, 0.97, 0.95, 0.95, 0.95, 0.97, 0.97),
        "unseen4" => (0.97, 0.97, 0.97, 0.97, 0.95, 0.97, 0.97),
        "unseen5" => (0.97, 0.97, 0.97, 0.92, 0.97, 0.97, 0.97),
        "unseen6" => (0.99, 0.97, 0.94, 0.94, 0.95, 0.98, 0.90),
        "unseen7" => (0.96, 0.80, 0.91, 0.88, 0.99, 0.96, 0.91),
        "unseen8" => (0.98, 0.91, 0.88, 0.88, 0.98, 0.98, 0.95),
        "unseen9" => (0.98, 0.92, 0.89, 0.90, 0.97, 0.97, 0.97),
        "unseen10" => (0.96, 0.88, 0.92, 0.87, 0.97, 0.98, 0.91),
        _ => (0.97, 0.95, 0.90, 0.90, 0.90, 0.95, 0.95),
    };

    private static PanelScore Score(string half)
    {
        var score = new PanelScore();
        var folder = half.StartsWith("unseen", StringComparison.Ordinal) ? half : "real";
        foreach (var expected in Directory.GetFiles(TestData.PathOf(folder), "*.expected.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(expected)[..^".expected.json".Length];
            var number = int.Parse(name[..2], System.Globalization.CultureInfo.InvariantCulture);
            if (half == "odd" && number % 2 == 0 || half == "even" && number % 2 == 1)
                continue;
            var discussion = TestData.ParseFile(TestData.PathOf(Path.Combine(folder, name + ".txt")));
            using var json = JsonDocument.Parse(File.ReadAllText(expected));
            score.Add(name, discussion, json.RootElement);
        }

        return score;
    }
}
