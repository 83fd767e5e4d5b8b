using NewsBot.Core.Summaries;

namespace NewsBot.Core.Tests.Summaries;

public sealed class LeadSummarizerTests
{
    public static TheoryData<string, SummaryLength> Cases => SummaryAssertions.DocumentsAndLengths();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lead_summaries_are_the_first_sentences_within_the_budget(string id, SummaryLength length)
    {
        var document = SummaryAssertions.Document(id);
        var budget = SummaryBudget.For(length);
        var summary = new LeadSummarizer().Summarize(document, length);

        Assert.InRange(summary.Count, 1, budget.MaxSentences);
        Assert.True(SummaryBudget.Measure(summary) <= budget.MaxCharacters);
        Assert.StartsWith(summary[0], document.Paragraphs[0], StringComparison.Ordinal);
        var positions = SummaryAssertions.Locate(document, summary);
        Assert.Equal(positions.OrderBy(p => p.Paragraph).ThenBy(p => p.Offset), positions);
    }

    [Fact]
    public void The_seed_lead_3_is_its_first_three_sentences()
    {
        var summary = new LeadSummarizer().Summarize(TestDocuments.Seed, SummaryLength.Medium);

        Assert.Equal(3, summary.Count);
        Assert.Equal("„Ich bestätige das“, sagte Kremlsprecher Dmitri Peskow.", summary[1]);
    }
}
