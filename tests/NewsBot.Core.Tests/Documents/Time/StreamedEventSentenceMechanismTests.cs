using NewsBot.Core.Documents.Time;

namespace NewsBot.Core.Tests.Documents.Time;

/// <summary>
/// A sentence without a date that says the event it refers back to is streamed ("Die Sitzung wird live übertragen",
/// "The hearing will be streamed live", "It will be broadcast") lends that to the sentence beside it that holds the
/// event's date and time; and of two equally supported lone times the one after an end word ("Ende gegen …") is the end,
/// not a start. Short synthetic pages with a headline and a closing title line.
/// </summary>
public sealed class StreamedEventSentenceMechanismTests
{
    private static (string? Start, string? End) Times(string body, string headline = "Anhörung zum Moorschutz", string show = "Landtag Talwinkel")
    {
        var time = BroadcastTimeReader.Read($"{headline}\n{body}\n{headline} | {show}\n");
        return (time?.Start.ToString(), time?.End?.ToString());
    }

    [Theory]
    [InlineData("Der Ausschuss für Umwelt führt am Montag, 17. Mai 2027, ab 10:00 Uhr im Plenarsaal eine Anhörung zum Moorgesetz durch. Die Sitzung wird live im Internet übertragen.", "2027-05-17T10:00", null)]
    [InlineData("Der Ausschuss hört am Mittwoch, dem 3. März 2027, von 14.00 Uhr bis 16.30 Uhr Sachverständige zum Entwurf an. Sie wird live im Parlamentsfernsehen übertragen.", "2027-03-03T14:00", "2027-03-03T16:30")]
    [InlineData("The committee takes evidence from four witnesses on Tuesday, 4 May 2027, at 10 a.m. The hearing will be streamed live on the parliament's website.", "2027-05-04T10:00", null)]
    [InlineData("Die Sitzung wird live im Internet übertragen (Mediathek). Beginn: 10:00 Uhr, Sitzungstag: Dienstag, 12.01.2027, Raum B2.", "2027-01-12T10:00", null)]
    public void A_streamed_event_sentence_lends_its_cue_to_the_dated_sentence_beside_it(string body, string start, string? end)
    {
        Assert.Equal((start, end), Times(body));
    }

    [Fact]
    public void The_date_two_sentences_before_takes_the_times_between()
    {
        Assert.Equal(("2027-12-14T10:00", "2027-12-14T12:15"),
            Times("Im Plenarsaal stellen sich am Dienstag, 14.12.2027, Abgeordnete den Fragen von Schülern. Beginn ist um 10 Uhr, Ende gegen 12:15 Uhr. Die Veranstaltung wird live übertragen."));
    }

    [Theory]
    [InlineData("Am 12. März 2027 hatte der Minister den Entwurf vorgestellt. Die Sitzung wird live übertragen.")]
    [InlineData("The minister said on 4 May 2027 that the plan was final. The hearing will be streamed live.")]
    [InlineData("Der Ausschuss tagte am 9. März 2027 im Plenarsaal. Livestream und Mediathek finden Sie auf unserer Seite.")]
    public void A_news_date_or_a_sentence_that_does_not_refer_back_gets_no_cue(string body)
    {
        Assert.Equal((null, null), Times(body));
    }

    [Theory]
    [InlineData("Das Fernsehen zeigt die Sendung am Mittwoch, 20. Oktober 2027, um 20:45 Uhr. Sie dauert bis 22:15 Uhr und ist in der Mediathek zu sehen.", "2027-10-20T20:45", "2027-10-20T22:15")]
    [InlineData("Stream schedule: Thursday, Dec 2 — going live 8:00 PM GMT, wrapping up around 10:00 PM GMT.", "--12-02T20:00", "--12-02T22:00")]
    [InlineData("The webinar airs live on Tuesday, 4 May 2027, at 6 p.m. and lasts until 7:30 p.m.", "2027-05-04T18:00", "2027-05-04T19:30")]
    public void A_time_after_an_end_word_is_the_end_not_a_rival_start(string body, string start, string end)
    {
        Assert.Equal((start, end), Times(body));
    }

    [Theory]
    [InlineData("Geplant für 26.11.2027, 18:30 · 1.284 Personen warten\nDrei Gäste sprechen über Moore.", "2027-11-26T18:30", null)]
    [InlineData("Scheduled for Nov 26, 2027, 6:30 PM · 312 waiting\nThree guests on peat.", "2027-11-26T18:30", null)]
    [InlineData("Heute, 10.05 bis 12.00 Uhr | Anrufen: 0800 123 456\nDrei Gäste beantworten Ihre Fragen.", "T10:05", "T12:00")]
    public void A_date_or_heute_after_a_few_words_opens_a_record_line_under_the_headline(string body, string start, string? end)
    {
        Assert.Equal((start, end), Times(body));
    }

    [Theory]
    [InlineData("Darum geht es heute ab 19 Uhr bei einer Podiumsdiskussion im Bürgerhaus. Die Debatte wird live übertragen; Ende ist gegen 21 Uhr.", "T19:00", "T21:00")]
    [InlineData("The panel starts at 6 p.m. in the town hall. The debate is streamed live and ends at 7:30 p.m.", "T18:00", "T19:30")]
    public void A_better_supported_time_after_an_end_word_is_still_the_end(string body, string start, string end)
    {
        Assert.Equal((start, end), Times(body));
    }

    [Theory]
    [InlineData("Radio Talwinkel · The Exchange · Weekdays 9–10 a.m.\nWednesday, 9:06 a.m. Guest host Tamsin Larkspur talks to:\nOliver Pelt, teacher at Brackwell Academy", "T09:06")]
    [InlineData("Radio Talwinkel · Der Vormittag · werktags 9–12 Uhr\nMittwoch, 10:05 Uhr: Moderatorin Karin Sarnow spricht mit zwei Gästen über Moore.", "T10:05")]
    public void A_weekday_and_a_time_opening_a_line_are_the_episodes_slot(string body, string start)
    {
        Assert.Equal(start, Times(body).Start);
    }
}
