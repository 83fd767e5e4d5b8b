using NewsBot.Core.Documents.Time;

namespace NewsBot.Core.Tests.Documents.Time;

/// <summary>
/// Broadcast times that the layout of a page gives: a time line under a date line, the academic quarter, a listing that
/// titles each item above its time, the programme item that repeats the headline, and chapter marks of a recording
/// (which are no clock times). Short synthetic pages; every one gets a headline and a closing title line.
/// </summary>
public sealed class BroadcastTimeLayoutTests
{
    private static (string? Start, string? End) Times(string body, string headline = "Wie geht es weiter mit der Rente?", string show = "Testsendung")
    {
        var time = BroadcastTimeReader.Read($"{headline}\n{body}\n{headline} | {show}\n");
        return (time?.Start.ToString(), time?.End?.ToString());
    }

    [Theory]
    [InlineData("Skip to main content\nEvents\nShare | Add to calendar\nDate & Time\nWednesday, January 20, 2027\n10:00 – 11:30 a.m. ET\nOnline only.", "2027-01-20T10:00", "2027-01-20T11:30")]
    [InlineData("UK Parliament › Committees\nOral evidence session\nInquiry: Online Safety\nTuesday 19 January 2027\nMeeting starts at 9.30am, Committee Room 8\nWitnesses\nAt 9.30am\nBeth Marr, Chief Executive\nAt 10.30am\nDan Szabo, Head of Safety\nThe Committee will hear from the Minister at a later session on 2 February.", "2027-01-19T09:30", null)]
    public void A_time_line_under_a_date_line_gives_that_dates_time(string body, string start, string? end)
    {
        Assert.Equal((start, end), Times(body, "Cables under threat"));
    }

    [Theory]
    [InlineData("Mittwoch, 20. Januar 2027, 18 c.t. bis 20 Uhr", "2027-01-20T18:15", "2027-01-20T20:00")]
    [InlineData("Mittwoch, 20. Januar 2027, 18 s.t. bis 20 Uhr", "2027-01-20T18:00", "2027-01-20T20:00")]
    public void The_academic_quarter_moves_the_start_by_a_quarter_hour(string body, string start, string end)
    {
        Assert.Equal((start, end), Times(body));
    }

    [Fact]
    public void A_listing_gives_each_title_the_time_below_it()
    {
        var body = "TV guide › Thursday 10 December\nFrozen Coasts\n8pm–9pm, Channel 4\nThe cameras follow a coastguard crew.\nThe Late Debate\n10.40pm–11.40pm, BBC Two\nA debate on the four-day week.\nFilm of the day: The Long Field (2019)\n11.15pm, Film4\nA rural drama.";
        Assert.Equal(("--12-10T22:40", "--12-10T23:40"), Times(body, "What's on TV tonight", "The Late Debate"));
    }

    [Fact]
    public void The_programme_item_that_repeats_the_headline_is_the_discussions_slot()
    {
        var body = "Dienstag, 9. März 2027\n09:00–09:45 Uhr | Plenum\nKeynote: Die Industrie nach dem Erdgas\n10:00–11:30 Uhr | Saal Kepler\nSession 4A: Wer bezahlt die Netze?\n14:30–15:45 Uhr | Saal Kepler | Livestream\nSession 4B: Wasserstoff im Mittelstand\nVorsitz: Prof. Dr. Renate Kiese";
        Assert.Equal(("2027-03-09T14:30", "2027-03-09T15:45"), Times(body, "Session 4B: Wasserstoff im Mittelstand", "Energieforum"));
    }

    [Theory]
    [InlineData("Dec 2, 2026 · 58 min\nHosted by Nell Abernathy\nChapters\n00:00 Cold open\n02:10 Why batteries are glued in\n14:35 What the new regulation requires", "2026-12-02")]
    [InlineData("3. Dezember 2026 · 52 Minuten\nKapitel\n(00:00) Intro\n(01:45) Ein Spaziergang durch den Wald\n(21:10) Neue Baumarten", "2026-12-03")]
    public void Chapter_marks_counting_up_from_zero_are_no_clock_times(string body, string start)
    {
        Assert.Equal((start, (string?)null), Times(body));
    }

