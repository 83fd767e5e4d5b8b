using NewsBot.Core.Summaries;
using Xunit.Abstractions;

namespace NewsBot.Core.Tests.Summaries.Evaluation;

/// <summary>
/// The CI guard of summarization.md §6.2: the extractive summarizer must not fall below Lead-3 or below its
/// committed scores. Run with <c>--logger "console;verbosity=detailed"</c> to see the comparison table.
/// </summary>
public sealed class DevSetEvaluationTests(ITestOutputHelper output)
{
    /// <summary>Scores of <see cref="ExtractiveSummarizer"/> (medium) when this guard was last updated.</summary>
    private const double CommittedRouge1 = 57.0;
    private const double CommittedRougeL = 52.7;
    private const double Tolerance = 1.0;

    [Fact]
    public void Extractive_summaries_score_at_least_lead_3_and_the_committed_scores()
    {
        var lead = DevSetScores.Of(new LeadSummarizer());
        var ours = DevSetScores.Of(new ExtractiveSummarizer());
        output.WriteLine("| Medium (≤ 3 sentences, ≤ 600 chars) | ROUGE-1 | ROUGE-2 | ROUGE-L | ROUGE-1 stemmed |");
        output.WriteLine("|---|---|---|---|---|");
        output.WriteLine(lead.Row("Lead-3"));
        output.WriteLine(ours.Row("Extractive (ours)"));

        output.WriteLine(DevSetScores.Of(new LeadSummarizer(), SummaryLength.Brief).Row("Lead-2 (brief)"));
        output.WriteLine(DevSetScores.Of(new ExtractiveSummarizer(), SummaryLength.Brief).Row("Extractive (brief)"));

        Assert.True(ours.Rouge1 >= lead.Rouge1 - Tolerance, $"ROUGE-1 {ours.Rouge1:F2} < Lead-3 {lead.Rouge1:F2} − {Tolerance}");
        Assert.True(ours.Rouge1 >= CommittedRouge1 - Tolerance, $"ROUGE-1 {ours.Rouge1:F2} dropped below the committed {CommittedRouge1:F2}");
        Assert.True(ours.RougeL >= CommittedRougeL - Tolerance, $"ROUGE-L {ours.RougeL:F2} dropped below the committed {CommittedRougeL:F2}");
    }
}
