using NewsBot.Core.Documents;
using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The summary's material is the topic's prose: sentences in the news paragraphs that are about the event itself, and a
/// page's furniture (cookie notices, navigation paths, field lines, credits, numbers to call, fragments, headings), stay
/// out of it (each mechanism on a short synthetic snippet), and sentences of the topic that merely share a word with
/// those cues stay in.
/// </summary>
public sealed class TopicProseMechanismTests
{
    private static Discussion Doc(string paragraph, string body) =>
        TestData.Parse($"Schlagzeile zum Thema\n{paragraph}\n{body}\nSchlagzeile zum Thema | Die Runde\n");

    private const string GermanPanel = "Gäste:\nAnna Berg (SPD), Bürgermeisterin\nOle Krüger, Landwirt";
    private const string EnglishPanel = "Speakers:\nAnna Berg, mayor of Hillford\nOle Krueger, farmer";

    [Theory]
    [InlineData("Zur Begrüßung spricht Karin Ehlert, Bürgermeisterin für Umwelt.")]
    [InlineData("Zum Abschluss spricht der Präsident der Akademie.")]
    [InlineData("Das Gespräch wird simultan übersetzt.")]
    [InlineData("Die Stellungnahmen werden auf dieser Seite veröffentlicht, sobald sie vorliegen.")]
    [InlineData("Dieser Stream wird unterstützt von der Initiative „Lernen jetzt“ (Werbung).")]
    [InlineData("Der Saal ist barrierefrei zugänglich, eine Induktionsschleife ist vorhanden.")]
    [InlineData("Bitte melden Sie sich bis zum 12. März mit Namen beim Sekretariat an.")]
    [InlineData("Am Donnerstag, 12. März, um 19.30 Uhr diskutieren im Rathaus Fachleute aus der Region.")]
    [InlineData("Aktualisiert am 3. März 2026, 10:12 Uhr")]
    [InlineData("Im Studio streiten Anna Berg und Ole Krüger darüber, wer zahlen soll.")]
    [InlineData("Termine: Di, 17.02. | Buchvorstellung mit Autorin Lea Kranz")]
    [InlineData("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.")]
    [InlineData("Sender Nord › Programm › Ratgeber › Ruf an!")]
    [InlineData("Freitag, 3. März · Stadthalle, Saal 2 · Die Runde wird im Netz übertragen.")]
    [InlineData("Fotos: Stadtarchiv / Jana Brück")]
    [InlineData("Förderer: Land Hessen, Stiftung Kulturgut.")]
    [InlineData("Rufen Sie an – kostenfrei unter 0800 11 22 333 – oder schreiben Sie uns.")]
    [InlineData("Neue Wege für die Innenstadt")]
    [InlineData("Die Teilnahme ist für Mitglieder kostenfrei.")]
    [InlineData("Telefonisch zugeschaltet ist Ole Krüger, Landwirt im Umland, der selbst betroffen ist.")]
    [InlineData("Eine Höranlage ist im Saal vorhanden.")]
    [InlineData("Alle Vorträge stehen danach in der Mediathek zum Nachschauen bereit.")]
    [InlineData("Der Band kann ab sofort kostenlos bestellt werden.")]
    [InlineData("Wir freuen uns auf Sie!")]
    [InlineData("Das war's für diese Woche.")]
    [InlineData("Letzte Woche zu Gast war Karla Nieß vom Institut für Bodenkunde.")]
    [InlineData("Ausgewählte Runden werden live auf sender-nord.de/live gezeigt.")]
    [InlineData("Musik von Tom Ahlers und Band.")]
    [InlineData("Bitte bringen Sie zum Einlass einen Ausweis mit.")]
    [InlineData("Besucherinnen und Besucher werden gebeten, ihre Plätze bis 18 Uhr einzunehmen.")]
    [InlineData("Vergessen Sie nicht, Ihre Eintrittskarte auszudrucken.")]
    [InlineData("Abonnieren nicht vergessen!")]
    [InlineData("21:45 Kulturzeit extra – Magazin, 30 Min.")]
    [InlineData("20.15 Uhr Tagesschau-Spezial zur Hochwasserlage.")]
    [InlineData("HD UT 21:45 Thema: Wohin mit dem Wasser?")]
    [InlineData("Für Pressevertreter gibt es eine begrenzte Zahl an Plätzen.")]
    [InlineData("Journalistinnen und Journalisten akkreditieren sich bitte vorab beim Pressereferat.")]
    [InlineData("Interessierte melden sich bitte bis zum 4. Mai beim Besucherdienst.")]
    [InlineData("Sie erhalten diese E-Mail, weil Sie unseren Newsletter bestellt haben.")]
    [InlineData("Neu im Team ist seit Oktober unsere Referentin für Bildung.")]
    [InlineData("Die Präsentationen der Referenten werden im Anschluss veröffentlicht.")]
    [InlineData("Das Wortprotokoll der Sitzung ist ab Ende März abrufbar.")]
    [InlineData("Keine Anlageberatung, nur unsere Meinung.")]
    [InlineData("In der letzten Folge ging es um die Zukunft der Landarztpraxen.")]
    [InlineData("Katrin Quelldorf-Falk leitet seit 2019 das Institut für Stadtklima in Kassel.")]
    [InlineData("Dr. Jonas Wendelmuth ist Hydrologe an der Universität Rostock und misst seit Jahren die Pegel.")]
    [InlineData("Die Präsidentin der Hochschule eröffnet den Abend mit einem kurzen Grußwort.")]
    [InlineData("Im Anschluss lädt der Verein zu einem Umtrunk im Foyer.")]
    [InlineData("Gefördert von der Stiftung Lesen und dem Land Brandenburg.")]
    [InlineData("Vielen Dank an alle, die uns unterstützen!")]
    [InlineData("Einfach anrufen oder eine Sprachnachricht schicken.")]
    [InlineData("Wie kann ich teilnehmen?")]
    [InlineData("Heute ab 19 Uhr streamen wir live aus dem Studio in Halle!")]
    [InlineData("Hallo zusammen, drei kurze Meldungen vor der Sommerpause.")]
    [InlineData("Unser nächstes Forum widmet sich der Frage, wie Schulen mit Handys umgehen.")]
    [InlineData("Eine weitere Stellungnahme hat der Landkreistag eingereicht.")]
    [InlineData("Die Dokumentation der Tagung steht jetzt online.")]
    [InlineData("Das Gespräch wird live auf der Seite des Festivals übertragen.")]
    [InlineData("Karten gibt es an der Abendkasse und im Vorverkauf.")]
    public void German_sentences_about_the_event_stay_out_of_the_summary(string sentence)
    {
        var d = Doc(News + " " + sentence, GermanPanel);

        Assert.Equal([News], d.Paragraphs);
    }

