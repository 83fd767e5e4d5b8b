using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class EnglishStemmerTests
{
    [Theory]
    [InlineData("chips", "chip")]
    [InlineData("deliveries", "deliveri")]
    [InlineData("delivery", "deliveri")]
    [InlineData("caresses", "caress")]
    [InlineData("halted", "halt")]
    [InlineData("monitoring", "monitor")]
    [InlineData("stopped", "stop")]
    [InlineData("rated", "rate")]
    [InlineData("agreed", "agreed")]
    [InlineData("news", "new")]
    [InlineData("crisis", "crisis")]
    [InlineData("us", "us")]
    public void Inflections_are_removed(string word, string stem)
    {
        var buffer = word.ToCharArray();
        Assert.Equal(stem, new string(buffer, 0, EnglishStemmer.Stem(buffer)));
    }
}
