using NewsBot.Core.Documents.Time;

namespace NewsBot.Core.Tests.Documents.Time;

/// <summary>
/// The broadcast time of short synthetic announcements: the stream's own date and time in the forms German and English
/// pages write them, never a date of the news, a repeat, a regular slot or the page itself. Lines are separated by "\n";
/// every document gets a headline and a closing title line.
/// </summary>
public sealed class BroadcastTimeReaderTests
{
    private static BroadcastTime? Read(string body, string headline = "Wie geht es weiter mit der Rente?") =>
        BroadcastTimeReader.Read($"{headline}\n{body}\n{headline} | Testsendung\n");

    private static (string? Start, string? End) Times(string body, string headline = "Wie geht es weiter mit der Rente?")
    {
        var time = Read(body, headline);
        return (time?.Start.ToString(), time?.End?.ToString());
    }

    [Theory]
    [InlineData("Darüber diskutieren wir heute, am Donnerstag, 24. Juni 2021, ab 22:15 Uhr im ZDF.", "2021-06-24T22:15", null)]
    [InlineData("31.08.2021 • 20:15 - 21:50 Uhr\nDie Regierung hat am 12. März neue Pläne vorgestellt.", "2021-08-31T20:15", "2021-08-31T21:50")]
    [InlineData("Die Sendung läuft am Mittwoch, 9. März, um 20.15 Uhr im BR Fernsehen.", "--03-09T20:15", null)]
    [InlineData("Sendetermin: Do., 24.06.21, 22:15 Uhr", "2021-06-24T22:15", null)]
    [InlineData("maybrit illner – Donnerstag, 16. März 2023, 22.15 Uhr, ZDF", "2023-03-16T22:15", null)]
    [InlineData("Wann: Freitag, 2. Mai, 11:00–13:00 Uhr\nWo: Messegelände, Halle 7", "--05-02T11:00", "--05-02T13:00")]
    [InlineData("Nächster Termin: Mittwoch, 9. März, 20.15 bis 21.15 Uhr", "--03-09T20:15", "--03-09T21:15")]
    [InlineData("Von: 13.01.2020 16:00 Bis: 13.01.2020 19:00\nProgramm\nab 15.30 Uhr Einlass", "2020-01-13T16:00", "2020-01-13T19:00")]
    [InlineData("Die Sendung beginnt um 21 Uhr im Ersten und läuft parallel als Livestream.", "T21:00", null)]
    [InlineData("Darüber sprechen wir ab 18 Uhr im Live-Stream.", "T18:00", null)]
    [InlineData("Deutsche TV-Premiere Fr. 03.02.2023 phoenix", "2023-02-03", null)]
    [InlineData("Am 9. März 2022 haben drei Forschende in einem Online-Podium über den Krieg diskutiert.\nMax Muster\n10.03.2022", "2022-03-09", null)]
    [InlineData("Die Ausgabe vom 15.9. beginnt um 21.45 Uhr im Anschluss an den Krimi.\nDie Gäste am 15.9.24", "2024-09-15T21:45", null)]
    [InlineData("Fakt ist! | MDR | Mo., 20.03.2023 | 22:10 - 23:10 Uhr", "2023-03-20T22:10", "2023-03-20T23:10")]
    [InlineData("Die Podiumsdiskussion findet am Dienstag, den 14. März 2023, um 19 Uhr in der Aula statt.", "2023-03-14T19:00", null)]
    [InlineData("Zu sehen ist die Debatte am 5. Mai ab 20.15 h auf phoenix.", "--05-05T20:15", null)]
    [InlineData("Livestream: 18.30 Uhr", "T18:30", null)]
    [InlineData("Die Sendung beginnt heute ausnahmsweise erst um 23.15 Uhr (sonst 22.15 Uhr).", "T23:15", null)]
    [InlineData("Statt am Donnerstag, 16. März, läuft die Sendung bereits am Mittwoch, 15. März, um 22.15 Uhr im ZDF.", "--03-15T22:15", null)]
    [InlineData("Einlass ab 18 Uhr, Beginn der Podiumsdiskussion 18.30 Uhr.", "T18:30", null)]
    [InlineData("Die Sendung läuft am 9. März um 20.15 Uhr, die Wiederholung am 12. März um 0.30 Uhr.", "--03-09T20:15", null)]
    [InlineData("Markus Lanz läuft heute Abend, am Donnerstag, 12. Januar, um 23.15 Uhr im ZDF.", "--01-12T23:15", null)]
    [InlineData("Programmänderung: Statt um 22.15 Uhr beginnt die Sendung am Donnerstag erst um 22.45 Uhr.", "T22:45", null)]
    [InlineData("Dienstag, 14. März 2023 | 18:00 – 20:30 Uhr\nProgramm\n18:00 Uhr Begrüßung\n18:15 Uhr Podiumsdiskussion", "2023-03-14T18:00", "2023-03-14T20:30")]
    [InlineData("Am 25. Januar 2023 diskutierten auf dem Podium in Berlin Abgeordnete über die Zukunft der Forschung.", "2023-01-25", null)]
    [InlineData("Am Montag, dem 13. September 2021, fand in der Aula eine Podiumsdiskussion statt.", "2021-09-13", null)]
    [InlineData("Von Max Muster | 06.11.2023, 12:00 Uhr\nStreitplatz: Mittwoch, 8. November 2023, 20.15 Uhr im Fernsehen", "2023-11-08T20:15", null)]
    [InlineData("Sa 25.03. | 00:10 Uhr | Wiederholung\nFakt ist! | MDR | Mo 20.03.2023 | 22:10–23:10", "2023-03-20T22:10", "2023-03-20T23:10")]
    [InlineData("Sonntag, 21.45 Uhr, Das Erste", "T21:45", null)]
    [InlineData("Fakt ist! | MDR | Mo., 20.03.23, 22:10 Uhr | Wiederholung: Di., 21.03.23, 01:15 Uhr", "2023-03-20T22:10", null)]
    [InlineData("Das „Nachtcafé“ am Freitag (22 Uhr, SWR) moderiert diesmal ein Kollege.", "T22:00", null)]
    public void German_announcements_give_the_broadcast_time(string body, string start, string? end)
    {
        Assert.Equal((start, end), Times(body));
    }

