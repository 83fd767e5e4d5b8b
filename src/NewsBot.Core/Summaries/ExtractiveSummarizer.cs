using NewsBot.Core.Documents;

namespace NewsBot.Core.Summaries;

/// <summary>
/// The default summarizer. Interim version: the lead paragraphs of the body (a lead-N baseline),
/// replaced by the position- and headline-biased extractive method of summarization.md.
/// </summary>
public sealed class ExtractiveSummarizer : ISummarizer
{
    public IReadOnlyList<string> Summarize(Discussion discussion, SummaryLength length)
    {
        ArgumentNullException.ThrowIfNull(discussion);
        var count = length switch { SummaryLength.Brief => 1, SummaryLength.Medium => 2, _ => 3 };
        return discussion.Paragraphs.Take(count).ToArray();
    }
}
