using NewsBot.Core.Documents;
using NewsBot.Core.Summaries;

namespace NewsBot.Core.Tests.Summaries;

public sealed class MemoizedSummarizerTests
{
    [Fact]
    public void Each_length_of_a_discussion_is_summarized_once_and_answers_as_the_summarizer_does()
    {
        var counting = new CountingSummarizer(new ExtractiveSummarizer());
        var memoized = new MemoizedSummarizer(counting);

        foreach (var length in Enum.GetValues<SummaryLength>())
        {
            var expected = new ExtractiveSummarizer().Summarize(TestDocuments.Seed, length);
            Assert.Equal(expected, memoized.Summarize(TestDocuments.Seed, length));
            Assert.Equal(expected, memoized.Summarize(TestDocuments.Seed, length));
        }

        Assert.Equal(3, counting.Calls);
    }

    [Fact]
    public void An_edited_discussion_is_a_new_object_and_is_summarized_afresh()
    {
        var counting = new CountingSummarizer(new LeadSummarizer());
        var memoized = new MemoizedSummarizer(counting);
        var edited = TestDocuments.Seed with { Paragraphs = ["Ein ganz neuer Absatz. Mit zwei Sätzen."] };

        var before = memoized.Summarize(TestDocuments.Seed, SummaryLength.Brief);
        var after = memoized.Summarize(edited, SummaryLength.Brief);

        Assert.Equal(2, counting.Calls);
        Assert.NotEqual(before, after);
        Assert.Equal(new LeadSummarizer().Summarize(edited, SummaryLength.Brief), after);
    }

    [Fact]
    public void A_caller_cannot_change_what_the_next_caller_gets()
    {
        var memoized = new MemoizedSummarizer(new LeadSummarizer());

        var first = memoized.Summarize(TestDocuments.Duerre, SummaryLength.Medium);

        Assert.Throws<NotSupportedException>(() => ((IList<string>)first)[0] = "changed");
        Assert.Equal(new LeadSummarizer().Summarize(TestDocuments.Duerre, SummaryLength.Medium), memoized.Summarize(TestDocuments.Duerre, SummaryLength.Medium));
    }

    private sealed class CountingSummarizer(ISummarizer inner) : ISummarizer
    {
        public int Calls { get; private set; }

        public IReadOnlyList<string> Summarize(Discussion discussion, SummaryLength length)
        {
            Calls++;
            return inner.Summarize(discussion, length);
        }
    }
}
