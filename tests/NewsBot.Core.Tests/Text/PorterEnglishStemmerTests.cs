using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class PorterEnglishStemmerTests
{
    [Theory]
    [InlineData("deliveries", "deliveri")]
    [InlineData("generously", "generous")]
    [InlineData("monitoring", "monitor")]
    [InlineData("hopping", "hop")]
    [InlineData("news", "news")]
    public void Known_words_reduce_to_their_snowball_stems(string word, string stem)
    {
        Assert.Equal(stem, Stem(word));
    }

    [Fact]
    public void Every_golden_pair_from_the_reference_implementation_matches()
    {
        GoldenPairs.AssertAllMatch(EnglishStemmerGoldenPairs.Pairs, Stem);
    }

    private static string Stem(string word)
    {
        var buffer = new char[PorterEnglishStemmer.BufferLength(word.Length)];
        return new string(buffer, 0, PorterEnglishStemmer.Stem(word, buffer));
    }
}
