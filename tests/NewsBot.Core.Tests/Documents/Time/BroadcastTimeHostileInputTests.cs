using System.Text;
using NewsBot.Core.Documents.Time;

namespace NewsBot.Core.Tests.Documents.Time;

/// <summary>
/// Text built to make a date reader slow or wrong: very long lines, endless digits and separators, thousands of dates.
/// Every rule looks at a bounded window, so these finish in linear time (the benchmark measures it); here the answers
/// are checked.
/// </summary>
public sealed class BroadcastTimeHostileInputTests
{
    private static string Doc(string body) => $"Titel\n{body}\nTitel | Show\n";

    [Fact]
    public void A_line_of_a_hundred_thousand_digits_has_no_time()
    {
        Assert.Null(BroadcastTimeReader.Read(Doc(new string('7', 100_000))));
    }

    [Theory]
    [InlineData("1.")]
    [InlineData("12:")]
    [InlineData("1.1.")]
    [InlineData("Uhr ")]
    [InlineData("a.m.")]
    [InlineData("– bis ")]
    [InlineData("Montag, ")]
    public void A_long_line_of_one_repeated_fragment_finishes_without_a_time(string fragment)
    {
        var line = new StringBuilder().Insert(0, fragment, 200_000 / fragment.Length).ToString();

        Assert.Null(BroadcastTimeReader.Read(Doc(line)));
    }

    [Fact]
    public void Thousands_of_dates_in_one_sentence_without_broadcast_words_give_no_time()
    {
        var line = new StringBuilder().Insert(0, "am 1.1.2020 um 20:15 Uhr und ", 20_000).ToString();

        Assert.Null(BroadcastTimeReader.Read(Doc(line)));
    }

    [Fact]
    public void Thousands_of_equal_dates_in_one_live_sentence_still_give_that_date()
    {
        var line = new StringBuilder().Insert(0, "Live am 1.1.2020 um 20:15 Uhr und ", 20_000).ToString();

        Assert.Equal("2020-01-01T20:15", BroadcastTimeReader.Read(Doc(line))?.Start.ToString());
    }

    [Fact]
    public void Ten_thousand_lines_each_with_another_live_date_finish_with_the_first()
    {
        var body = string.Join('\n', Enumerable.Range(0, 10_000).Select(i => $"Die Sendung läuft live am {i % 28 + 1}.{i % 12 + 1}.2024."));

        Assert.Equal("2024-01-01", BroadcastTimeReader.Read(Doc(body))?.Start.ToString());
    }

    [Fact]
    public void Notes_of_a_document_with_many_dates_are_bounded_by_its_dates()
    {
        var line = new StringBuilder().Insert(0, "Live am 1.1.2020. ", 5_000).ToString();

        Assert.Equal(5_001, BroadcastTimeReader.Notes(Doc(line)).Count);
    }
}
