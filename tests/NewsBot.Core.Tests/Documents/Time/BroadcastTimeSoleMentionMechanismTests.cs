using NewsBot.Core.Documents.Time;

namespace NewsBot.Core.Tests.Documents.Time;

/// <summary>
/// The time mechanisms added while reading the ninth set (TestData/unseen9): a page that writes one clock time only,
/// left out for no reason and spoken for by a word of its own sentence, gives that time even when the sentence says
/// little about a broadcast; and a date in the headline itself heads the programme below it as a header line does.
/// Short synthetic pages with a headline and a closing title line.
/// </summary>
public sealed class BroadcastTimeSoleMentionMechanismTests
{
    private static (string? Start, string? End) Times(string body, string headline = "Wer rettet die Moore?", string show = "Testsendung")
    {
        var time = BroadcastTimeReader.Read($"{headline}\n{body}\n{headline} | {show}\n");
        return (time?.Start.ToString(), time?.End?.ToString());
    }

    [Theory]
    [InlineData("Am Freitag, den 14. Mai, um 18 Uhr ist die Ökologin Dr. Wiebke Sandvoss zu Gast.\nEintritt frei.", "--05-14T18:00", null)]
    [InlineData("Heute, 9 bis 11 Uhr, Hörertelefon 0800 000 111\nUnsere Gäste beantworten Ihre Fragen.", "T09:00", "T11:00")]
    [InlineData("Am Donnerstag, 6. Mai 2027, um 22.15 Uhr begrüßt Jorin Haberkamp zwei Gäste.\nWie geht es weiter?", "2027-05-06T22:15", null)]
    [InlineData("Tonight, 8:00 p.m., we're back with three guests who really know the fens.", "T20:00", null)]
    public void The_pages_only_clock_time_with_a_word_for_it_is_the_time(string body, string start, string? end)
    {
        Assert.Equal((start, end), Times(body));
    }

    [Theory]
    [InlineData("Am Freitag, 14. Mai, um 18 Uhr ist Dr. Wiebke Sandvoss zu Gast.\nAm Samstag, 15. Mai, um 11 Uhr liest Jorin Haberkamp.")]
    [InlineData("Am Montag um 10 Uhr hatte der Minister das Gesetz vorgestellt.\nDarüber sprechen unsere Gäste.")]
    [InlineData("Einlass ab 18 Uhr.\nDrei Gäste diskutieren über Moore.")]
    public void Two_times_a_news_time_or_an_admission_time_give_none(string body)
    {
        Assert.Null(Times(body).Start);
    }

    [Theory]
    [InlineData("Day 3 – Friday, 12 June 2027", "Fens Summit 2027 · Programme · Main Stage (livestreamed)\n09:00  Welcome back\n10:00  Panel: Who pays for the fens?\n11:00  Coffee break", "2027-06-12T10:00")]
    [InlineData("Tag 2 – Samstag, 15. Mai 2027", "Moorforum 2027 · Programm · Livestream\n10:00  Begrüßung\n10:30  Podium: Wer zahlt für die Moore?\n12:00  Mittagspause", "2027-05-15T10:30")]
    public void A_date_in_the_headline_heads_the_programme_below_it(string headline, string body, string start)
    {
        Assert.Equal(start, Times(body, headline).Start);
    }
}
