using NewsBot.Core.Documents;
using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The panel and host mechanisms added while reading the fifth unseen set (TestData/unseen5): speaker cards that put
/// the post before the name, the timed programme slot the closing title line names, and further ways prose introduces
/// guests and hosts; each on short synthetic snippets.
/// </summary>
public sealed class ReaderGuestShapeMechanismTests
{
    private static string[] Names(Discussion d) => d.Panel.Select(e => e.Name).ToArray();

    [Theory]
    [InlineData("Speakers\n• Former Deputy Governor, Bank of Elbonia — Marta Quell\n• Member of the Council of Economic Advisers — Prof. Dr. Jonas Weidrich\nModerator\n• Senior Fellow, Institute for Tidal Studies — Dr. Oskar Vennberg",
        "Oskar Vennberg", "Marta Quell|Former Deputy Governor|Bank of Elbonia", "Jonas Weidrich|Member of the Council of Economic Advisers|")]
    public void A_post_before_a_dash_and_the_name_after_it_is_a_speaker_card(string body, string host, params string[] expected)
    {
        var discussion = English(body);
        Assert.Equal(expected, Panel(discussion));
        Assert.Equal(host, discussion.Host);
    }

    [Theory]
    [InlineData("Speakers\n• Marta Quell – Director, Bank of Elbonia\n• Jonas Weidrich – economist")]
    public void A_name_before_the_dash_keeps_the_usual_reading(string body)
    {
        Assert.Equal(["Marta Quell", "Jonas Weidrich"], Names(English(body)));
    }

    [Fact]
    public void A_dash_between_two_headings_is_no_speaker_card()
    {
        Assert.Empty(English("Programme\nHousing policy — what comes next\nDirector's report — the year in review").Panel);
    }

    private const string Programme = """
        Harbour Forum 2031
        The forum brings researchers and city officials together for a day of debate on ports.
        9:30 AM – 11:00 AM | Panel 1 ● Dredging and the next budget
        Speakers: Marta Quell (Port Authority); Jonas Weidrich (Elbonia Shipping)
        Moderator: Ruth Abelard, Forum
        11:30 AM – 1:00 PM | Panel 2 ● Who pays for the quays? Ports under stress
        Speaker | Title | Organization
        Oskar Vennberg | Chief Engineer | Tidal Works
        Dr. Lina Sørhaug | Senior Fellow | Institute for Harbours
        Moderator: Prof. Amal Rivenhall, University of Elbonia
        2:00 PM – 3:00 PM | Lunch
        Who pays for the quays? Ports under stress | Harbour Forum 2031
        """;

    [Fact]
    public void The_closing_title_line_picks_its_slot_of_a_programme_of_panels()
    {
        var discussion = TestData.Parse(Programme);
        Assert.Equal(["Oskar Vennberg|Chief Engineer|Tidal Works", "Lina Sørhaug|Senior Fellow|Institute for Harbours"], Panel(discussion));
        Assert.Equal("Amal Rivenhall", discussion.Host);
    }

    [Fact]
    public void Without_a_slot_named_by_the_title_every_listed_panel_stays()
    {
        var discussion = TestData.Parse(Programme.Replace("Who pays for the quays? Ports under stress |", "Ports in a changing climate |", StringComparison.Ordinal));
        Assert.Equal(["Marta Quell", "Jonas Weidrich", "Oskar Vennberg", "Lina Sørhaug"], Names(discussion));
    }

