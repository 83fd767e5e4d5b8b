using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// Mechanisms for panels written as prose and as name-plus-bio blocks: semicolon series with the role before or after
/// the name, German sentences that open with an adverb ("Anschließend diskutieren …"), pronoun subjects ("She will be
/// joined by …"), bios that call the person by the first name, lines about another date, stand-in hosts, hosts named
/// after their organisation, class years — each on short synthetic snippets.
/// </summary>
public sealed class ReaderProseMechanismTests
{
    [Theory]
    [InlineData("Joining Mary on the panel are the Minister for Transport, Tom Reed MP; the former head of Leeds College, Sir Ian Gold; the writer Dame Lucy Hart; and the farmer and poet Owen ap Rhys.",
        "Tom Reed|Minister for Transport|", "Ian Gold|former head|Leeds College", "Lucy Hart|writer|", "Owen ap Rhys|farmer and poet|")]
    [InlineData("The evening is chaired by the journalist Ruth Penn. She will be joined by the Rt Revd Dr Anne Cole, Bishop of Exeter; Professor Sam Dyer, economist at the University of York; and Cllr Piotr Nowak, cabinet member for housing on Exeter City Council.",
        "Anne Cole|Bishop|Exeter", "Sam Dyer|economist|University of York", "Piotr Nowak|cabinet member for housing on Exeter City Council|")]
    [InlineData("Panelists include Dr. Paul Hart, medical director of the Eastside Clinic; the Rev. Dr. Lisa Grant, senior pastor of First Baptist Church; and Tonya Bell, a peer advocate with Home First who spent a year in a shelter.",
        "Paul Hart|medical director|Eastside Clinic", "Lisa Grant|senior pastor|First Baptist Church", "Tonya Bell|peer advocate|Home First")]
    public void A_semicolon_series_in_prose_gives_one_person_per_member_with_the_role_before_or_after_the_name(string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(English(body)));
    }

    [Theory]
    [InlineData("Die Bürgermeisterin lädt zu einem Forum ein. Anschließend diskutieren Stadträtin Maren Holt-Berger, der Bäcker Jan Wirth, Inhaber der Bäckerei Korn, sowie Lea Sommer vom Jugendrat.",
        "Maren Holt-Berger|Stadträtin|", "Jan Wirth|Bäcker|Bäckerei Korn", "Lea Sommer||Jugendrat")]
    [InlineData("Zur Einführung spricht Direktor Paul Weiß. Danach sprechen die Kuratorin Dr. Anna Roth vom Stadtmuseum und der Historiker Tim Berg (Universität Jena) darüber, was Museen zeigen sollen.",
        "Anna Roth|Kuratorin|Stadtmuseum", "Tim Berg|Historiker|Universität Jena")]
    public void A_German_sentence_that_opens_with_an_adverb_introduces_the_discussants_after_its_verb(string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(body)));
    }

    [Fact]
    public void A_line_about_another_date_names_no_panelist_even_under_a_conversation_label()
    {
        var d = Doc("Gespräch\nDanach sprechen die Kuratorin Anna Roth und der Historiker Tim Berg darüber, was Museen zeigen sollen.\nNächster Termin der Reihe: Do 25.03.2027, 18:30 Uhr, Lesung mit der Autorin Mira Said");
        Assert.Equal(["Anna Roth|Kuratorin|", "Tim Berg|Historiker|"], Panel(d));
    }

    [Fact]
    public void Name_lines_whose_bios_use_the_first_name_are_the_panel_under_a_studio_heading()
    {
        var d = English("In the studio this week\nCallum Reid\nCallum is a senior debt adviser with Advice Leeds and has spent years helping families.\nDr Imran Shah\nImran is a lecturer in economics at the University of Leeds and has advised ministers.");
        Assert.Equal(["Callum Reid|senior debt adviser|Advice Leeds", "Imran Shah|lecturer in economics|University of Leeds"], Panel(d));
    }

    [Fact]
    public void Class_years_after_a_name_are_not_part_of_it()
    {
        var d = English("Panelists\n- Mary Ortega '04, executive editor, The Valley Courier\n- Tom Reed '12, standards editor, Lakes Radio");
        Assert.Equal(["Mary Ortega|executive editor|The Valley Courier", "Tom Reed|standards editor|Lakes Radio"], Panel(d));
    }

    [Theory]
    [InlineData("Gastgeberin Hanna Roth ist im Urlaub. Für sie springt heute Jörn Peters ein, der die Sendung schon oft vertreten hat.\nEs diskutieren die Ärztin Gesa Heit und der Biologe Tom Sand.", "Jörn Peters")]
    [InlineData("Es diskutieren die Ärztin Gesa Heit und der Biologe Tom Sand. Jörn Peters vertritt sie in dieser Woche.", "Jörn Peters")]
    public void A_stand_in_presents_the_edition_rather_than_the_usual_host(string body, string host)
    {
        var d = Doc(body);
        Assert.Equal(host, d.Host);
        Assert.DoesNotContain(d.Panel, e => e.Name == host);
    }

    [Theory]
    [InlineData("Panelists include Dr. Paul Hart, medical director of the Eastside Clinic; and Tom Reed, a teacher.\nThe program will be moderated by Lakeview Public Radio anchor Nina Clark.", "Nina Clark")]
    [InlineData("The evening opens with remarks by Dean Robert Lind. Professor Ada Nwosu, director of the Center for News, will lead the conversation with three alumni.\nPanelists\n- Mary Ortega, executive editor, The Valley Courier\n- Tom Reed, standards editor, Lakes Radio", "Ada Nwosu")]
    public void English_hosts_come_after_their_organisation_and_role_word_and_from_leading_the_conversation(string body, string host)
    {
        var d = English(body);
        Assert.Equal(host, d.Host);
        Assert.DoesNotContain(d.Panel, e => e.Name == host);
    }
}