    [Theory]
    [InlineData("Join us on Thursday, July 9, 2020, 1:00 – 2:15 p.m. for a virtual discussion.", "2020-07-09T13:00", "2020-07-09T14:15")]
    [InlineData("The next session takes place on Tuesday, July 14, at 2:30 p.m.", "--07-14T14:30", null)]
    [InlineData("Jul 14, 2025\nRecord heat strains the grid.\nThis show airs Monday at 10 a.m. EDT.", "2025-07-14T10:00", null)]
    [InlineData("Tuesday, May 30, 2006\nThe institutions celebrate anniversaries with an event.", "2006-05-30", null)]
    [InlineData("Thu. Oct 16th, 2025\nKeynote\nThu. Oct 16th, 2025 9:30 AM - 10:00 AM EDT\nPanel\nThu. Oct 16th, 2025 10:15 AM - 11:30 AM EDT", "2025-10-16T09:30", "2025-10-16T11:30")]
    [InlineData("Page last updated at 11:52 GMT, Thursday, 5 November 2009\nQuestion Time, the BBC's debate programme, comes from Reading on Thursday 5 November.", "2009-11-05", null)]
    [InlineData("Date: Wednesday 4 December 2024\nTime: 6.30pm to 8pm\nVenue: Old Theatre", "2024-12-04T18:30", "2024-12-04T20:00")]
    [InlineData("Thursday, October 15, 2020 | 12:00 PM - 1:00 PM ET", "2020-10-15T12:00", "2020-10-15T13:00")]
    [InlineData("The event will be livestreamed on March 5 at 7 p.m. ET.", "--03-05T19:00", null)]
    [InlineData("Doors open at 6 p.m.; the discussion begins at 6:30 p.m.", "T18:30", null)]
    [InlineData("Watch live: 7pm GMT, Monday 3rd June", "--06-03T19:00", null)]
    [InlineData("The webinar starts at 11 a.m. – 12 p.m. on 2024-03-05.", "2024-03-05T11:00", "2024-03-05T12:00")]
    [InlineData("WASHINGTON (March 5, 2024) – NPR and the Wilson Center will host a panel on Tuesday, March 12 at 7 p.m. ET.", "2024-03-12T19:00", null)] // the year of the dateline, which "Tuesday" fits
    [InlineData("The event will be broadcast live on C-SPAN and streamed on Thursday, June 6, from 2 to 3 p.m. ET.", "--06-06T14:00", "--06-06T15:00")]
    [InlineData("Tue, Aug 18 / 5:00 PM PDT\nCheck-in: 4:30 PM", "--08-18T17:00", null)]
    [InlineData("Tuesday, August 18, 2020 | 4:30 p.m. Check-In", "2020-08-18", null)]
    [InlineData("The virtual panel was held on April 13 and drew 300 viewers.", "--04-13", null)]
    [InlineData("Program: 12 noon – 1:30 p.m.\nDoors open: 11:30 a.m.", "T12:00", "T13:30")]
    [InlineData("Question Time is on BBC One on Thursday at 10.40pm.", "T22:40", null)]
    [InlineData("Date and Time: Monday, May 5, 2025 / 10:00 am - 11:30 am (EDT)", "2025-05-05T10:00", "2025-05-05T11:30")]
    [InlineData("The panel took place virtually on Tuesday, April 13, and drew 300 viewers.", "--04-13", null)]
    [InlineData("Join us at noon ET on March 3 for a live conversation.", "--03-03T12:00", null)]
    [InlineData("The discussion runs 8:00-9:30pm on Tuesday 5 March 2024.", "2024-03-05T20:00", "2024-03-05T21:30")]
    public void English_announcements_give_the_broadcast_time(string body, string start, string? end)
    {
        Assert.Equal((start, end), Times(body));
    }

