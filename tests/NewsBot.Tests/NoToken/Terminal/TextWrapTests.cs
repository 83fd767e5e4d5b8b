using NewsBot.NoToken.Terminal;

namespace NewsBot.Tests.NoToken.Terminal;

public sealed class TextWrapTests
{
    [Fact]
    public void Wraps_at_word_boundaries_within_the_width()
    {
        var lines = TextWrap.Wrap("Was bedeutet das Treffen von Putin und Kim Jong Un politisch?", 20);

        Assert.Equal(["Was bedeutet das", "Treffen von Putin", "und Kim Jong Un", "politisch?"], lines);
    }

    [Fact]
    public void Keeps_line_breaks_and_cuts_words_longer_than_a_line()
    {
        var lines = TextWrap.Wrap("a\nhttps://example.org/very/long/path", 12);

        Assert.Equal(["a", "https://exam", "ple.org/very", "/long/path"], lines);
    }

    [Fact]
    public void Ansi_escapes_take_no_room()
    {
        var bold = new AnsiStyle(enabled: true).Bold("bold");

        Assert.Equal(4, TextWrap.VisibleWidth(bold));
        Assert.Single(TextWrap.Wrap($"{bold} {bold} ab", 12));
    }
}
