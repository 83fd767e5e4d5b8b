using NewsBot.Companion.Questions;
using NewsBot.Core.Documents;
using NewsBot.Core.Text;

namespace NewsBot.Tests.Companion;

public sealed class QuestionTextTests
{
    [Theory]
    [InlineData("  Wie   geht's\n\tweiter? ", "Wie geht's weiter?")]
    [InlineData("a\u0000b", "ab")]
    [InlineData("", "")]
    public void Cleaning_collapses_whitespace_and_drops_control_characters(string given, string expected) =>
        Assert.Equal(expected, QuestionText.Clean(given));

    [Theory]
    [InlineData("Wie geht's weiter?", "wie GEHT'S   weiter")]
    [InlineData("Über Öl?", "uber ol")]
    public void The_same_question_normalizes_alike_whatever_its_case_accents_and_punctuation(string first, string second) =>
        Assert.Equal(QuestionText.Normalize(first), QuestionText.Normalize(second));

    [Fact]
    public void Near_duplicates_score_high_and_unrelated_questions_low()
    {
        var near = TextSimilarity.Cosine("Wie reagiert die NATO auf das Bündnis?", "Wie reagiert die NATO auf dieses Bündnis?", DocumentLanguage.German);
        var far = TextSimilarity.Cosine("Wie reagiert die NATO auf das Bündnis?", "Was kostet die Munition?", DocumentLanguage.German);

        Assert.True(near >= 0.8, $"near {near}");
        Assert.True(far < 0.3, $"far {far}");
        Assert.Equal(0, TextSimilarity.Cosine("", "NATO", DocumentLanguage.German));
    }

    [Fact]
    public void The_csv_quotes_commas_and_quotes_and_defuses_formulas()
    {
        var question = new AudienceQuestion(1, "s", 1, 2, "=HYPERLINK(\"x\"), oder?", "Dr. A, B", QuestionState.Answered, DateTimeOffset.UnixEpoch, null, 0, null, null, 0, 3);

        var csv = System.Text.Encoding.UTF8.GetString(QuestionCsv.Write([question])).TrimStart('\uFEFF');

        Assert.Equal("id,state,votes,asked_at_utc,member_id,panelist,similar_to,merged,text\r\n"
            + "1,answered,3,1970-01-01T00:00:00Z,2,\"Dr. A, B\",,0,\"'=HYPERLINK(\"\"x\"\"), oder?\"\r\n", csv);
    }
}
