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
        var mismatches = new List<string>();
        var count = 0;
        foreach (var line in GermanStemmerGoldenPairs.Pairs.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(' ');
            count++;
            var actual = Stem(parts[0]);
            if (actual != parts[1])
            {
                mismatches.Add($"{parts[0]}: expected {parts[1]}, got {actual}");
            }
        }

        Assert.True(count > 300, $"only {count} pairs");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static string Stem(string word)
    {
        var buffer = new char[GermanStemmer.BufferLength(word.Length)];
        return new string(buffer, 0, GermanStemmer.Stem(word, buffer));
    }
}