    [Fact]
    public void A_single_midnight_slot_is_still_a_clock_time()
    {
        Assert.Equal(("2027-01-01T00:00", (string?)null), Times("Freitag, 1. Januar 2027\n00:00 Uhr Neujahrsgespräch live im Stream"));
    }

    [Theory]
    [InlineData("Zur Debatte\nMittwoch, 19.15 – 20.00 Uhr\nLive aus dem Studio in Köln.", "T19:15", "T20:00")]
    [InlineData("Thursday, January 15\nIs the plan working?\nBBC Two, 9.35pm\nA studio debate on housing.", "--01-15T21:35", null)]
    public void A_line_of_a_weekday_and_a_time_or_of_a_channel_and_a_time_is_a_listing(string body, string start, string? end)
    {
        Assert.Equal((start, end), Times(body));
    }

    [Fact]
    public void A_date_with_a_council_that_will_hold_a_session_is_the_sessions()
    {
        Assert.Equal(("--02-10T15:00", null), Times("Posted on: January 28\nOn Tuesday, February 10 at 3 p.m., the council will hold a work session on rents."));
    }

    [Fact]
    public void A_time_range_above_a_programme_that_holds_every_slot_is_the_events_span_under_its_date()
    {
        var body = "Thursday 12 February\n6.30pm–8pm, followed by a reception\nProgramme\n6.30pm Welcome\n6.40pm Panel discussion\n7.40pm Questions\n8pm Close";
        Assert.Equal(("--02-12T18:30", "--02-12T20:00"), Times(body));
    }

    [Fact]
    public void A_date_in_the_sentence_that_names_the_panelists_is_the_discussions_but_not_without_them()
    {
        string[] lines = ["Streit um den Deich", "Seit Jahren streiten Stadt und Land.", "Im Kulturhaus diskutieren am Donnerstag, 17. Dezember, ab 19.30 Uhr die Ärztin Eva Roth und der Ingenieur Jan Wolf.", "Streit um den Deich | Stadtanzeiger"];
        var numbered = lines.Select((l, i) => (l, i + 1)).ToList();
        Assert.Equal("--12-17T19:30", BroadcastTimeReader.Read(numbered, NewsBot.Core.Documents.DocumentLanguage.German, ["Eva Roth", "Jan Wolf"])?.Start.ToString());
        Assert.Null(BroadcastTimeReader.Read(numbered, NewsBot.Core.Documents.DocumentLanguage.German, null));
        Assert.Null(BroadcastTimeReader.Read(numbered, NewsBot.Core.Documents.DocumentLanguage.German, ["Eva Roth", "Kai Nord"]));
    }

    [Fact]
    public void A_news_date_in_a_sentence_that_names_the_panelists_stays_a_news_date()
    {
        string[] lines = ["Streit um den Deich", "Am Montag, 14. Dezember, hatten Eva Roth und Jan Wolf den Plan kritisiert.", "Streit um den Deich | Stadtanzeiger"];
        var numbered = lines.Select((l, i) => (l, i + 1)).ToList();
        Assert.Null(BroadcastTimeReader.Read(numbered, NewsBot.Core.Documents.DocumentLanguage.German, ["Eva Roth", "Jan Wolf"]));
    }

    [Theory]
    [InlineData("Wohnen am Wasser – Kulturtage Nordhafen 2027\nProgramm › Samstag, 15. Mai\n16:00 – 17:30 | Alte Halle [LIVE]\nPodium: Wohnen am Wasser", "2027-05-15T16:00", "2027-05-15T17:30")]
    [InlineData("Pressemitteilung · 25.02.2027\nIm Livestream verfolgten am Dienstagabend, 23. Februar, ab 18 Uhr viele die Podiumsdiskussion.", "2027-02-23T18:00", null)]
    public void A_date_without_its_year_takes_the_one_written_year_its_weekday_fits(string body, string start, string? end)
    {
        Assert.Equal((start, end), Times(body));
    }

