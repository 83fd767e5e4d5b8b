using NewsBot.Core.Documents;

namespace NewsBot.Core.Summaries;

/// <summary>
/// The lead-N baseline: the first sentences of the news, in order, as many as the length's budget holds
/// (fragments and repeated sentences skipped; stops at the first sentence that no longer fits).
/// Kept for comparison with <see cref="ExtractiveSummarizer"/>.
/// </summary>
public sealed class LeadSummarizer : ISummarizer
{
    public IReadOnlyList<string> Summarize(Discussion discussion, SummaryLength length)
    {
        ArgumentNullException.ThrowIfNull(discussion);
        var budget = SummaryBudget.For(length);
        var sentences = new DocumentSentences(discussion);
        var result = new List<string>(budget.MaxSentences);
        var used = 0;
        for (var i = 0; i < sentences.Count && result.Count < budget.MaxSentences; i++)
        {
            if (!sentences.IsCandidate(i) || sentences.RepeatsEarlier(i))
            {
                continue;
            }

            var needed = (result.Count > 0 ? 1 : 0) + sentences.Length(i);
            if (used + needed > budget.MaxCharacters)
            {
                if (result.Count == 0)
                {
                    result.Add(SentenceCutter.Cut(sentences.StringOf(i), budget.MaxCharacters));
                }

                break;
            }

            used += needed;
            result.Add(sentences.StringOf(i));
        }

        return result;
    }
}