    [Theory]
    [InlineData("Am 12. März hatte der Bundestag über das Gesetz diskutiert.")]
    [InlineData("Die Lokführergewerkschaft hat für Samstag ab 2 Uhr einen Streik angekündigt. Das Angebot der Bahn vom 3. Oktober sei unzureichend.")]
    [InlineData("Am Pegel Kaub lag der Rhein am 14. August bei nur 38 Zentimetern.")]
    [InlineData("Wenn am 24. September ein neuer Bundestag gewählt wird, geht es auch um die Hauptstadt.")]
    [InlineData("Seit Mai 2022 läuft die Sendung dienstags und mittwochs gegen 22.50 Uhr.")]
    [InlineData("Von Lena Hofbauer, 12.03.2022, 10:15 Uhr\nAm Flughafen ruhte am Donnerstagabend der Betrieb.")]
    [InlineData("Stand: 03.02.2023, 14:12 Uhr\nDie Preise stiegen von 1.50 Euro auf 2.10 Euro.")]
    [InlineData("Bereits am 3. März hatte die Ministerin im ZDF gesagt, sie wolle handeln.")]
    [InlineData("Die Wahl findet am 24. September statt.")]
    [InlineData("Bayern gewann 2:1, das Rückspiel ist am 12.04. geplant.")]
    [InlineData("Version 2.0.1 erscheint am 1.2.3.4; Tagungsnr. 02/2020; 12+2, 5+7 oder 7+7?")]
    [InlineData("Wiederholung verpasst? Am Wochenende gibt es eine weitere Gelegenheit: Samstag, 12. März, 0.30 bis 1.30 Uhr bei tagesschau24.")]
    [InlineData("Anmeldeschluss ist der 1. Mai 2024.")]
    public void German_news_dates_and_other_dates_are_not_taken(string body)
    {
        Assert.Null(Read(body));
    }

    [Theory]
    [InlineData("UN relief chief Tom Fletcher told reporters in Geneva on Tuesday, March 4, that funding had fallen.")]
    [InlineData("In a speech on March 3 at 10 a.m., the minister said the plan would work.")]
    [InlineData("Published 10/27/20\nThe protests of 2020 in their context.")]
    [InlineData("The show airs weeknights at 9 p.m.")]
    [InlineData("Last month he criticised the decision. He has been MP since 2005.")]
    [InlineData("Registration deadline: May 1, 2024 at 5 p.m.")]
    [InlineData("By Jane Doe, March 5, 2024 at 9:00 a.m.\nThe committee met on Monday.")]
    public void English_news_dates_and_other_dates_are_not_taken(string body)
    {
        Assert.Null(Read(body, "What next for aid?"));
    }

    [Theory]
    [InlineData("Stand: 03.02.2023\nHeute Abend um 20.15 Uhr diskutieren wir live.", "2023-02-03T20:15")]
    [InlineData("03.02.2023\nMorgen um 20.15 Uhr diskutieren wir live darüber.", "2023-02-04T20:15")]
    [InlineData("Heute Abend um 20.15 Uhr diskutieren wir live.", "T20:15")]
    [InlineData("Published 31 December 2024\nJoin us tomorrow at 6 p.m. for a live discussion.", "2025-01-01T18:00")]
    [InlineData("Published Monday, July 14, 2025\nThis show airs Monday at 10 a.m.", "2025-07-14T10:00")]
    [InlineData("Published Friday, July 11, 2025\nThis show airs Monday at 10 a.m.", "T10:00")]
    public void Relative_days_and_weekdays_count_only_from_the_documents_own_date(string body, string start)
    {
        Assert.Equal(start, Read(body)?.Start.ToString());
    }

