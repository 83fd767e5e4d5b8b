using NewsBot.Commands.Formatting;

namespace NewsBot.Tests.Commands;

public sealed class DocumentTextTests
{
    [Theory]
    [InlineData("*fett* und _kursiv_", "\\*fett\\* und \\_kursiv\\_")]
    [InlineData("~~weg~~ `code` ||spoiler||", "\\~\\~weg\\~\\~ \\`code\\` \\|\\|spoiler\\|\\|")]
    [InlineData("C:\\pfad", "C:\\\\pfad")]
    [InlineData("> Zitat\n>> noch eins\na > b", "\\> Zitat\n\\>> noch eins\na > b")]
    [InlineData("  > eingerückt", "  \\> eingerückt")]
    [InlineData("Titel | Sendung", "Titel \\| Sendung")]
    [InlineData("# Überschrift\nPlatz #1", "\\# Überschrift\nPlatz #1")]
    [InlineData("Ganz normaler Satz.", "Ganz normaler Satz.")]
    public void Markdown_in_document_text_is_escaped(string text, string expected)
    {
        Assert.Equal(expected, DocumentText.EscapeMarkdown(text));
    }

    [Theory]
    [InlineData("Hallo @everyone!", "Hallo @\u200Beveryone!")]
    [InlineData("@here jetzt", "@\u200Bhere jetzt")]
    [InlineData("an <@123> und <@!456>", "an <\u200B@123> und <\u200B@!456>")]
    [InlineData("Rolle <@&789>", "Rolle <\u200B@&789>")]
    [InlineData("Kanal <#42>", "Kanal <\u200B#42>")]
    [InlineData("mail@example.org", "mail@example.org")]
    public void Mentions_in_document_text_are_neutralized(string text, string expected)
    {
        Assert.Equal(expected, DocumentText.NeutralizeMentions(text));
    }

    [Fact]
    public void Safe_text_neither_pings_nor_formats()
    {
        var safe = DocumentText.Safe("**@everyone** <@&1>");

        Assert.DoesNotContain("@everyone", safe, StringComparison.Ordinal);
        Assert.DoesNotContain("<@&", safe, StringComparison.Ordinal);
        Assert.DoesNotContain("**", safe, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kurz", 10, "kurz")]
    [InlineData("abcdefghij", 5, "abcd…")]
    [InlineData("abc\\*defgh", 5, "abc…")]
    [InlineData("ab \\\\xyz", 6, "ab \\\\…")]
    public void Truncation_respects_the_limit_and_never_leaves_half_an_escape(string text, int max, string expected)
    {
        var cut = DocumentText.Truncate(text, max);

        Assert.Equal(expected, cut);
        Assert.True(cut.Length <= max);
    }

    [Fact]
    public void Truncation_never_splits_a_surrogate_pair()
    {
        var cut = DocumentText.Truncate("abc😀def", 5);

        Assert.Equal("abc…", cut);
    }
}
