using NewsBot.Messages;

namespace NewsBot.Tests.Messages;

public sealed class DiscordTextTests
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
        Assert.Equal(expected, DiscordText.EscapeMarkdown(text));
    }

    [Theory]
    [InlineData("Ganz normaler Satz.")]
    [InlineData("Grüße, Zahlen 1 < 2 = 2 und E-Mail: a.b@example.org")]
    [InlineData("")]
    public void Text_without_markdown_comes_back_as_the_same_string(string text)
    {
        Assert.Same(text, DiscordText.EscapeMarkdown(text));
    }

    [Theory]
    [InlineData("Hallo @everyone!", "Hallo @\u200Beveryone!")]
    [InlineData("@here jetzt", "@\u200Bhere jetzt")]
    [InlineData("an <@123> und <@!456>", "an <\u200B@123> und <\u200B@!456>")]
    [InlineData("Rolle <@&789>", "Rolle <\u200B@&789>")]
    [InlineData("Kanal <#42>", "Kanal <\u200B#42>")]
    [InlineData("mail@example.org", "mail@example.org")]
    [InlineData("@Everyone und @HERE", "@\u200BEveryone und @\u200BHERE")]
    public void Mentions_in_document_text_are_neutralized(string text, string expected)
    {
        Assert.Equal(expected, DiscordText.NeutralizeMentions(text));
    }

    [Fact]
    public void Safe_text_neither_pings_nor_formats()
    {
        var safe = DiscordText.Safe("**@everyone** <@&1>");

        Assert.DoesNotContain("@everyone", safe, StringComparison.Ordinal);
        Assert.DoesNotContain("<@&", safe, StringComparison.Ordinal);
        Assert.DoesNotContain("**", safe, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kurz", 10, "kurz")]
    [InlineData("abcdefghij", 5, "abcd…")]
    [InlineData("abc\\*defgh", 5, "abc…")]
    [InlineData("ab \\\\xyz", 6, "ab \\\\…")]
    [InlineData("eins zwei drei vier", 12, "eins zwei…")]
    [InlineData("eins zweidreivier", 12, "eins zweidr…")]
    public void Truncation_respects_the_limit_and_never_leaves_half_an_escape(string text, int max, string expected)
    {
        var cut = DiscordText.Truncate(text, max);

        Assert.Equal(expected, cut);
        Assert.True(cut.Length <= max);
    }

    [Fact]
    public void Truncation_never_splits_a_surrogate_pair()
    {
        var cut = DiscordText.Truncate("abc😀def", 5);

        Assert.Equal("abc…", cut);
    }

    /// <summary>Characters a reader sees as one: surrogate pairs, a flag (two pairs), an emoji with skin tone, a family joined by ZWJ, a keycap.</summary>
    public static TheoryData<string> WholeCharacters => new() { "😀", "𝔼", "🇩🇪", "👍🏽", "👩‍👩‍👧", "1️⃣", "e\u0301" };

    [Theory]
    [MemberData(nameof(WholeCharacters))]
    public void Truncation_at_every_cut_point_keeps_each_character_whole_and_the_limit(string character)
    {
        var text = string.Concat(Enumerable.Repeat("ab" + character + "c", 6));
        for (var max = 1; max <= text.Length + 1; max++)
        {
            var cut = DiscordText.Truncate(text, max);

            Assert.True(cut.Length <= max, $"max {max}: {cut.Length} characters");
            if (cut == text)
                continue;
            Assert.EndsWith("…", cut, StringComparison.Ordinal);
            var kept = cut[..^1];
            Assert.StartsWith(kept, text, StringComparison.Ordinal);
            // The kept part ends on a boundary of the original's text elements: nothing seen as one character is split.
            Assert.Contains(kept.Length, Boundaries(text));
        }
    }

    [Fact]
    public void A_long_text_of_emoji_families_is_cut_between_two_families()
    {
        var text = string.Concat(Enumerable.Repeat("👩‍👩‍👧", 200_000));

        var cut = DiscordText.Truncate(text, 4096);

        Assert.True(cut.Length <= 4096);
        Assert.Equal(0, (cut.Length - 1) % "👩‍👩‍👧".Length);
    }

    private static HashSet<int> Boundaries(string text)
    {
        var boundaries = new HashSet<int> { 0 };
        var enumerator = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
            boundaries.Add(enumerator.ElementIndex + ((string)enumerator.Current).Length);
        return boundaries;
    }
}
