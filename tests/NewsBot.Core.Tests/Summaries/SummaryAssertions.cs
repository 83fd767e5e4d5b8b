using NewsBot.Core.Documents;
using NewsBot.Core.Summaries;

namespace NewsBot.Core.Tests.Summaries;

/// <summary>Reference-free checks shared by the summarizer tests (summarization.md §6.3).</summary>
internal static class SummaryAssertions
{
    public static TheoryData<string, SummaryLength> DocumentsAndLengths()
    {
        var data = new TheoryData<string, SummaryLength>();
        foreach (var document in TestDocuments.All)
        {
            foreach (var length in Enum.GetValues<SummaryLength>())
            {
                data.Add(document.Id, length);
            }
        }

        return data;
    }

    public static Discussion Document(string id) => TestDocuments.All.Single(d => d.Id == id);

    /// <summary>Global positions (paragraph, offset) of each output sentence; fails when one is not verbatim in a paragraph.</summary>
    public static List<(int Paragraph, int Offset)> Locate(Discussion discussion, IReadOnlyList<string> summary)
    {
        var positions = new List<(int, int)>();
        foreach (var sentence in summary)
        {
            var found = discussion.Paragraphs
                .Select((text, index) => (Index: index, Offset: text.IndexOf(sentence, StringComparison.Ordinal)))
                .FirstOrDefault(hit => hit.Offset >= 0, (Index: -1, Offset: -1));
            Assert.True(found.Index >= 0, $"not an exact substring of the news: {sentence}");
            positions.Add((found.Index, found.Offset));
        }

        return positions;
    }

    public static Discussion WithParagraphs(Discussion discussion, IReadOnlyList<string> paragraphs) =>
        discussion with { Paragraphs = paragraphs };
}
