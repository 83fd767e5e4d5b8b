using NewsBot.Core.Documents;
using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// Guests a report or press release introduces one per sentence, whatever the verb, after a sentence that announces the
/// discussion (its word, its host or a guest's taking part): the context carries over to the following paragraphs, and a
/// run of paragraphs that each introduce a described person is the panel. Host sentences, speakers of other programme
/// items and people said to be absent stay out; without an announcement, described people in the news are no panel, and
/// after an announcement of what is to come, people who said or had done something are news.
/// </summary>
public sealed class DiscussionContextGuestsMechanismTests
{
    private static string[] Names(Discussion d) => d.Panel.Select(e => e.Name).ToArray();

    [Theory]
    [InlineData("Am Freitag lädt der Verein zu einem Gesprächsabend ins Rathaus.\nDer Imker ist Anselm Trepkow aus Wittlage, der seit zwanzig Jahren Bienen hält. Die Agrarökonomin heißt Dr. Linnea Gravenstein und forscht an der Hochschule Osnabrück. Für die Landwirte spricht Kreislandwirt Bertram Ossenkamp.", "Anselm Trepkow", "Linnea Gravenstein", "Bertram Ossenkamp")]
    [InlineData("Über die Zukunft des Hafens wurde am Dienstag im Podium gestritten. Danach übernahm die Journalistin Rieke Altmeppen die Moderation.\nHafenmeisterin Dr. Juna Brackwede zeigte sich offen für den Plan. Unterstützung bekam sie vom Logistikforscher Prof. Tammo Eilers von der Jade Hochschule.\nDen größten Beifall erhielt Schülersprecher Lasse Wendhorst vom Jugendrat, der mehr Grün forderte.\nEine Entscheidung soll im März fallen.", "Juna Brackwede", "Tammo Eilers", "Lasse Wendhorst")]
    [InlineData("Die Diskussion ist öffentlich.\nFür die Wissenschaft spricht Dr. Henrika Moorbeck, Soziologin an der Universität Vechta. Aus der Praxis berichtet Edvin Scharnhorst, Leiter einer Tafel in Diepholz.", "Henrika Moorbeck", "Edvin Scharnhorst")]
    [InlineData("Rund 80 Zuhörer verfolgten die Diskussion über den Hafen.\nWie teuer der Umbau wird, schilderte Bauunternehmerin Alke Dornbusch, Chefin der Dornbusch Linie.\nAm Ende sprach Prof. Gisbert Wellenkamp, Verkehrsforscher an der Hochschule Emden.", "Alke Dornbusch", "Gisbert Wellenkamp")]
    public void German_guests_one_per_sentence_after_the_announcement_are_the_panel(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(Doc(body)));
    }

    [Theory]
    [InlineData("The harbour's future was argued over at a packed forum on Tuesday night.\nDr. Orla Penhallow, a professor of coastal engineering at Tamsworth University, showed flood maps. \"We are out of time,\" she said.\nBarnaby Quillfeather, director of the group Harbour Voices, said fishing families had been ignored.", "Orla Penhallow", "Barnaby Quillfeather")]
    [InlineData("This evening brings together a shipwright, a historian and a planner.\nIn conversation:\nDr Isolde Farquharson is Reader in Maritime History at Kelby College.\nTobias Wrenfield is chief planner of the Kelby Harbour Board.", "Isolde Farquharson", "Tobias Wrenfield")]
    [InlineData("A panel of experts met on Wednesday to discuss the plan.\nCouncil leader Dr. Marguerite Holloway-Senn, who chairs the transport board, opened the debate with figures. Joining her was transport planner Cedric Ambersley of the Northfield Institute.", "Marguerite Holloway-Senn", "Cedric Ambersley")]
    public void English_guests_one_per_sentence_after_the_announcement_are_the_panel(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(English(body)));
    }

    [Theory]
    [InlineData("The debate took place on Tuesday night.\nMayor Rupert Haldane-Voss, who did not attend, said in a statement that the city would act. Engineer Tamsin Gorrell of the Water Board said the pipes were old.\nProfessor Idris Pellowe, a hydrologist at Selworth University, agreed.", "Tamsin Gorrell", "Idris Pellowe")]
    [InlineData("Das Podium war gut besucht.\nDie Ärztin Dr. Wiebke Horstkamp von der Klinik Lingen warnte vor Engpässen. Der Pfleger Arvid Schoppmeier aus Meppen widersprach.\nDie Gewerkschaft kündigte Protest an; deren Sekretär Ole Brinkhege war im Publikum.", "Wiebke Horstkamp", "Arvid Schoppmeier")]
    public void People_said_to_be_absent_stay_out(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(Doc(body)));
    }

    [Theory]
    [InlineData("Umweltministerin Dr. Ilka Varnhorst hatte im Mai neue Regeln angekündigt. Der Verbandschef Knut Elsermann, Sprecher der Landwirte, widersprach umgehend.")]
    [InlineData("Transport secretary Dr. Ivo Penrose-Lake announced the cuts on Monday. Union leader Fenella Marchbank, general secretary of the rail union, called them reckless.")]
    [InlineData("Das Gespräch ist öffentlich.\nDer Eintritt ist frei. Parkplätze gibt es am Bahnhof.\nDie Ministerin Dr. Ilka Varnhorst hatte im Mai neue Regeln angekündigt.\nDie Stadt plant weitere Termine.\nAuch der Landrat Jonte Mecklenhorst, Vorsitzender des Kreistags, ist dafür.")]
    [InlineData("Das Podium findet am Freitag statt.\nDie Ministerin Dr. Ilka Varnhorst hatte im Mai neue Regeln angekündigt. Verbandschef Knut Elsermann, Sprecher der Landwirte, sagte, er sei dagegen.")]
    [InlineData("The panel will meet on Friday.\nHealth secretary Dr. Ivo Penrose-Lake announced the cuts on Monday. Union leader Fenella Marchbank, general secretary of the rail union, said they were reckless.")]
    public void Described_people_without_an_announced_discussion_are_no_panel(string body)
    {
        Assert.Empty(Doc(body).Panel);
    }
}