    [Theory]
    [InlineData("Welcome remarks by the museum's deputy director, Dr. Lorraine Castle.")]
    [InlineData("Keynote by the former minister of health.")]
    [InlineData("Accessibility: The venue has step-free access and a hearing loop.")]
    [InlineData("Simultaneous interpretation into French will be provided.")]
    [InlineData("Comments may be submitted by email to council@example.org before the session.")]
    [InlineData("Register at https://example.org/events before Friday.")]
    [InlineData("The stream will play in the player above and on our channel.")]
    [InlineData("We go live Saturday, January 24 at 7 PM ET.")]
    [InlineData("Drop your questions in the live chat and we will put them to the panel.")]
    [InlineData("I'm your host, and as always you can send in your questions.")]
    [InlineData("Public comment will not be taken at the work session.")]
    [InlineData("Published Nov. 25, 2025, 5:12 p.m.")]
    [InlineData("Joining them are Anna Berg, the mayor, and Ole Krueger, who farms nearby.")]
    [InlineData("We value your privacy.")]
    [InlineData("Channel: River One HD · Times shown in local time · Change region")]
    [InlineData("[S] [HD] [AD] New.")]
    [InlineData("Call 0800 123 4567 or text your question to 81333.")]
    [InlineData("The talk will also stream live on our website.")]
    [InlineData("Coastal towns under pressure")]
    [InlineData("Admission free; donations welcome.")]
    [InlineData("First up is Anna Berg, the mayor of Hillford, who has fought the plan for years.")]
    [InlineData("We and our partners store and access information on your device to show personalised ads.")]
    [InlineData("Theme music by the River Quartet.")]
    [InlineData("Also tonight: a documentary on the city's canals at 10 p.m.")]
    [InlineData("Later in the hour, our reporter checks in from the statehouse.")]
    [InlineData("See you at the town hall!")]
    [InlineData("Join two engineers who have studied the bridge for years.")]
    [InlineData("Captions will be available.")]
    [InlineData("Reply to this email with your tips and corrections.")]
    [InlineData("The full recording will be posted afterwards.")]
    [InlineData("Please arrive ten minutes early to find a seat.")]
    [InlineData("Visitors are asked to bring photo ID to the security desk.")]
    [InlineData("Don't forget to hit the bell for a reminder.")]
    [InlineData("18:30 Coastal Lives – documentary, 45 min.")]
    [InlineData("Members of the press should contact the communications office.")]
    [InlineData("You are receiving this email because you signed up on our website.")]
    [InlineData("In this issue: a new report, two events and a podcast.")]
    [InlineData("We are delighted to welcome a new director of research.")]
    [InlineData("Written evidence submitted to the inquiry is published on the inquiry page.")]
    [InlineData("Slides from the session will be available to download afterwards.")]
    [InlineData("Not financial or legal advice, obviously.")]
    [InlineData("Coming up Friday: a phone-in on bus fares.")]
    [InlineData("Yesterday's programme, with a guest presenter, looked at hospital waiting lists.")]
    [InlineData("Priya Anand is a hydrologist at the University of Leeds who has mapped the river for a decade.")]
    [InlineData("Marcus Feldman develops flood models for insurers and argues the maps are out of date.")]
    [InlineData("The institute's director will offer welcoming remarks.")]
    [InlineData("A drinks reception follows.")]
    [InlineData("The dean will open the afternoon with a short reflection.")]
    [InlineData("Supported by the Harbour Trust and the city council.")]
    [InlineData("Thanks to our members for keeping the channel going!")]
    [InlineData("Thumbnail art by a local illustrator.")]
    [InlineData("Drop your questions in chat during the stream.")]
    [InlineData("Text us at 60600 with your thoughts.")]
    [InlineData("Interpretation in French and Spanish will be provided.")]
    [InlineData("Hi all, two quick items before the break.")]
    [InlineData("Our next live taping is in March, details to follow.")]
    [InlineData("On Monday, May 4, from 6 to 7:30 pm, the institute hosts a talk on river restoration.")]
    public void English_sentences_about_the_event_stay_out_of_the_summary(string sentence)
    {
        var d = Doc(EnglishNews + " " + sentence, EnglishPanel);

        Assert.Equal([EnglishNews], d.Paragraphs);
    }

