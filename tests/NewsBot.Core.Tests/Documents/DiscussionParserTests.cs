using NewsBot.Core.Documents;

namespace NewsBot.Core.Tests.Documents;

public sealed class DiscussionParserTests
{
    [Theory]
    [InlineData("", "empty document")]
    [InlineData("  \n\n \t\n", "empty document")]
    [InlineData("Nur eine Schlagzeile\nNur eine Schlagzeile\n", "no text after the headline")]
    public void Documents_without_content_are_rejected_with_a_reason(string text, string reason)
    {
        var result = DiscussionParser.Parse("x", text);

        var rejected = Assert.IsType<ParseResult.Rejected>(result);
        Assert.Equal(reason, rejected.Reason);
    }

    [Fact]
    public void A_first_line_too_long_for_a_headline_is_rejected_at_line_1()
    {
        var result = DiscussionParser.Parse("x", new string('a', 400) + "\nText.");

        var rejected = Assert.IsType<ParseResult.Rejected>(result);
        Assert.Equal(1, rejected.Line);
        Assert.Contains("headline", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_title_line_the_headline_is_the_stream_title_and_the_show_is_unknown()
    {
        var d = TestData.Parse("Überschrift\nEin Absatz mit Text.\n");

        Assert.Equal("Überschrift", d.StreamTitle);
        Assert.Null(d.Show);
        Assert.Equal(["Ein Absatz mit Text."], d.Paragraphs);
    }

    [Fact]
    public void Leading_blank_lines_trailing_whitespace_and_CRLF_do_not_change_the_result()
    {
        var plain = TestData.Parse("Titel\nText hier.\nTitel | Show\n");
        var messy = TestData.Parse("\r\n\r\nTitel   \r\nText hier.\t \r\n\r\nTitel | Show  \r\n");

        Assert.Equal(plain.Headline, messy.Headline);
        Assert.Equal(plain.StreamTitle, messy.StreamTitle);
        Assert.Equal(plain.Show, messy.Show);
        Assert.Equal(plain.Paragraphs, messy.Paragraphs);
    }

    [Fact]
    public void The_seed_keeps_its_news_paragraphs_verbatim_and_drops_the_question_and_panel_paragraph()
    {
        var d = TestData.ParseFile(TestData.PathOf("dev-set/000_8dbe49e802ff1033.txt"));

        Assert.Equal(5, d.Paragraphs.Count);
        Assert.StartsWith("Nordkoreas Machthaber Kim Jong Un", d.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Im Gegenzug", d.Paragraphs[4], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(
        "Who pays for the drones?\nThe war has changed and the drones are cheap.\nWhat did Gen. Miller promise Kyiv? Who pays for the drones in the end?\n",
        new[] { "What did Gen. Miller promise Kyiv?", "Who pays for the drones in the end?" })]
    [InlineData(
        "Wer zahlt die Rente?\nDie Reform ist nicht mit dem Haushalt abgestimmt.\nWas folgt auf den 3. Oktober? Wer zahlt am Ende die Rente?\n",
        new[] { "Was folgt auf den 3. Oktober?", "Wer zahlt am Ende die Rente?" })]
    public void Guiding_questions_are_split_by_the_sentence_rules_of_the_document_language(string text, string[] questions)
    {
        Assert.Equal(questions, TestData.Parse(text).Questions);
    }
}