    [Theory]
    [InlineData("Die Debatte läuft am Mittwoch um 21 Uhr im HR.", "T21:00")]
    [InlineData("Wir sprechen heute um 19 Uhr im ZDFinfo darüber.", "T19:00")]
    [InlineData("The debate is on ITV at 9pm.", "T21:00")]
    [InlineData("Die Runde ist ab 20 Uhr auf YouTube zu verfolgen.", "T20:00")]
    [InlineData("Das Podium wird am 3. Mai um 18 Uhr via Zoom übertragen.", "--05-03T18:00")]
    [InlineData("Am Freitag (22.30 Uhr, XYZ) geht es um die Rente.", "T22:30")]
    [InlineData("Gesprächsrunde – Montag, 3. April, 20.15 Uhr, Kanal Eins", "--04-03T20:15")]
    [InlineData("QRS 22:05 bis 23:03 Talkshow", "T22:05")]
    [InlineData("Die Debatte beginnt am 5. Mai um 20.15 Uhr auf kanalx.", "--05-05T20:15")]
    public void A_channel_is_recognised_by_its_shape_beside_the_time_not_by_its_name(string body, string start)
    {
        Assert.Equal(start, Read(body)?.Start.ToString());
    }

    [Theory]
    [InlineData("Die Ministerin hatte im EU-Parlament am 3. Mai um 18 Uhr gesprochen.")]
    [InlineData("Der Streik beginnt am 3. Mai um 2 Uhr im Hafen.")]
    public void A_capitalised_word_that_only_looks_like_a_place_or_a_compound_is_no_channel(string body)
    {
        Assert.Null(Read(body));
    }

    [Theory]
    [InlineData("Wednesday 12 March 2025, 6.30pm to 8pm, Old Theatre, and online", "2025-03-12T18:30", "2025-03-12T20:00")]
    [InlineData("THU, SEP 18 / 6:00 PM PDT In Person and Online", "--09-18T18:00", null)]
    [InlineData("1. Water and Conflict | March 9, 2021 | 10:00 – 11:30 AM EST | Center for Dialogue | Register Here", "2021-03-09T10:00", "2021-03-09T11:30")]
    [InlineData("- Dienstag, 14. März 2023, 18 Uhr, Rathaus, Saal 2", "2023-03-14T18:00", null)]
    public void A_date_with_its_time_opening_a_line_or_filling_a_field_is_the_when_line(string body, string start, string? end)
    {
        Assert.Equal((start, end), Times(body, "Rohstoffe aus der Tiefsee"));
    }

    [Fact]
    public void A_time_in_brackets_after_another_time_is_its_alternative_not_a_rival()
    {
        Assert.Equal("T22:45", Read("The programme is on BBC One on Thursday at 10.45pm (11.25pm in Northern Ireland).", "Who is on tonight?")?.Start.ToString());
    }

    [Fact]
    public void A_welcome_slot_opens_the_programme_and_the_discussion_starts_at_the_next_slot()
    {
        var body = "Programm\n16:00 Uhr Begrüßung – Forum\nDr. Anna Muster\n16:05 Uhr Einführung – Forum\nGespräch\nProf. Dr. Berta Beispiel\n17:00 Uhr Parallele Veranstaltungen";

        Assert.Equal(("T16:05", null), Times(body));
    }

    /// <summary>Times inside a bracket that opens right after a time (a few words before them allowed) are its alternatives, not rivals.</summary>
    [Theory]
    [InlineData("Stream starts at 9pm CET (that's 3pm ET / 8pm UK) on our channel.", "T21:00")]
    [InlineData("The livestream starts at 19:00 CET (18:00 UK, 13:00 ET).", "T19:00")]
    [InlineData("Der Livestream beginnt um 20 Uhr (19 Uhr in London, 14 Uhr in New York).", "T20:00")]
    public void Times_in_a_bracket_after_a_time_are_its_alternatives(string body, string start)
    {
        Assert.Equal(start, Read(body, "Who polices the harbour?")?.Start.ToString());
    }

