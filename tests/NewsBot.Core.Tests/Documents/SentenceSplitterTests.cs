using NewsBot.Core.Documents;

namespace NewsBot.Core.Tests.Documents;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Das gilt z. B. für Kohle. Danach kommt mehr.", new[] { "Das gilt z. B. für Kohle.", "Danach kommt mehr." })]
    [InlineData("Es spricht Dr. Jana Albrecht. Sie forscht.", new[] { "Es spricht Dr. Jana Albrecht.", "Sie forscht." })]
    [InlineData("Am 24. November beginnt es. Der Rest folgt.", new[] { "Am 24. November beginnt es.", "Der Rest folgt." })]
    [InlineData("Es fehlen u. a. Normen. Bis 2031. Dann nicht.", new[] { "Es fehlen u. a. Normen.", "Bis 2031.", "Dann nicht." })]
    [InlineData("„Ist das so?“ Er schwieg. Wer zahlt? Und wann?", new[] { "„Ist das so?“", "Er schwieg.", "Wer zahlt?", "Und wann?" })]
    [InlineData("»Nein!« Sie ging.", new[] { "»Nein!«", "Sie ging." })]
    [InlineData("Prof. Dr. Jana Albrecht vom UFZ spricht.", new[] { "Prof. Dr. Jana Albrecht vom UFZ spricht." })]
    [InlineData("The U.S. said no. Then it said yes.", new[] { "The U.S. said no.", "Then it said yes." })]
    public void Splits_sentences_without_breaking_at_abbreviations_ordinals_or_inside_quotes(string paragraph, string[] expected)
    {
        Assert.Equal(expected, SentenceSplitter.Split(paragraph));
    }
}
