using NewsBot.Core.Documents;

namespace NewsBot.Core.Tests.Documents;

public sealed class TokensTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Gäste")]
    [InlineData("  Anna  Weber,   Ökonomin ")]
    [InlineData("tab\tinside one word")]
    [InlineData("Mit: A (Org), B und C.")]
    public void Counting_space_separated_words_gives_what_splitting_on_spaces_gives(string text) =>
        Assert.Equal(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, Tokens.SpaceSeparatedCount(text));
}
