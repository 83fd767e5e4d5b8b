using NewsBot.Core.Documents.Time;

namespace NewsBot.Core.Tests.Documents.Time;

/// <summary>
/// The time mechanisms added while reading the eighth set (TestData/unseen8): a time without a date takes the page's only
/// date when that date opens a header line above it, and a start and an end written apart in the date's sentence
/// ("Beginn 18 Uhr · Ende ca. 19.45 Uhr") join that date. Short synthetic pages with a headline and a closing title line.
/// </summary>
public sealed class BroadcastTimeHeaderDateMechanismTests
{
    private static (string? Start, string? End) Times(string body, string headline = "Wer rettet die Moore?", string show = "Testsendung")
    {
        var time = BroadcastTimeReader.Read($"{headline}\n{body}\n{headline} | {show}\n");
        return (time?.Start.ToString(), time?.End?.ToString());
    }

    [Theory]
    [InlineData("Thursday, 10 June 2027 · Leeds & online\nAbout the forum\n14:00 – 15:30 | Panel (livestreamed): Who pays for the fens?", "2027-06-10T14:00", "2027-06-10T15:30")]
    [InlineData("Scheduled for May 6, 2027 · 312 waiting\nLive at 6:00 PM ET\nThree researchers on peat.", "2027-05-06T18:00", null)]
    [InlineData("Geplant für 12.05.2027 · 80 Personen warten\nLive ab 19 Uhr im Stream.\nDrei Gäste diskutieren.", "2027-05-12T19:00", null)]
    public void A_time_takes_the_only_date_that_opens_a_header_line_above_it(string body, string start, string? end)
    {
        Assert.Equal((start, end), Times(body));
    }

    [Theory]
    [InlineData("Moorland Courier · News · Saturday 13 March 2027\nBy Ann Rook\nThe meeting, which started at 7pm, was broadcast live.", "T19:00")]
    [InlineData("Fenland Gazette · Local · 4 May 2027\nBy Ida Roe\nThe hearing began at 10am and was streamed live.", "T10:00")]
    public void A_masthead_date_after_the_outlet_dates_no_time(string body, string start)
    {
        Assert.Equal(start, Times(body).Start);
    }

    [Theory]
    [InlineData("Wann? Dienstag, 2. Februar 2027 · Einlass 17.30 Uhr · Beginn 18 Uhr · Ende ca. 19.45 Uhr", "2027-02-02T18:00", "2027-02-02T19:45")]
    [InlineData("Termin: Freitag, 5. März 2027, Beginn 19 Uhr, Ende gegen 21 Uhr", "2027-03-05T19:00", "2027-03-05T21:00")]
    [InlineData("When: Thursday, March 4, 2027, doors 5:30 p.m., starts 6 p.m., ends 7:30 p.m.", "2027-03-04T18:00", "2027-03-04T19:30")]
    public void A_start_and_an_end_written_apart_join_the_date_of_their_sentence(string body, string start, string end)
    {
        Assert.Equal((start, end), Times(body));
    }
}