    [Fact]
    public void The_news_inside_a_run_on_listing_record_is_the_summary_material_not_a_portrait_of_the_show()
    {
        var d = TestData.Parse("Die Runde\nDi 16.02. | 22:15 – 23:00 | Kanal Eins | Diskussion\n"
            + "Streit um die Brücke? Gesprächsrunde, D 2027, 45 Min. ★ Merken Sendung: Die Runde, Folge 12 Seit Jahren ist die Brücke gesperrt, "
            + "Pendler fahren Umwege. Die Stadt verweist auf fehlendes Geld, der Bund auf die Stadt. Was kostet der Neubau? Wer zahlt ihn? "
            + "Moderation: Eva Roth Gäste: Anna Berg, "
            + "Bürgermeisterin; Ole Krüger, Landwirt Wiederholung: Mi 17.02., 03:30 Uhr\nStreit um die Brücke? | Die Runde\n");

        Assert.Equal(["Die Stadt verweist auf fehlendes Geld, der Bund auf die Stadt."], d.Paragraphs);
    }

    [Theory]
    [InlineData("lehrt Stadtplanung an der Hochschule Kassel.")]
    [InlineData("hey chat, after last week's blackout you asked for a proper grid stream.")]
    public void A_line_that_opens_in_lower_case_is_a_fragment_and_stays_out_of_the_summary(string line)
    {
        var d = Doc(News + "\n" + line, GermanPanel);

        Assert.Equal([News], d.Paragraphs);
    }

    [Theory]
    [InlineData("• Am 8. Mai lädt der Verein zu einer Führung durch die Altstadt.")]
    [InlineData("• The choir is looking for new voices this spring.")]
    [InlineData("▪ Fri 12 March: a talk on kelp forests at the museum.")]
    public void A_bulleted_line_is_a_list_item_and_stays_out_of_the_summary(string line)
    {
        var d = Doc(News + "\n" + line, GermanPanel);

        Assert.Equal([News], d.Paragraphs);
    }

