using NewsBot.Core.Summaries;

namespace NewsBot.Core.Tests.Summaries.Evaluation;

/// <summary>Mean ROUGE F1 of a summarizer over the test documents, best of the two references per document.</summary>
internal sealed record DevSetScores(double Rouge1, double Rouge2, double RougeL, double Rouge1Stemmed)
{
    public static DevSetScores Of(ISummarizer summarizer, SummaryLength length = SummaryLength.Medium)
    {
        double r1 = 0, r2 = 0, rl = 0, r1s = 0;
        foreach (var document in TestDocuments.All)
        {
            var summary = string.Join(' ', summarizer.Summarize(document, length));
            var candidate = Rouge.Tokenize(summary);
            var candidateStemmed = Rouge.Tokenize(summary, stem: true, document.Language);
            var references = ReferenceSummaries.ById[document.Id];
            r1 += references.Max(reference => Rouge.NGramF1(candidate, Rouge.Tokenize(reference), 1));
            r2 += references.Max(reference => Rouge.NGramF1(candidate, Rouge.Tokenize(reference), 2));
            rl += references.Max(reference => Rouge.LcsF1(candidate, Rouge.Tokenize(reference)));
            r1s += references.Max(reference => Rouge.NGramF1(candidateStemmed, Rouge.Tokenize(reference, stem: true, document.Language), 1));
        }

        var count = TestDocuments.All.Count;
        return new DevSetScores(100 * r1 / count, 100 * r2 / count, 100 * rl / count, 100 * r1s / count);
    }

    public string Row(string name) => $"| {name} | {Rouge1:F1} | {Rouge2:F1} | {RougeL:F1} | {Rouge1Stemmed:F1} |";
}