    /// <summary>A programme slot ends where its own line writes an end or at a next item that is the end itself; the start of another item (lunch, a reception) is no end of the stream.</summary>
    [Theory]
    [InlineData("Programme\n09:30 Welcome and coffee\n11:00 Panel: Can harbours adapt? (livestreamed)\nTalvik Brennholm, Harbour Institute\n12:15 Lunch and networking", "T11:00", null)]
    [InlineData("Programm\n17:30 Uhr Einlass\n18:15 Uhr Podiumsdiskussion (wird live gestreamt)\nYsolde Brackmöller, Universität Talwinkel\n19:15 Uhr Empfang im Foyer", "T18:15", null)]
    [InlineData("Programm\n14:00 Uhr Begrüßung\n14:30 Uhr Podiumsgespräch im Livestream\nCasimir Quenneville, Hafenverband\n16:00 Uhr Lesung\n17:00 Uhr Ende", "T14:30", null)]
    [InlineData("Programm\n17:30 Uhr Einlass\n18:15–19:30 Uhr Podiumsdiskussion (wird live gestreamt)\nYsolde Brackmöller, Universität Talwinkel\n19:45 Uhr Empfang", "T18:15", "T19:30")]
    [InlineData("Programm\n17:30 Uhr Einlass\n18.40 Uhr Podium (im Livestream)\nYsolde Brackmöller, Universität Talwinkel\n20.00 Uhr Ende der Veranstaltung", "T18:40", "T20:00")]
    [InlineData("Programme\n09:30 Welcome\n11:00 Panel: Can harbours adapt? (livestreamed)\nTalvik Brennholm, Harbour Institute\n12:30 End of programme", "T11:00", "T12:30")]
    public void A_programme_slot_ends_only_where_its_own_line_says(string body, string start, string? end)
    {
        Assert.Equal((start, end), Times(body));
    }

    [Fact]
    public void A_series_that_opens_on_a_date_gives_that_date()
    {
        Assert.Equal("--06-20", Read("The free series opens on June 20 with a discussion of nuclear policy.", "A new series")?.Start.ToString());
    }

    [Fact]
    public void A_weekday_that_contradicts_the_date_line_keeps_the_time_apart()
    {
        // 31 August 2021 was a Tuesday; the stream is on a Thursday, so the date line is not its date.
        Assert.Equal("T20:15", Read("31.08.2021\nAm Donnerstag um 20.15 Uhr diskutieren wir live.")?.Start.ToString());
    }

    [Fact]
    public void The_zone_written_after_the_time_is_kept_and_the_time_stays_as_written()
    {
        var time = Read("The webinar is on March 5, 2024 at 1 p.m. CET.");

        Assert.Equal("2024-03-05T13:00", time?.Start.ToString());
        Assert.Equal("CET", time?.Start.Zone);
    }

    [Fact]
    public void The_explanation_names_the_line_and_the_rule()
    {
        var time = Read("Ein Absatz über die Lage.\nWann: Freitag, 2. Mai, 11:00–13:00 Uhr");

        Assert.NotNull(time);
        Assert.StartsWith("line 3:", time.Explanation, StringComparison.Ordinal);
        Assert.Contains("Wann:", time.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_give_the_chosen_time_and_every_candidate_left_out_with_its_reason()
    {
        var notes = BroadcastTimeReader.Notes("Titel\nStand: 03.02.2023\nDie Sendung läuft am 5. Februar von 20 bis 21 Uhr.\nTitel | Show\n");

        Assert.Equal(
            [("start", "--02-05T20:00", 3, true), ("end", "--02-05T21:00", 3, true), ("start", "2023-02-03", 2, false), ("start", "--02-05T20:00–21:00", 3, false)],
            notes.Select(n => (n.Field, n.Value, n.Line ?? 0, n.Accepted)));
        Assert.StartsWith("left out: publication date", notes[2].Rule, StringComparison.Ordinal);
        Assert.Contains("Sendung", notes[0].Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_say_so_when_the_text_gives_no_broadcast_time()
    {
        var notes = BroadcastTimeReader.Notes("Titel\nAm 12. März hatte der Bundestag beschlossen.\nTitel | Show\n");

        Assert.Equal([("start", (string?)null, true), ("start", "--03-12", false)], notes.Select(n => (n.Field, n.Value, n.Accepted)));
        Assert.StartsWith("left out: a date of the news", notes[1].Rule, StringComparison.Ordinal);
    }
}