    [Theory]
    [InlineData("Die Gewerkschaft hat für Samstag ab 2 Uhr einen bundesweiten Streik angekündigt.")]
    [InlineData("Zum Abschluss der Verhandlungen einigten sich die Parteien auf einen Kompromiss.")]
    [InlineData("Im Stadtrat hatte Anna Berg den Plan eingebracht.")]
    [InlineData("The report, published last week, found that prices rose by a third.")]
    [InlineData("The plan was supported by most parties in the council.")]
    [InlineData("Introduction of the new fee is planned for next year.")]
    [InlineData("The mayor answered critics on Twitter as @mayor_hill on Sunday.")]
    [InlineData("Many stations are still not accessible to wheelchair users.")]
    [InlineData("Fest steht: Die Lohnlücke trägt dazu bei, dass Väter seltener Elternzeit nehmen.")]
    [InlineData("Die Zinsen stiegen zuletzt um 0,5 Prozentpunkte auf 4,25 Prozent, 2027 sollen es 4,75 sein.")]
    [InlineData("Die Kasse zahlte 2026 rund 1 250 000 Euro an 4 300 Betriebe.")]
    [InlineData("The iPhone maker said sales fell by a tenth in the quarter.")]
    [InlineData("The joint committee voted last week to close the bridge for two years.")]
    [InlineData("Der Landtag war schon 2019 einmal zu Gast in der Stadt und beriet über die Brücke.")]
    [InlineData("Die Preise für Lebensmittel sind auf 2,5 Prozent/Jahr gestiegen, sagt das Amt.")]
    [InlineData("Die Bewohner baten die Stadt vergeblich, sie hätten Sie gebraucht.")]
    [InlineData("Damen und Herren der Koalition stritten bis in die Nacht.")]
    [InlineData("12.50 Euro kostet ein Kubikmeter Wasser inzwischen in der Stadt.")]
    [InlineData("Die Mieter wurden gebeten, die Wohnungen zu räumen, und zogen vor Gericht.")]
    [InlineData("Die Aufzeichnung der Sitzung zeigt, dass der Antrag knapp scheiterte.")]
    [InlineData("Mara Lind, die Bürgermeisterin, hatte den Plan 2024 vorgestellt.")]
    [InlineData("Der Bundesrat hat in seiner Stellungnahme Änderungen angemahnt.")]
    [InlineData("The regulator published the figures on its website on Monday.")]
    [InlineData("The council leader is back with a new plan for the harbour.")]
    [InlineData("The farmers got no legal advice before they signed the contracts.")]
    [InlineData("The union says the new schedule is coming up for a vote in May.")]
    [InlineData("The hospital opened a new reception for walk-in patients last year.")]
    [InlineData("Ticket prices for foot passengers rose by a fifth in September.")]
    [InlineData("Die Krankenkasse hat die Beiträge zum Jahreswechsel erhöht.")]
    [InlineData("The mayor said the plan would be funded by a new parking levy.")]
    [InlineData("Die Kommission hat im Mai ihren Abschlussbericht vorgelegt, die Dokumentation umfasst 400 Seiten.")]
    public void Sentences_of_the_topic_that_share_a_word_with_those_cues_stay_in(string sentence)
    {
        var german = !sentence.StartsWith("The", StringComparison.Ordinal) && !sentence.StartsWith("Intro", StringComparison.Ordinal) && !sentence.StartsWith("Many", StringComparison.Ordinal);
        var news = (german ? News : EnglishNews) + " " + sentence;

        var d = Doc(news, german ? GermanPanel : EnglishPanel);

        Assert.Equal([news], d.Paragraphs);
    }
    [Theory]
    [InlineData("Speakers:\nDr. Jana Vesely is Professor of Hydrology at the University of Exeter. She advised the city on its flood plan.\nTomas Velhagen is a lecturer in urban planning at Dunmore University.")]
    [InlineData("Speakers:\nDr. Jana Vesely is Professor of Hydrology at the University of Exeter.\nTomas Velhagen is a lecturer in urban planning at Dunmore University. His work looks at housing on flood plains.")]
    [InlineData("Gäste:\nDr. Jana Vesely ist Professorin für Hydrologie an der Universität Kassel. Sie beriet die Stadt beim Hochwasserplan.\nTomas Velhagen ist Stadtplaner beim Landkreis Harburg.")]
    [InlineData("Gäste:\nDr. Jana Vesely ist Professorin für Hydrologie an der Universität Kassel.\nTomas Velhagen ist Stadtplaner beim Landkreis Harburg. Seine Entwürfe für das Deichvorland wurden 2024 ausgezeichnet.")]
    public void A_sentence_that_goes_on_about_a_panelist_with_a_pronoun_stays_out_of_the_summary(string body)
    {
        var news = body.StartsWith("Speakers", StringComparison.Ordinal) ? EnglishNews : News;

        var d = Doc(news, body);

        Assert.Equal(["Jana Vesely", "Tomas Velhagen"], d.Panel.Select(e => e.Name));
        Assert.Equal([news], d.Paragraphs);
    }

    [Theory]
    [InlineData("Die Ministerin hat den Plan vorgestellt. Sie will ihn noch vor dem Sommer beschließen lassen.")]
    [InlineData("The minister presented the plan. She wants it passed before the summer.")]
    public void A_pronoun_after_a_sentence_that_names_no_panelist_stays_in(string sentence)
    {
        var german = sentence.StartsWith("Die", StringComparison.Ordinal);
        var news = (german ? News : EnglishNews) + " " + sentence;

        var d = Doc(news, german ? GermanPanel : EnglishPanel);

        Assert.Equal([news], d.Paragraphs);
    }
}
