using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class GermanStemmerTests
{
    [Theory]
    [InlineData("bündnis", "bundnis")]
    [InlineData("waffenlieferungen", "waffenliefer")]
    [InlineData("militärexperten", "militarexpert")]
    [InlineData("straße", "strass")]
    [InlineData("kenntnissen", "kenntnis")]
    public void Known_words_reduce_to_their_snowball_stems(string word, string stem)
    {
        Assert.Equal(stem, Stem(word));
    }

    [Fact]
    public void Every_golden_pair_from_the_reference_implementation_matches()
    {
        GoldenPairs.AssertAllMatch(GermanStemmerGoldenPairs.Pairs, Stem);
    }

    private static string Stem(string word)
    {
        var buffer = new char[GermanStemmer.BufferLength(word.Length)];
        return new string(buffer, 0, GermanStemmer.Stem(word, buffer));
    }
}
