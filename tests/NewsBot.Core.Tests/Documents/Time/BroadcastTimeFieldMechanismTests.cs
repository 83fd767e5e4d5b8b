using NewsBot.Core.Documents.Time;

namespace NewsBot.Core.Tests.Documents.Time;

/// <summary>
/// The time mechanisms added while reading the seventh set (TestData/unseen7): a schedule label in its question form
/// ("Wann? …", "When? …") labels the line as "Wann:" does, and a date with its time that fills a whole field of a record
/// line labels it whatever separates the fields ("|", "·", "•": EPG and listing records).
/// Short synthetic pages; every one gets a headline, a news sentence and a closing title line.
/// </summary>
public sealed class BroadcastTimeFieldMechanismTests
{
    private static (string? Start, string? End) Times(string body)
    {
        const string Headline = "Wer rettet die Moore?";
        var time = BroadcastTimeReader.Read($"{Headline}\nDie Moore trocknen aus, sagen Forschende.\n{body}\n{Headline} | Testsendung\n");
        return (time?.Start.ToString(), time?.End?.ToString());
    }

    [Theory]
    [InlineData("Wann? Mittwoch, 10. März 2027, 18 bis 19.30 Uhr – per Zoom, Link nach Anmeldung.", "2027-03-10T18:00", "2027-03-10T19:30")]
    [InlineData("When? Thursday, March 4, 2027, 6 to 7:30 p.m. – online, link after registration.", "2027-03-04T18:00", "2027-03-04T19:30")]
    [InlineData("Wann? Freitag, 12. März 2027, 19 Uhr, Gemeindesaal Talwinkel", "2027-03-12T19:00", null)]
    public void A_label_in_its_question_form_labels_the_line(string body, string start, string? end)
    {
        Assert.Equal((start, end), Times(body));
    }

    [Theory]
    [InlineData("EPG · Kanal Nord · Mo 13.09.2027 22:15–23:00 · Gesprächssendung · 16:9", "2027-09-13T22:15", "2027-09-13T23:00")]
    [InlineData("Programm • Radio Süd • Sa 20.03.2027 10:05–11:00 • Gespräch • Stereo", "2027-03-20T10:05", "2027-03-20T11:00")]
    [InlineData("Sendung | Kanal Süd | Di 09.03.2027 20:00–21:00 | Talk | UT", "2027-03-09T20:00", "2027-03-09T21:00")]
    public void A_date_and_time_filling_a_field_of_a_record_line_are_the_slot(string body, string start, string? end)
    {
        Assert.Equal((start, end), Times(body));
    }
}
