using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The mechanisms added while reading the third unseen set (TestData/unseen3): ranks before academic titles, order
/// post-nominals, pipe table rows, role-word title lines, quantifier headings and member lists, prose series after a
/// colon or "joined in the studio by", stand-in and described hosts, bulleted questions; each on short synthetic snippets.
/// </summary>
public sealed class ReaderListShapeMechanismTests
{
    [Theory]
    [InlineData("Podiumsgespräch mit\nStadtbaurat Dipl.-Ing. Jens Falk (Dezernent für Bauen, Stadt Celle)\nOberärztin Dr. Lea Stein (Klinikum Celle)",
        "Jens Falk|Dezernent für Bauen|Stadt Celle", "Lea Stein||Klinikum Celle")]
    [InlineData("Es diskutieren:\nWeihbischof Dr. Paul Brand, Mainz\nSr. Dr. Maria Hell OSB, Priorin, Abtei Eibingen",
        "Paul Brand||Mainz", "Maria Hell|Priorin|Abtei Eibingen")]
    [InlineData("Es diskutieren:\nP. Anselm Nguyen Van Thanh SJ, Hochschulseelsorger\nJ. Spenser Darden, Historiker",
        "Anselm Nguyen Van Thanh|Hochschulseelsorger|", "J. Spenser Darden|Historiker|")]
    public void A_rank_before_an_academic_title_and_an_order_after_the_name_are_not_part_of_it(string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(body)));
    }

    [Theory]
    [InlineData("Panel:\nDr. Ole Brand | Geschäftsführer | Brand Glas GmbH & Co. KG\nJean-Luc N’Diaye | Head of Sales | HyNet S.A.",
        "Ole Brand|Geschäftsführer|Brand Glas GmbH & Co. KG", "Jean-Luc N’Diaye|Head of Sales|HyNet S.A.")]
    public void A_pipe_table_row_gives_name_role_and_organisation(string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(body)));
    }

    [Theory]
    [InlineData("Liste der Sachverständigen\nSachverständige/r | Institution / Funktion\nDr. Ole Brand | Kreisbrandmeister, Feuerwehrverband Nordmark\nJana Voss | Landrätin des Kreises Velden",
        "Ole Brand|Kreisbrandmeister|Feuerwehrverband Nordmark", "Jana Voss|Landrätin|Kreises Velden")]
    [InlineData("Panel:\nTom Rusk | Chief Economist, Harbour Bank\nAda Quill | In this talk she explains why ports matter.",
        "Tom Rusk|Chief Economist|Harbour Bank", "Ada Quill||")]
    public void The_one_field_after_the_name_of_a_two_column_row_is_its_description_unless_it_is_a_sentence(string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(body)));
    }

    [Theory]
    [InlineData("Panelists\nRear Admiral (ret.) Tom Reilly\nFormer Director of Naval Intelligence, Irish Defence Forces\nTom Reilly spent 31 years at sea.\nDr. Ada Obi\nAssistant Professor of Law, Georgetown University\nAda Obi writes on the law of the sea.",
        "Tom Reilly|Former Director of Naval Intelligence|Irish Defence Forces", "Ada Obi|Assistant Professor of Law|Georgetown University")]
    public void A_line_of_role_words_under_a_name_is_its_title_line_not_a_person(string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(English(body)));
    }

    [Theory]
    [InlineData("Auf dem Podium:\n• Lena Fuchs, Studentin der Medizin\n• Dr. Ravi Rao, Head of AI, Helix GmbH\nWeitere Termine der Ringvorlesung\n13.01.2027 · Vortrag",
        "Lena Fuchs|Studentin|Medizin", "Ravi Rao|Head of AI|Helix GmbH")]
    [InlineData("Witnesses\nBeth Marr, Chief Executive, Parents Online\nCommittee members\nTom Ash MP, Conservative\nFiona Barr MP, Labour",
        "Beth Marr|Chief Executive|Parents Online")]
    public void Pointers_to_other_dates_and_member_lists_end_a_guest_list(string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(body)));
    }

    [Theory]
    [InlineData("Around the table tonight: economist Dr Priya Rao of the Fairwork Institute; Callum Muir, who runs 14 pubs in Glasgow; Conservative MP Sir Geoffrey Till; and Siobhán Ní Bhriain, a nurse from Belfast.",
        "Priya Rao|economist|Fairwork Institute", "Callum Muir||", "Geoffrey Till|Conservative MP|", "Siobhán Ní Bhriain|nurse|Belfast")]
    public void A_colon_before_a_semicolon_series_of_described_people_introduces_the_panel(string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(English(body)));
    }

    [Fact]
    public void A_colon_before_a_series_of_things_introduces_nobody()
    {
        Assert.Empty(English("Three things matter tonight: the budget; the weather; and the football.").Panel);
    }

    [Theory]
    [InlineData("Amrita will be joined in the studio by Cllr Moira Hay, cabinet member for housing at Newcastle City Council; by Professor Kwame Boa from Northumbria University; and by Judith Pell, vicar of St Aidan's.",
        "Moira Hay|cabinet member for housing|Newcastle City Council", "Kwame Boa|Professor|Northumbria University", "Judith Pell|vicar|St Aidan's")]
    [InlineData("Anchor Dana Reyes will moderate. She will be joined on stage by Dr. Marcus Feather, a family physician; and Lorraine Ruiz, a state senator from Kansas. Rounding out the panel is Jolene Kask, CEO of Prairie View Hospital.",
        "Marcus Feather|family physician|", "Lorraine Ruiz|state senator|Kansas", "Jolene Kask|CEO|Prairie View Hospital")]
    public void Joined_in_the_studio_by_and_rounding_out_the_panel_introduce_guests(string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(English(body)));
    }

    [Fact]
    public void Guests_introduced_one_per_sentence_with_a_verb_of_taking_part_are_the_panel()
    {
        var d = English("Among those scheduled to speak is Dr. Esperanza Villa, a hydrologist at the University of Arizona. Yuma County Supervisor Darnell Whit will also take part, alongside lettuce grower Frank Oya, whose family has farmed the valley for decades. Marisol Cota of the Cocopah Tribe rounds out the panel.");
        Assert.Equal(["Esperanza Villa|hydrologist|University of Arizona", "Darnell Whit|Supervisor|Yuma County", "Frank Oya|lettuce grower|", "Marisol Cota||Cocopah Tribe"], Panel(d));
    }

    [Fact]
    public void Taking_part_in_the_news_without_a_person_introduces_nobody()
    {
        Assert.Empty(English("Several cities will also take part in the pilot scheme next year.").Panel);
    }

    [Theory]
    [InlineData("Das Gespräch leitet die Wissenschaftsjournalistin Dr. Hanne Voll (SWR).", "Hanne Voll")]
    [InlineData("Moderiert wird der Abend von Gunnar Pfaff, Leiter der Lokalredaktion.", "Gunnar Pfaff")]
    public void A_German_host_phrase_may_name_the_host_after_an_article_and_a_role(string body, string host)
    {
        Assert.Equal(host, Doc("Auf dem Podium:\nLena Fuchs, Studentin der Medizin\nTim Berg, Ethiker\n" + body).Host);
    }

    [Theory]
    [InlineData("With regular host Maxine Odell away filming, Aled Price takes the chair for an hour.", "Aled Price")]
    [InlineData("Artist Teo Vasi and historian Professor Rory Hart of Trinity College join Esi Mensah, the museum's Curator of Social History, in conversation.", "Esi Mensah")]
    public void An_English_host_takes_the_chair_or_is_joined_in_conversation_with_an_apposition(string body, string host)
    {
        Assert.Equal(host, English(body).Host);
    }

    [Fact]
    public void A_bullet_mark_is_no_part_of_a_bulleted_question()
    {
        var d = Doc("Folgende Fragen stehen im Mittelpunkt:\n– Wer leitet eine Gemeinde?\n• Was bedeutet das für die Taufe?");
        Assert.Equal(["Wer leitet eine Gemeinde?", "Was bedeutet das für die Taufe?"], d.Questions);
    }

    [Theory]
    [InlineData("Es diskutieren:\nAylin Demir, Referentin für Demokratie, Landeszentrale für politische Bildung\nJana Wolf (Vorsitzende, Werbegemeinschaft Innenstadt e. V.)",
        "Aylin Demir|Referentin für Demokratie|Landeszentrale für politische Bildung", "Jana Wolf|Vorsitzende|Werbegemeinschaft Innenstadt e. V.")]
    [InlineData("Es diskutieren:\nSophie de Vries – Journalistin („Die Zeit“)\nTim Berg – Reporter (WDR)",
        "Sophie de Vries|Journalistin|Die Zeit", "Tim Berg|Reporter|WDR")]
    [InlineData("Es diskutieren:\nPetra Vogel, Kriminalhauptkommissarin, Präventionsstelle des Landeskriminalamts\nOle Hansen, Waldbesitzer, Sauerland",
        "Petra Vogel|Kriminalhauptkommissarin|Präventionsstelle des Landeskriminalamts", "Ole Hansen|Waldbesitzer|")]
    public void Organisation_compounds_and_an_outlet_in_brackets_are_affiliations(string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(body)));
    }

    [Theory]
    [InlineData("Moderator Jonas Ebel spricht darüber mit der Hydrogeologin Ute Marsch von der Universität Gießen. Aus einem Hof im Vogelsberg zugeschaltet ist außerdem der Landwirt Bernd Kött.",
        "Ute Marsch|Hydrogeologin|Universität Gießen", "Bernd Kött|Landwirt|")]
    [InlineData("Darüber spricht Gastgeberin Lotte Brand mit der Forstwissenschaftlerin Henrike Olt von der Hochschule Eberswalde. Später kommt noch Ole Hansen dazu.",
        "Henrike Olt|Forstwissenschaftlerin|Hochschule Eberswalde", "Ole Hansen||")]
    public void Guests_connected_from_elsewhere_or_joining_later_are_guests(string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(body)));
    }

    [Fact]
    public void A_clergy_title_before_the_name_is_no_part_of_it()
    {
        var d = English("Amrita will be joined in the studio by Cllr Moira Hay, cabinet member for housing; and by the Rev. Canon Judith Pell, vicar of St Aidan's.");
        Assert.Equal(["Moira Hay|cabinet member for housing|", "Judith Pell|vicar|St Aidan's"], Panel(d));
    }

    [Theory]
    [InlineData("With federal cuts looming, Yuma County will host a public forum next month. Arizona Public Media reporter Dylan Thib will moderate.", "Dylan Thib")]
    [InlineData("Panellists:\n• Dr Yaa Ofori, Lecturer in Planetary Science, UCL\n• Lindiwe Peters, Head of Regulatory Affairs at Orbital Ltd\nChaired by Dr Fenella Ross, Senior Lecturer in International Relations.", "Fenella Ross")]
    public void An_organiser_that_hosts_an_event_is_no_moderator_and_Chaired_by_names_one(string body, string host)
    {
        Assert.Equal(host, English(body).Host);
    }

    [Fact]
    public void Who_moderates_the_talk_show_habitually_is_the_host_when_nothing_else_names_one()
    {
        var d = Doc("Die Gäste am 10. Dezember\nBärbel Hoch (CDU) – Gesundheitsministerin\nEmre Yıldız – Intensivmediziner\nFriederike Anselm moderiert die Talkshow seit 2021.");
        Assert.Equal("Friederike Anselm", d.Host);
    }

    [Fact]
    public void Questions_after_a_neutral_label_are_the_discussions_and_elliptical_questions_to_the_reader_are_not()
    {
        var d = English("On today's programme: How many people are sleeping rough this winter? Where can they go when the shelters are full?\nCan't get through?\nLines are busy in the first half hour.\nNeed help tonight? Contact StreetLink.");
        Assert.Equal(["How many people are sleeping rough this winter?", "Where can they go when the shelters are full?"], d.Questions);
    }

    [Fact]
    public void The_last_bulleted_question_before_prose_is_no_FAQ_heading()
    {
        var d = Doc("Diese Fragen wollen wir klären:\n- Warum fehlen Kandidaten?\n- Was müssten Land und Bund ändern?\nDie Veranstaltung ist kostenfrei.\nIst die Veranstaltung barrierefrei?\nJa, der Saal ist barrierefrei.\nMuss ich mich anmelden?\nNein, der Eintritt ist frei.");
        Assert.Equal(["Warum fehlen Kandidaten?", "Was müssten Land und Bund ändern?"], d.Questions);
    }

    [Theory]
    [InlineData("Can't get through?", true)]
    [InlineData("Neugierig geworden?", true)]
    [InlineData("Wer profitiert?", false)]
    [InlineData("Und wer zahlt?", false)]
    [InlineData("Reicht das?", false)]
    [InlineData("Will Brussels retaliate?", false)]
    [InlineData("Hilft die Mietpreisbremse überhaupt?", false)]
    public void An_elliptical_question_has_no_question_word_and_no_subject(string question, bool elliptical)
    {
        Assert.Equal(elliptical, NewsBot.Core.Documents.Reading.QuestionReader.IsElliptical(question));
    }
}
