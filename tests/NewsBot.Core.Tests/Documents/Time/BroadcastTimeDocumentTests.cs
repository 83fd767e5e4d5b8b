using NewsBot.Core.Documents.Time;

namespace NewsBot.Core.Tests.Documents.Time;

/// <summary>
/// Whole announcements in the shapes real pages take (written for these tests): TV previews with show history, press
/// releases, news articles with bylines, event pages, podcast entries, programmes, reports, programme changes.
/// </summary>
public sealed class BroadcastTimeDocumentTests
{
    /// <summary>A TV preview: the show history ("Seit dem 4. Juni 2008") and the regular slot are left out; today's start joins the episode date.</summary>
    private const string ALanz = """
        Markus Lanz heute: Diese Gäste sind am Dienstag dabei
        Markus Lanz heute: Diese Gäste sind am Dienstag dabei
        Seit dem 4. Juni 2008 moderiert Markus Lanz seine Talkshow im ZDF. Die Sendung läuft dienstags bis donnerstags ab 23.15 Uhr.
        Am Dienstag, 7. März, begrüßt Markus Lanz wieder Gäste aus Politik und Gesellschaft.
        Die Gäste:
        Kevin Kühnert (SPD), Generalsekretär
        Ulrike Herrmann (Autorin)
        Die Sendung beginnt heute um 23.30 Uhr und ist danach in der Mediathek abrufbar.
        Markus Lanz vom 7. März | Markus Lanz
        """;

    /// <summary>A press release: its dateline and a news date are left out.</summary>
    private const string BPress = """
        phoenix runde: Wie geht es weiter mit der Bahn?
        Bonn, 6. Februar 2023 – Die Bahn steht vor einem schwierigen Jahr. Am 1. Februar hatte der Konzern neue Verluste gemeldet.
        Anke Plättner diskutiert mit Lena Maier (Verkehrsclub), Tom Schulz (Bahngewerkschaft) und Eva Roth (Wirtschaftsweise).
        phoenix runde, Dienstag, 7. Februar 2023, 22.15 Uhr
        Pressekontakt: phoenix-Kommunikation
        Wie geht es weiter mit der Bahn? | phoenix runde
        """;

    /// <summary>A news article with a byline: only the weekday and time of the show, no date.</summary>
    private const string CNews = """
        Neue Gastgeberin im Nachtcafé
        Von Petra Klein
        Stuttgart. Das „Nachtcafé“ bekommt vorübergehend eine neue Stimme. Wie der SWR am Montag mitteilte, übernimmt Florian Weber am Freitag (22 Uhr, SWR) die Moderation.
        Der langjährige Gastgeber Michael Steinbrecher ist erkrankt. Bereits am 3. März 2023 hatte er eine Sendung absagen müssen.
        Zu Gast sind unter anderem die Ärztin Eva Stein und der Bergsteiger Tom Rau.
        Neue Gastgeberin im Nachtcafé | Nachtcafé
        """;

    /// <summary>An event page with "Date:" and "Time:" lines; "Doors open" is not the start.</summary>
    private const string DEvent = """
        Deep-sea mining: who benefits?
        Hosted by the Department of Geography
        Date: Tuesday 4 March 2025
        Time: 6.30pm - 8.00pm
        Venue: Old Theatre, Old Building
        Speakers
        Dr Jane Doe, Professor of Marine Policy
        This event will also be livestreamed on YouTube. Doors open at 6pm.
        Deep-sea mining: who benefits? | LSE Events
        """;

    /// <summary>A podcast entry: the release date is the page's, the recording date the debate's.</summary>
    private const string EPodcast = """
        Should we ban smartphones in schools?
        Intelligence Squared
        Released: 19 May 2023
        Recorded live at the Emmanuel Centre in London on 12 May 2023, this debate asks whether schools should be phone-free.
        For the motion: Jane Doe. Against the motion: John Roe. Chair: Ann Poe.
        Should we ban smartphones in schools? | Intelligence Squared
        """;

    /// <summary>A programme: the discussion's slot, without an end of its own (the next item's start is no end); the parallel debate comes later.</summary>
    private const string FProgramme = """
        Europa nach der Wahl
        Dienstag, 14. März 2023
        Konrad-Adenauer-Stiftung, Berlin
        Programm
        18:00 Uhr Begrüßung
        Dr. Max Muster, Leiter der Akademie
        18:15 Uhr Podiumsdiskussion
        Prof. Dr. Eva Roth, Politikwissenschaftlerin
        19:30 Uhr Empfang
        Parallel: 18:30 Uhr Debatte im Saal 2 mit Tom Lang
        Europa nach der Wahl | Konrad-Adenauer-Stiftung
        """;

    /// <summary>A report after the event: the date under the byline is the page's.</summary>
    private const string GReport = """
        Experts discuss the future of democracy at CWA
        By Sam Reporter
        April 14, 2021
        The Conference on World Affairs hosted a virtual panel on Tuesday, April 13, featuring historian Jane Doe and podcast host Dan Carlin.
        "We are at a turning point," Doe said. A CU spokesperson, Erin Rain, said about 800 people watched the stream.
        Experts discuss the future of democracy at CWA | Daily Camera
        """;

    /// <summary>A programme change: the football before it and the usual slot are not the show's time.</summary>
    private const string HIllner = """
        Programmänderung im ZDF: „maybrit illner“ später
        Wegen der Übertragung des DFB-Pokal-Halbfinales zeigt das ZDF am Donnerstag ab 20.15 Uhr live Fußball.
        „maybrit illner“ beginnt deshalb erst um 23.15 Uhr statt wie gewohnt um 22.15 Uhr.
        Zu Gast sind die Ministerin Eva Roth und der Ökonom Tom Lang.
        Programmänderung | maybrit illner
        """;

    public static TheoryData<string, string, string?> Documents() => new()
    {
        { ALanz, "--03-07T23:30", null },
        { BPress, "2023-02-07T22:15", null },
        { CNews, "T22:00", null },
        { DEvent, "2025-03-04T18:30", "2025-03-04T20:00" },
        { EPodcast, "2023-05-12", null },
        { FProgramme, "2023-03-14T18:15", null },
        { GReport, "2021-04-13", null }, // "Tuesday, April 13": the weekday fits 2021, the one year the page writes
        { HIllner, "T23:15", null },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_broadcast_time_of_the_document_is_read(string text, string start, string? end)
    {
        var time = BroadcastTimeReader.Read(text);

        Assert.Equal((start, end), (time?.Start.ToString(), time?.End?.ToString()));
    }
}
