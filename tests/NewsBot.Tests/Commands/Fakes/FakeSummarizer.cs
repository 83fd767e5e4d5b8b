using NewsBot.Core.Documents;
using NewsBot.Core.Summaries;

namespace NewsBot.Tests.Commands.Fakes;

/// <summary>Takes the first 2, 3 or 6 paragraphs and records the length asked for.</summary>
internal sealed class FakeSummarizer : ISummarizer
{
    public List<SummaryLength> Requested { get; } = [];

    /// <summary>When set, summarizing throws it (a bug somewhere below the command).</summary>
    public Exception? Failure { get; set; }

    public IReadOnlyList<string> Summarize(Discussion discussion, SummaryLength length)
    {
        Requested.Add(length);
        if (Failure is not null)
            throw Failure;
        var count = length switch { SummaryLength.Brief => 2, SummaryLength.Medium => 3, _ => 6 };
        return discussion.Paragraphs.Take(count).ToList();
    }
}