    [Theory]
    [InlineData("Kulturtage 2026 und 2027", "Samstag, 15. Mai", "2027-05-15T16:00")] // a Friday in 2026, a Saturday in 2027
    [InlineData("Kulturtage 2021 und 2027", "Samstag, 15. Mai", "--05-15T16:00")] // a Saturday in both: no year
    [InlineData("Kulturtage 2027", "15. Mai", "--05-15T16:00")] // no weekday: no year
    [InlineData("Kulturtage 2026", "Samstag, 15. Mai", "--05-15T16:00")] // a Friday in the one written year: no year
    public void A_weekday_takes_a_year_only_when_exactly_one_written_year_fits(string headline, string day, string start)
    {
        var body = $"Programm › {day}\n16:00 – 17:30 | Alte Halle [LIVE]\nPodium: Wohnen am Wasser";
        Assert.Equal(start, Times(body, headline).Start);
    }

    [Fact]
    public void A_date_and_a_time_labelled_in_the_fields_of_one_record_line_are_the_events()
    {
        var body = "Veranstaltungsart: Podiumsdiskussion | Datum: 22.09.2027 | Uhrzeit: 17:30 – 19:30 Uhr | Ort: Saal 2 | Kosten: frei\nViele Betriebe suchen Leute.";
        Assert.Equal(("2027-09-22T17:30", "2027-09-22T19:30"), Times(body));
    }

    [Fact]
    public void A_date_opening_a_record_line_under_the_headline_dates_the_programme()
    {
        var body = "Tuesday, June 15, 2027 | Harbour Hall, Leeds | All times BST\n9:00 AM – 9:20 AM | Welcome remarks\n9:30 AM – 11:00 AM | Panel 1: Ports and prices\nSpeakers: Ada Quill; Ben Rusk\n11:00 AM – 11:30 AM | Coffee break";
        Assert.Equal(("2027-06-15T09:30", "2027-06-15T11:00"), Times(body, "Harbour Forum 2027"));
    }

    [Fact]
    public void A_welcome_or_keynote_slot_naming_the_organiser_is_not_the_discussions_slot()
    {
        var body = "Mittwoch, 8. September 2027 · Halle 3 · Die Podiumsdiskussion wird live übertragen.\n10:00 Uhr Begrüßung | Dr. Ida Kern, Kammer Nord\n10:15 Uhr Keynote: „Daten im Betrieb“ | Prof. Ole Brink, Kammer Nord\n11:00 Uhr Podiumsdiskussion: „Gemeinsam stark“\nEs diskutieren: Lea Falk, Tom Riebe\n12:00 Uhr Mittagspause";
        Assert.Equal(("2027-09-08T11:00", null), Times(body, "Digitaltag 2027", "Kammer Nord")); // the lunch break's start is no end
    }

    [Theory]
    [InlineData("Tonight's \"Harbour Hour\" (PBS, 9/8c; check local listings) takes the debate to a live studio audience.", "T21:00")]
    [InlineData("Tonight's \"Harbour Hour\" (PBS, 10/9c) takes the debate to a live studio audience.", "T22:00")]
    [InlineData("Tonight's \"Harbour Hour\" (PBS, 9/7c) takes the debate to a live studio audience.", null)]
    [InlineData("Tonight's \"Harbour Hour\" (PBS, 2/1c) takes the debate to a live studio audience.", null)]
    public void A_US_listing_time_of_Eastern_and_Central_hours_is_the_evening_hour_in_Eastern(string body, string? start)
    {
        Assert.Equal(start, Times(body, "What to watch tonight", "Harbour Hour").Start);
    }

    [Theory]
    [InlineData("Samstag, 20. März 2027, 10:30 Uhr\nEnde gegen 12:30 Uhr · Haus am See · Livestream", "2027-03-20T10:30", "2027-03-20T12:30")]
    [InlineData("Unser Livestream heute von 12.30 bis 13 Uhr\nDarüber sprechen wir am 5. Mai ab 12.30 Uhr im Livestream.", "--05-05T12:30", "--05-05T13:00")]
    [InlineData("Livestream geplant für 22.04.2027, 17:30\nEs diskutieren Ada Quill und Ben Rusk.\nGrußwort: Eva Roth, Vorsitzende der Testsendung (17:30–17:40 Uhr)", "2027-04-22T17:30", null)]
    public void A_start_takes_its_end_from_an_end_word_or_the_same_start_written_as_a_range_about_the_stream(string body, string start, string? end)
    {
        Assert.Equal((start, end), Times(body));
    }
}
