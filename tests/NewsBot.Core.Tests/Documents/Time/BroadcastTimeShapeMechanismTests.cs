using NewsBot.Core.Documents.Time;

namespace NewsBot.Core.Tests.Documents.Time;

/// <summary>
/// The time mechanisms added while reading the sixth set (TestData/unseen6), each a shape of where a date and a time that
/// belong together stand: a range of two dotted clocks without "Uhr", one moment written in two zones, a date alone on a
/// line heading the programme's slots, an end word further down the page, a sentence that names the stream title, and a publication word
/// that is about something else than the page.
/// Short synthetic pages; every one gets a headline and a closing title line.
/// </summary>
public sealed class BroadcastTimeShapeMechanismTests
{
    private static (string? Start, string? End) Times(string body, string headline = "Wer rettet die Moore?", string show = "Testsendung", string? title = null)
    {
        var time = BroadcastTimeReader.Read($"{headline}\n{body}\n{title ?? headline} | {show}\n");
        return (time?.Start.ToString(), time?.End?.ToString());
    }

    [Theory]
    [InlineData("Friday 12 March 2027, 18.30–19.45 GMT\nA talk in the Long Gallery and online.", "2027-03-12T18:30", "2027-03-12T19:45")]
    [InlineData("Freitag, 12. März 2027, 19.00–20.30\nLivestream aus dem Festsaal.", "2027-03-12T19:00", "2027-03-12T20:30")]
    [InlineData("Wednesday 3 November 2027 · 12.15 – 13.00\nJoin us live online.", "2027-11-03T12:15", "2027-11-03T13:00")]
    [InlineData("Freitag, 12. März 2027\nEintritt 1.50–2.00 Euro.", "2027-03-12", null)]
    public void Two_dotted_clocks_joined_as_a_range_are_times(string body, string start, string? end)
    {
        Assert.Equal((start, end), Times(body));
    }

    [Theory]
    [InlineData("Fen Talk (Marsh TV, 7 p.m. CT / 8 p.m. ET) takes the debate to a village hall.", "T19:00")]
    [InlineData("Watch live on Thursday, March 4, 2027 at 6 p.m. PT / 9 p.m. ET.", "2027-03-04T18:00")]
    [InlineData("Live im Stream am 4. März 2027, 18:00 MEZ / 17:00 GMT.", "2027-03-04T18:00")]
    public void One_moment_written_in_two_zones_is_one_start(string body, string start)
    {
        Assert.Equal((start, (string?)null), Times(body, "Can the fens be saved?", "Fen Talk"));
    }

    [Fact]
    public void A_date_alone_above_the_programme_dates_the_discussions_slot()
    {
        var body = "Messe Nord | 8.–10. Juni 2027\nMittwoch, 9. Juni 2027\n10:00 – 10:30 Uhr\nKeynote: Wasser in der Stadt\n11:00 – 12:00 Uhr · LIVESTREAM\nPodium: Wer rettet die Moore?\nEs diskutieren Ida Fenn und Olaf Brink.";
        Assert.Equal(("2027-06-09T11:00", "2027-06-09T12:00"), Times(body, "Forum Moor – Programm"));
    }

    [Theory]
    [InlineData("Scheduled for Apr 6, 2027 · 7:00 PM\nTonight we go live.\nFirst a look back.\nThen the news.\nMore news.\nWe'll wrap up around 8:30 p.m. ET.", "2027-04-06T19:00", "2027-04-06T20:30")]
    [InlineData("Dienstag, 6. April 2027, 19 Uhr, live im Stream\nErst ein Rückblick.\nDann die Neuigkeiten.\nMehr dazu.\nDie Sendung endet gegen 20:15 Uhr.", "2027-04-06T19:00", "2027-04-06T20:15")]
    [InlineData("Tuesday, April 6, 2027, 9 a.m. live on our channel\nFirst a look back.\nThen the news.\nMore news.\nThe exhibition ends at 6 p.m.", "2027-04-06T09:00", null)]
    public void An_end_word_further_down_ends_the_stream_within_a_few_hours(string body, string start, string? end)
    {
        Assert.Equal((start, end), Times(body));
    }

    [Theory]
    [InlineData("Issue 9 · Monday, May 3\nOn Wednesday, May 5, at 6 p.m., we'll host \"Who Owns the Coast?\" in the hall.", "Who Owns the Coast?", "--05-05T18:00")]
    [InlineData("Rundbrief 9 · Montag, 3. Mai\nAm Mittwoch, 5. Mai, um 18 Uhr zeigen wir „Wem gehört die Küste?“ im Saal.", "Wem gehört die Küste?", "--05-05T18:00")]
    [InlineData("Issue 9 · Monday, May 3\nOn Thursday, May 6, at 7 p.m. we screen \"Tides of the North\" in the hall.", "Who Owns the Coast?", "--05-03")]
    public void A_sentence_that_names_the_stream_title_speaks_of_the_broadcast(string body, string title, string start)
    {
        Assert.Equal(start, Times(body, "This week: " + title, "Coastal Library", title).Start);
    }

    [Theory]
    [InlineData("Live on Tuesday, 4 May 2027, from 10 a.m. on Radio Fen: the study published in March found more crashes.", "2027-05-04T10:00")]
    [InlineData("Live am Dienstag, 4. Mai 2027, ab 10 Uhr auf Radio Moor: Die Studie des Verkehrsamts, im März veröffentlicht, zählt mehr Unfälle.", "2027-05-04T10:00")]
    [InlineData("Published 4 May 2027, 10:00\nA study found more crashes.", null)]
    public void A_publication_word_makes_a_page_date_only_beside_the_date(string body, string? start)
    {
        Assert.Equal(start, Times(body, "Are the roads safe?", "Radio Fen").Start);
    }
}
