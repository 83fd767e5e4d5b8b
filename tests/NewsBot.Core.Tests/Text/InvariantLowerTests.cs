using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class InvariantLowerTests
{
    [Fact]
    public void Every_character_lower_cases_as_the_platform_does()
    {
        for (var c = 0; c <= char.MaxValue; c++)
            Assert.Equal(char.ToLowerInvariant((char)c), InvariantLower.Of((char)c));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Hello World")]
    [InlineData("ÄRZTIN Für Öffentliche Gesundheit, Straße")]
    [InlineData("Şükrü Çağlayan, ĐORĐE Łukasiewicz, Ǆ")]
    [InlineData("Ελληνικά und Кириллица beyond the table")]
    [InlineData("mixed ÄÖÜ then ΣΟΦΙΑ then ÀÉÎ")]
    [InlineData("emoji 😀 and İstanbul")]
    public void A_text_lower_cases_as_the_platform_does_inside_and_beyond_the_table(string text)
    {
        var destination = new char[text.Length];
        InvariantLower.Into(text, destination);
        Assert.Equal(text.ToLowerInvariant(), new string(destination));
    }
}