    [Theory]
    [InlineData("Zugesagt haben Kölns Bausenatorin Dr. Wiebke Halstorf-Maaß (SPD), der Vorsitzende des Mietervereins Porz, Okko Tjaden, sowie Frauke Drewsing vom Landesverband Haus und Grund.",
        "Wiebke Halstorf-Maaß", "Okko Tjaden", "Frauke Drewsing")]
    public void Zugesagt_haben_introduces_guests_and_a_role_apposition_names_the_next_one(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(Doc(body)));
    }

    [Theory]
    [InlineData("Your host is Sam Ortiz. First up is Dr. Priya Valdane, a sleep researcher at Northfield University. She'll be joined by school counsellor Tobias Wrenfield. Rounding out the panel: teen creator Jessamy Okonkwo-Hart.",
        "Priya Valdane", "Tobias Wrenfield", "Jessamy Okonkwo-Hart")]
    public void First_up_a_contracted_joined_by_and_rounding_out_with_a_colon_introduce_guests(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(English(body)));
    }

    [Theory]
    [InlineData("Heute beantworten zwei Fachleute Ihre Fragen live im Studio: die Schuldnerberaterin Gesa Thielmann von der Diakonie Lüneburg und Dr. Arvid Pohlke, Fachanwalt für Mietrecht aus Celle.",
        "Gesa Thielmann", "Arvid Pohlke")]
    public void A_lead_in_about_experts_then_a_colon_and_described_people_introduces_the_panel(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(Doc(body)));
    }

    [Theory]
    [InlineData("Drei Dinge zählen im Studio: die Miete, der Strom und das Wetter.")]
    [InlineData("Die Regierung sagte dazu: Minister Olaf Brenning und Ministerin Kira Lesch seien einig.")]
    public void A_colon_without_an_expert_lead_in_or_described_people_introduces_nobody(string body)
    {
        Assert.Empty(Doc(body).Panel);
    }

    [Theory]
    [InlineData("Volcanologist Dr. Henrike Solvang, who has measured Etna for years, and novelist Tomasz Wierzbak talk to Radio Elbonia's Maude Fairhaven about fire and memory.",
        "Maude Fairhaven", "Henrike Solvang|Volcanologist|", "Tomasz Wierzbak|novelist|")]
    public void Guests_who_talk_to_someone_make_that_person_the_host(string body, string host, params string[] expected)
    {
        var discussion = English(body);
        Assert.Equal(expected, Panel(discussion));
        Assert.Equal(host, discussion.Host);
    }

    [Fact]
    public void A_host_who_talks_to_guests_stays_the_host()
    {
        var discussion = English("Host Maude Fairhaven talks to novelist Tomasz Wierzbak and volcanologist Henrike Solvang about fire.");
        Assert.Equal(["Tomasz Wierzbak", "Henrike Solvang"], Names(discussion));
        Assert.Equal("Maude Fairhaven", discussion.Host);
    }

    [Fact]
    public void In_a_run_on_listing_the_colon_nearest_the_semicolon_series_leads_into_it()
    {
        var discussion = Doc("Sendung: Die Runde, Folge 9. Was tun? Moderation: Ilka Berwald-Sanou Gäste: Dr. Leopold zu Rantzow, Staatsrechtler, Universität Kiel; Jadwiga Nowicka, Korrespondentin; Ruben Sauvage, Bürgermeister von Remich");
        Assert.Equal(["Leopold zu Rantzow", "Jadwiga Nowicka", "Ruben Sauvage"], Names(discussion));
        Assert.Equal("Ilka Berwald-Sanou", discussion.Host);
    }

    [Theory]
    [InlineData("Anchor Perpetua Vandermeer will put the questions to a panel featuring nurses' union leader Darius Okonedo-Ayo, president of the State Nurses Association; and Hollis Brandtner, founder of Kindle Care.",
        "Perpetua Vandermeer", "Darius Okonedo-Ayo|nurses' union leader|", "Hollis Brandtner|founder|Kindle Care")]
    public void An_anchor_opening_the_sentence_hosts_and_a_plural_possessive_stays_in_the_role(string body, string host, params string[] expected)
    {
        var discussion = English(body);
        Assert.Equal(host, discussion.Host);
        Assert.Equal(expected.Select(e => e.Split('|')[0]), Names(discussion));
        Assert.Equal(expected[0].Split('|')[1], discussion.Panel[0].Role);
    }

    [Fact]
    public void A_title_line_with_a_field_after_of_is_no_person()
    {
        var discussion = English("Speakers\nProfessor Isolde Marrick-Vane\nProfessor of Tropical Soil Science, University of Elbonia\nDr Amadou Kessy\nConsultant epidemiologist, Ministry of Health");
        Assert.Equal(["Isolde Marrick-Vane|Professor of Tropical Soil Science|University of Elbonia", "Amadou Kessy|Consultant epidemiologist|Ministry of Health"], Panel(discussion));
    }

    [Fact]
    public void A_festival_named_as_the_show_is_no_presenter()
    {
        var discussion = TestData.Parse("Ice and ink\nHarbour Ideas Festival 2031 · Programme\nThe glaciers are going. Writers ask how to tell it.\nIce and ink | Harbour Ideas Festival\n");
        Assert.Null(discussion.Host);
    }

    private const string Report = """
        Rückblick: Volles Haus beim Podium
        Rund 90 Gäste verfolgten am Dienstag die Diskussion über Wohnraum in Lindau.
        Bürgermeisterin Greta Sollfrank erinnerte in ihrer Begrüßung an die langen Wartelisten.
        Wie schwer der Bau geworden ist, schilderte Bauunternehmerin Malwine Oderich, Geschäftsführerin der Oderich Bau GmbH. Sie habe Aufträge abgesagt.
        Jorin Baeckmann, Vorsitzender der Genossenschaft Seeblick, berichtete von langen Genehmigungen.
        Ergänzt wurde die Runde durch Prof. Dr. Helmbrecht Quandel, Stadtforscher an der Hochschule Lindau.
        Die Kernfrage des Abends, die Moderatorin Svenja Tollkamp (SWR) immer wieder stellte: Warum dauert es so lange?
        Podium | Wohnraum in Lindau
        """;

    [Fact]
    public void A_report_introduces_one_guest_per_paragraph_before_the_sentence_that_completes_the_panel()
    {
        var discussion = TestData.Parse(Report);
        Assert.Equal(["Malwine Oderich", "Jorin Baeckmann", "Helmbrecht Quandel"], Names(discussion));
        Assert.Equal("Svenja Tollkamp", discussion.Host);
    }

    [Fact]
    public void Without_a_completing_sentence_or_an_announced_discussion_the_reported_speakers_are_no_panel()
    {
        // with "die Diskussion" announced, the speakers one per paragraph are the panel (DiscussionContextGuestsMechanismTests)
        var discussion = TestData.Parse(Report.Replace("Ergänzt wurde die Runde durch", "Am Ende sprach", StringComparison.Ordinal)
            .Replace("die Diskussion über", "den Abend über", StringComparison.Ordinal));
        Assert.DoesNotContain("Malwine Oderich", Names(discussion));
        Assert.DoesNotContain("Greta Sollfrank", Names(discussion));
    }

    [Theory]
    [InlineData("Last week's moderator Ansgar Peltz was ill. Es diskutieren Lena Fuchs (SPD) und Tim Ober (CDU).")]
    public void A_moderation_word_before_a_name_of_another_date_is_no_host(string body)
    {
        Assert.Null(Doc(body).Host);
    }

    [Fact]
    public void Later_in_the_episode_a_guest_who_joins_the_conversation_is_a_guest()
    {
        var discussion = English("On this episode, host Dara Quill sits down with Renske Vollmer, an economist at the Harbour Institute. Later in the episode, Obinna Castellane, a tenant organizer with the Riverside Renters Union, joins the conversation from Lakeport.");
        Assert.Equal(["Renske Vollmer", "Obinna Castellane"], Names(discussion));
    }

    [Fact]
    public void A_host_quoted_in_the_news_is_no_host()
    {
        Assert.Null(Doc("Talkshow-Gastgeber Ansgar Peltz sagte dazu, die Lage sei ernst. Es diskutieren Lena Fuchs (SPD) und Tim Ober (CDU).").Host);
    }

    [Fact]
    public void A_panel_introduced_in_prose_before_the_completing_sentence_takes_no_news_people()
    {
        var discussion = English("Finance minister Odile Brack, head of the treasury, announced cuts on Monday.\nJoining us are economist Renske Vollmer and nurse Obinna Castellane.\nRounding out the panel is Dr. Priya Valdane, a sleep researcher at Northfield University.");
        Assert.DoesNotContain("Odile Brack", Names(discussion));
        Assert.Contains("Priya Valdane", Names(discussion));
    }
}
