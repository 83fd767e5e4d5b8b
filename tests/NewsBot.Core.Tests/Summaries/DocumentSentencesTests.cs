using NewsBot.Core.Summaries;

namespace NewsBot.Core.Tests.Summaries;

public sealed class DocumentSentencesTests
{
    public static TheoryData<string[], bool[]> Repeats => new()
    {
        // paragraphs → for each sentence in order: does it repeat an earlier one?
        { ["Der Bund plant ein neues Gesetz.", "Die Länder sind skeptisch."], [false, false] },
        { ["Der Bund plant ein neues Gesetz.", "Die Länder sind skeptisch.", "Der Bund plant ein neues Gesetz."], [false, false, true] },
        { ["Der Bund plant ein neues Gesetz. Der Bund plant ein neues Gesetz. Der Bund plant ein neues Gesetz."], [false, true, true] },
        { ["The council meets today. The Council meets today."], [false, false] }, // case matters: not the same text
        { ["The council meets today.", "The council meets today!"], [false, false] },
        { ["A teaser line here. Something else entirely.", "Something else entirely. A teaser line here."], [false, false, true, true] },
    };

    [Theory]
    [MemberData(nameof(Repeats))]
    public void A_sentence_repeats_only_an_earlier_sentence_of_the_same_text(string[] paragraphs, bool[] expected)
    {
        var sentences = new DocumentSentences(SummaryAssertions.WithParagraphs(TestDocuments.Seed, paragraphs));

        Assert.Equal(expected, Enumerable.Range(0, sentences.Count).Select(sentences.RepeatsEarlier).ToArray());
    }

    [Fact]
    public void Thousands_of_repeated_sentences_are_each_found_as_repeats()
    {
        // Each text appears ten times in turn: every later copy is a repeat, every first one is not.
        var paragraphs = Enumerable.Range(0, 20_000).Select(i => $"Satz Nummer {i % 2_000} über das Thema.").ToArray();
        var sentences = new DocumentSentences(SummaryAssertions.WithParagraphs(TestDocuments.Seed, paragraphs));

        Assert.Equal(20_000, sentences.Count);
        Assert.Equal(18_000, Enumerable.Range(0, sentences.Count).Count(sentences.RepeatsEarlier));
        Assert.All(Enumerable.Range(0, 2_000), i => Assert.False(sentences.RepeatsEarlier(i)));
    }
}
