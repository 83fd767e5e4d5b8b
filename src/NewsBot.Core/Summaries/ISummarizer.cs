using NewsBot.Core.Documents;

namespace NewsBot.Core.Summaries;

/// <summary>Picks the sentences that carry a discussion's story, in document order.</summary>
public interface ISummarizer
{
    /// <returns>Whole sentences of the document, verbatim, in document order, within the length's budget.</returns>
    IReadOnlyList<string> Summarize(Discussion discussion, SummaryLength length);
}
