using NewsBot.Core.Documents;
using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>Each mechanism of the structure-first reader on short synthetic snippets, German and English.</summary>
public sealed class ReaderMechanismTests
{
    [Theory]
    [InlineData("Gäste:\nNancy Faeser (SPD, Bundesinnenministerin)\nMelanie Amann (Spiegel)", "Nancy Faeser|Bundesinnenministerin|SPD", "Melanie Amann||Spiegel")]
    [InlineData("Die Gäste am Dienstag\nHeike Brandt (57), CDU, Bundestagsabgeordnete\nJonas Weber (41), SPD, Landrat", "Heike Brandt|Bundestagsabgeordnete|CDU", "Jonas Weber|Landrat|SPD")]
    [InlineData("Wer diskutiert am 9. März?\nFlorian Hahn, Verteidigungspolitischer Sprecher\nJamila Schäfer, Bündnis 90 / Die Grünen", "Florian Hahn|Verteidigungspolitischer Sprecher|", "Jamila Schäfer||Bündnis 90 / Die Grünen")]
    [InlineData("Caren Neumann: Die Gäste\n- Hendrik Wüst (Ministerpräsident): Er spricht von einer Zäsur.\n- Gerald Knaus (Migrationsforscher): Er sieht das kritisch.", "Hendrik Wüst|Ministerpräsident|", "Gerald Knaus|Migrationsforscher|")]
    [InlineData("Podium\nHenrike Vogt MdB, Obfrau im Umweltausschuss, Berlin\nThies Janssen, Milchviehhalter, Ostfriesland", "Henrike Vogt|Obfrau im Umweltausschuss|", "Thies Janssen|Milchviehhalter|")]
    [InlineData("Mit: Svenja Pfahl (SowiTra), Lisa Sommer (Zukunftsforum Familie e.V.). Moderation: Katharina Schohl", "Svenja Pfahl||SowiTra", "Lisa Sommer||Zukunftsforum Familie e.V.")]
    [InlineData("Moderation: Anja Heyde Gäste: Michael Kretschmer (CDU), Ministerpräsident; Eva Roth (Linke)", "Michael Kretschmer|Ministerpräsident|CDU", "Eva Roth||Linke")]
    [InlineData("Streitplatz\nKarl Böhm (SPD): Bauminister\nEva Roth: Vorsitzende des Mieterbunds", "Karl Böhm|Bauminister|SPD", "Eva Roth|Vorsitzende|Mieterbunds")]
    [InlineData("Auf dem Podium: Bausenatorin Petra Lang (SPD), Mieterbund-Chef Lukas Wendt und die Stadtplanerin Dr. Yvonne Öztürk von der TU Berlin. Durch den Abend führt Jan Berger.", "Petra Lang|Bausenatorin|SPD", "Lukas Wendt|Mieterbund-Chef|", "Yvonne Öztürk|Stadtplanerin|TU Berlin")]
    public void German_guest_lists_in_any_line_shape_give_the_panel(string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(body)));
    }

    [Theory]
    [InlineData("Speakers:\nDr. Jane Miller, professor of economics at Yale University\nTom Baker, senior fellow at Chatham House", "Jane Miller|professor of economics|Yale University", "Tom Baker|senior fellow|Chatham House")]
    [InlineData("Panelists include:\n• International admissions counselor Gary Laruta\n• College of Law professor William Rhee", "Gary Laruta|International admissions counselor|", "William Rhee|professor|College of Law")]
    [InlineData("Guests\nDr. Samuel Ortiz, senior research engineer at the Electric Power Research Group. (@sortiz)\nTom Brenner, energy reporter for the Houston Ledger.", "Samuel Ortiz|senior research engineer|Electric Power Research Group", "Tom Brenner|energy reporter|Houston Ledger")]
    [InlineData("Panel\nAna Ferreira-Lind\nSenior Fellow, Europe Program\nJonas Bergqvist\nHead of Strategy, Nordic Munitions Group", "Ana Ferreira-Lind|Senior Fellow|Europe Program", "Jonas Bergqvist|Head of Strategy|Nordic Munitions Group")]
    [InlineData("For the motion: Mary Beard, Tom Holland\nAgainst the motion: Niall Ferguson", "Mary Beard||", "Tom Holland||", "Niall Ferguson||")]
    [InlineData("Speakers:\nDr. Jane Miller, professor of economics at Yale University, where she leads the labour lab\nTom Baker (Moderator)", "Jane Miller|professor of economics|Yale University")]
    [InlineData("Panel\nAna Ferreira-Lind\nSenior Fellow, Europe Program\nColleen Dubois\nDirector, Europe Program—Moderator", "Ana Ferreira-Lind|Senior Fellow|Europe Program")]
    public void English_speaker_lists_give_the_panel(string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(body, EnglishNews, "Events")));
    }

    [Theory]
    [InlineData("Es diskutieren Prof. Dr. Karl-Heinz Brück und Dr. Anja Lorenz-Bakır.", "Karl-Heinz Brück", "Anja Lorenz-Bakır")]
    [InlineData("Zu Gast sind Thomas van der Meulen und Ursula von der Leyen.", "Thomas van der Meulen", "Ursula von der Leyen")]
    [InlineData("Es diskutieren Okan Yıldırım, Marta Zielińska und Vladimír Šťastný.", "Okan Yıldırım", "Marta Zielińska", "Vladimír Šťastný")]
    [InlineData("Joining the panel are J. Spenser Darden and Sir Ian Blair.", "J. Spenser Darden", "Ian Blair")]
    [InlineData("Joining us are Colonel (ret.) Mark Evans and Dame Fiona Hill.", "Mark Evans", "Fiona Hill")]
    [InlineData("Joining the panel are the Welsh Secretary Peter Hain MP and Nick Herbert MP.", "Peter Hain", "Nick Herbert")]
    public void Names_keep_particles_hyphens_initials_and_diacritics_and_lose_titles_and_ranks(string sentence, params string[] names)
    {
        var english = sentence.StartsWith("Joining", StringComparison.Ordinal);
        Assert.Equal(names, Doc(sentence, english ? EnglishNews : News).Panel.Select(e => e.Name));
    }

    [Theory]
    [InlineData("In this webinar, University of Chicago's Professor Adom Getachew and Maria Lopez discuss the protests.", "Adom Getachew|Professor|University of Chicago", "Maria Lopez||")]
    [InlineData("Joining the panel are the Welsh Secretary Peter Hain MP, the former MEP and broadcaster Robert Kilroy-Silk and the comedian Natalie Haynes.", "Peter Hain|Welsh Secretary|", "Robert Kilroy-Silk|former MEP and broadcaster|", "Natalie Haynes|comedian|")]
    [InlineData("Host Tom Lee will be joined by Isabel Sawhill, Vice President of Economic Studies at Brookings; and Sara McLanahan, professor of Sociology and Public Affairs at Princeton University.", "Isabel Sawhill|Vice President of Economic Studies|Brookings", "Sara McLanahan|professor of Sociology and Public Affairs|Princeton University")]
    [InlineData("Ingrid Solheim, senior fellow for polar affairs at the Nordic Institute; and Daria Kovalenko, Arctic correspondent for the Northern Ledger, will discuss the Arctic.", "Ingrid Solheim|senior fellow for polar affairs|Nordic Institute", "Daria Kovalenko|Arctic correspondent|Northern Ledger")]
    [InlineData("Joining the panel is Tom Baker, the Wilson Center’s director of Security Studies.", "Tom Baker|director of Security Studies|Wilson Center")]
    [InlineData("The Financial Times' Edward Luce and Brookings President Cecilia Rouse will discuss the plans, chaired by Robert Miles.", "Edward Luce||Financial Times", "Cecilia Rouse|President|Brookings")]
    [InlineData("On the panel tonight are housing economist Priya Nair and tenant organiser Carlos Mendes.", "Priya Nair|housing economist|", "Carlos Mendes|tenant organiser|")]
    public void English_roles_and_affiliations_come_from_appositions_possessives_and_roles_before_names(string sentence, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(sentence, EnglishNews, "Events")));
    }

    [Fact]
    public void A_described_subject_of_a_talk_sentence_is_the_person_named_before_and_a_lead_in_to_questions_is_read_up_to_its_colon()
    {
        var d = Doc("Viele setzen ihre Hoffnungen auf Jan Nowak und seine Partei. Nach der Wahl spricht der linksliberale Politiker mit der Vizepräsidentin des Landtags Anna Berger darüber, wohin das Land geht: Was wird aus der Demokratie?");

        Assert.Equal(["Jan Nowak|linksliberaler Politiker|", "Anna Berger|Vizepräsidentin|Landtags"], Panel(d));
        Assert.Equal(["Was wird aus der Demokratie?"], d.Questions);
    }

    [Theory]
    [InlineData("Es diskutieren die Journalisten Gero Lenz (Chefredakteur „Der Bote“) und Karla Sommer (Leiterin der Parlamentsredaktion „Nordkurier“).", "Gero Lenz|Journalist|Der Bote", "Karla Sommer|Leiterin der Parlamentsredaktion|Nordkurier")]
    [InlineData("Streitplatz\nKarl Böhm: Bauunternehmer aus Fulda\nEva Roth: Mieterin aus Frankfurt-Griesheim und Mitglied im Mieterverein", "Karl Böhm|Bauunternehmer aus Fulda|", "Eva Roth|Mieterin aus Frankfurt-Griesheim und Mitglied im Mieterverein|")]
    public void A_quoted_outlet_in_brackets_is_the_affiliation_a_plural_role_is_singular_and_a_bare_place_of_origin_stays_in_the_role(string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(body)));
    }

    [Fact]
    public void A_host_who_sits_down_with_a_guest_introduces_the_guest()
    {
        var d = Doc("Aaron sits down with Beth Sanner, the deputy director of national intelligence. They discuss these questions and more.", EnglishNews, "Connects");

        Assert.Equal(["Beth Sanner|deputy director of national intelligence|"], Panel(d));
    }

    [Theory]
    [InlineData("Im Studio diskutieren die Sicherheitsforscherin Dr. Svenja Albers von der Universität Köln und Rainer Weiß, Leiter des Sicherheitsmanagements bei den Stadtwerken Regensburg. Außerdem ist BR-Korrespondent Tobias Wendl aus Brüssel zugeschaltet.",
        "Svenja Albers|Sicherheitsforscherin|Universität Köln", "Rainer Weiß|Leiter des Sicherheitsmanagements|Stadtwerken Regensburg", "Tobias Wendl|BR-Korrespondent|")]
    [InlineData("Erwartet werden auf dem Podium Eva Högl (SPD), Monika Grütters (CDU) und Beatrix von Storch (AfD).", "Eva Högl||SPD", "Monika Grütters||CDU", "Beatrix von Storch||AfD")]
    [InlineData("Im Gespräch mit Inga Kühn geht der Moskauer Büroleiter der ZEIT, Michael Thumann, der Frage nach, was Russland antreibt.", "Michael Thumann|Moskauer Büroleiter|ZEIT")]
    [InlineData("Den Fragen der Zuschauer stellen sich Eva Roth und Karl Böhm.", "Eva Roth||", "Karl Böhm||")]
    [InlineData("Dazu begrüßt das Magazin heute die Klimaforscherin Eva Roth vom Institut für Meereskunde.", "Eva Roth|Klimaforscherin|Institut für Meereskunde")]
    [InlineData("Alexander Kähler diskutiert mit Anna Lührmann (Universität Göteborg) und Jan Philipp Albrecht (Heinrich-Böll-Stiftung).", "Anna Lührmann||Universität Göteborg", "Jan Philipp Albrecht||Heinrich-Böll-Stiftung")]
    [InlineData("Moderiert von Paula Brandt diskutieren die Ökonomin Lena Fischer und der Gewerkschafter Ali Demir.", "Lena Fischer|Ökonomin|", "Ali Demir|Gewerkschafter|")]
    [InlineData("Es diskutieren Hans Müller (CDU), Bundestagsabgeordneter, und Ayşe Yılmaz.", "Hans Müller|Bundestagsabgeordneter|CDU", "Ayşe Yılmaz||")]
    public void German_prose_introduces_discussants_in_many_ways(string sentence, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(sentence)));
    }

    [Fact]
    public void A_pronoun_subject_of_the_panel_sentence_is_the_person_named_before_with_the_role_of_a_definite_description()
    {
        var d = Doc("Weil er das Referendum kritisiert hatte, erhielt Kamal Chomani Morddrohungen. Der irakische Journalist hat in Hamburg Zuflucht gefunden.\nIm Forum spricht er mit der Nahost-Expertin Birgit Svensson darüber, welche Sprengkraft die Frage hat.", show: "Forum");

        Assert.Equal(["Kamal Chomani|irakischer Journalist|", "Birgit Svensson|Nahost-Expertin|"], Panel(d));
    }

    [Theory]
    [InlineData("Programm\n16.00 Uhr Podium\nBegrüßung: Prof. Dr. Paul Nolte\nImpuls 1: Dr. Ellen Ueberschär, Vorstand der Heinrich-Böll-Stiftung, Berlin\nImpuls 2: Landesbischof Ralf Meister, Hannover\nModeration: Stefan Casdorff, Herausgeber, Berlin\n18.00 Uhr Grußworte\nModeration Prof. Dr. Paul Nolte",
        "Stefan Casdorff", "Ellen Ueberschär|Vorstand|Heinrich-Böll-Stiftung", "Ralf Meister|Landesbischof|")]
    [InlineData("Impuls\nDr. Amina Yusuf, Hydrologin, Hochschule Emden\nPodium\nThies Janssen, Milchviehhalter\nEva Roth, Geschäftsführerin der Stadtwerke\nModeration\nSabine Kröger, Journalistin\nAnwältin des Publikums\nGreta Lindholm, Schülerin",
        "Sabine Kröger", "Thies Janssen|Milchviehhalter|", "Eva Roth|Geschäftsführerin|Stadtwerke")]
    public void Programme_pages_give_the_panel_of_the_discussion_item_and_leave_out_welcome_impulse_and_other_speakers(string body, string host, params string[] expected)
    {
        var d = Doc(body);

        Assert.Equal(host, d.Host);
        Assert.Equal(expected, Panel(d));
    }

    [Fact]
    public void A_programme_slot_for_a_panel_discussion_with_named_people_gives_the_panel_and_not_the_other_slots_speakers()
    {
        var d = Doc("Programme\n6:00 pm Welcome: Dean Laura Stein\n6:40 pm Panel discussion with Priya Nair, housing economist at the Urban Institute, and Carlos Mendes, tenant organiser\nModerated by Helen Cho, City Herald\n7:30 pm Closing remarks: Tom Reed", EnglishNews, "Springfield Civic Forum");

        Assert.Equal("Helen Cho", d.Host);
        Assert.Equal(["Priya Nair|housing economist|Urban Institute", "Carlos Mendes|tenant organiser|"], Panel(d));
    }

    [Fact]
    public void An_English_programme_leaves_out_keynote_and_closing_speakers_and_the_moderator_listed_with_the_panel()
    {
        var d = Doc("Keynote\nThu. Oct 16th, 2025 9:30 AM - 10:00 AM EDT\nPaul Medina\nVice President for Studies\nPanel\nThu. Oct 16th, 2025 10:15 AM - 11:30 AM EDT\nThe discussion will be moderated by Colleen Dubois.\nAna Ferreira-Lind\nSenior Fellow, Europe Program\nColleen Dubois\nSenior Fellow and Director, Europe Program\nClosing Remarks\nTara Lindgren\nVice President for Communications", EnglishNews, "Carnegie Endowment for International Peace");

        Assert.Equal("Colleen Dubois", d.Host);
        Assert.Equal(["Ana Ferreira-Lind|Senior Fellow|Europe Program"], Panel(d));
    }

    [Theory]
    [InlineData("Von Lena Hofbauer\nDarüber sprechen wir mit der Ökonomin Eva Roth. Zu Beginn begrüßt Chefredakteurin Miriam Kessler die Zuschauer.", "Eva Roth")]
    [InlineData("Es diskutieren Eva Roth und Karl Böhm.\nMatthias Fejes\n10.03.2022", "Eva Roth", "Karl Böhm")]
    public void Bylines_and_welcoming_speakers_are_not_panelists(string body, params string[] names)
    {
        Assert.Equal(names, Doc(body).Panel.Select(e => e.Name));
    }

    [Theory]
    [InlineData("Durch die Sendung führt Christian Nitsche.", "Christian Nitsche")]
    [InlineData("Durch das Podium führten der Journalist Pascal Anselmi und Maj-Britt Krone.", "Pascal Anselmi")]
    [InlineData("Es moderiert Wolfgang Krach, Süddeutsche Zeitung.", "Wolfgang Krach")]
    [InlineData("Am Sonntag diskutiert Caren Neumann wieder mit ihren Gästen über die Lage.", "Caren Neumann")]
    [InlineData("13. Juni: Diese Gäste begrüßt Sandra Maischberger", "Sandra Maischberger")]
    [InlineData("Die Moderatorin ist Anna-Lena Brunner.", "Anna-Lena Brunner")]
    [InlineData("Maike Schulz führt durch den Abend.", "Maike Schulz")]
    public void German_prose_names_the_host(string line, string host)
    {
        var d = Doc(line + "\nEs diskutieren Eva Roth und Karl Böhm.");

        Assert.Equal(host, d.Host);
        Assert.DoesNotContain(host, d.Panel.Select(e => e.Name));
    }

    [Theory]
    [InlineData("Question Time, the flagship debate programme chaired by David Dimbleby, comes from Reading.", "David Dimbleby")]
    [InlineData("Helen Park-Whitaker, adjunct senior fellow at CFR, will moderate the discussion.", "Helen Park-Whitaker")]
    [InlineData("J. Spenser Darden, director of Community Engagement, will serve as moderator.", "J. Spenser Darden")]
    [InlineData("With Rachel Okafor.", "Rachel Okafor")]
    [InlineData("The webinar is moderated by Williams University's Professor Neil Roberts.", "Neil Roberts")]
    [InlineData("Our moderator, Priya Raman, opens the evening.", "Priya Raman")]
    [InlineData("A lively evening with Hannah Whitfield in the chair.", "Hannah Whitfield")]
    public void English_prose_names_the_host(string line, string host)
    {
        var d = Doc(line + "\nJoining us are Eva Roth and Karl Böhm.", EnglishNews, "Events");

        Assert.Equal(host, d.Host);
        Assert.Equal(["Eva Roth", "Karl Böhm"], d.Panel.Select(e => e.Name));
    }

    [Fact]
    public void A_show_named_after_its_presenter_gives_the_host()
    {
        Assert.Equal("Caren Miosga", Doc("Die Sendung von Caren Miosga kommt aus Berlin.\nEs diskutieren Eva Roth und Karl Böhm.", show: "Caren Miosga").Host);
        Assert.Equal("Sandra Maischberger", Doc("Zweimal pro Woche bittet Sandra Maischberger zum Gespräch.\nEs diskutieren Eva Roth und Karl Böhm.", show: "maischberger").Host);
    }

    [Theory]
    [InlineData("Die wichtigsten Fragen heute: Wer zahlt die Rente? Und wie lange noch?", new[] { "Wer zahlt die Rente?", "Und wie lange noch?" })]
    [InlineData("Was ist wichtiger: solide Finanzen oder Brücken? Wer zahlt?", new[] { "Was ist wichtiger: solide Finanzen oder Brücken?", "Wer zahlt?" })]
    [InlineData("„Jede dritte Klinik schreibt rote Zahlen: Kommt die Reform zu spät? Wer bezahlt den Umbau?“, heißt es in der Ankündigung.", new[] { "Kommt die Reform zu spät?", "Wer bezahlt den Umbau?" })]
    [InlineData("Wann läuft die Sendung?\nSie beginnt um 21.45 Uhr im Ersten.\nWarum gibt es die alte Sendung nicht mehr?\nDie Moderatorin hat aufgehört.", new string[0])]
    [InlineData("Muss Louis Klamroth am Montag allein diskutieren?\nDurch die Sendung führt Louis Klamroth.", new string[0])]
    public void Guiding_questions_are_the_discussions_questions_and_not_service_or_faq_headings(string body, string[] questions)
    {
        Assert.Equal(questions, Doc(body + "\nEs diskutieren Eva Roth und Karl Böhm.").Questions);
    }

    [Theory]
    [InlineData("Titel | Carnegie Council for Ethics in International Affairs", "Carnegie Council for Ethics in International Affairs")]
    [InlineData("Insider/Outsider | WVU Division of Diversity, Equity and Inclusion", "WVU Division of Diversity, Equity and Inclusion")]
    [InlineData("Zukunft gerecht | Alles ist möglich! | Friedrich-Ebert-Stiftung", "Friedrich-Ebert-Stiftung")]
    public void The_title_line_takes_organisers_of_any_length(string titleLine, string show)
    {
        var d = TestData.Parse($"Schlagzeile\n{News}\n{titleLine}\n");

        Assert.Equal(show, d.Show);
        Assert.Equal(titleLine, d.StreamTitle);
    }

    [Fact]
    public void Summaries_take_only_the_topics_prose_and_leave_out_lists_schedules_service_lines_bios_and_lead_ins()
    {
        var d = TestData.Parse("""
            Maischberger: Wer am Dienstag zu Gast ist
            Der Bundestag hat das Rentenpaket beschlossen. Kritiker warnen vor steigenden Beiträgen.
            13. Juni: Diese Gäste begrüßt Sandra Maischberger
            Für Dienstag, 13. Juni, 22.50 Uhr, hat die Redaktion diese Gäste eingeladen:
            Nancy Faeser (SPD, Bundesinnenministerin)
            Christian Wulff (Bundespräsident a. D.)
            Tuesday, May 30, 2006
            Die Sendung beginnt um 21 Uhr im Ersten und läuft parallel als Livestream in der ARD-Mediathek.
            Seit 2003 führt Sandra Maischberger durch ihren Talk in der ARD.
            Maischberger: Wer am Dienstag zu Gast ist | maischberger
            """);

        Assert.Equal(["Der Bundestag hat das Rentenpaket beschlossen. Kritiker warnen vor steigenden Beiträgen."], d.Paragraphs);
    }

    [Fact]
    public void A_document_without_topic_prose_has_no_paragraphs_to_summarize()
    {
        var d = TestData.Parse("Gäste am Dienstag\nGäste:\nNancy Faeser (SPD, Bundesinnenministerin)\nThu. Oct 16th, 2025 9:30 AM\nGäste am Dienstag | Talk\n");

        Assert.Empty(d.Paragraphs);
        Assert.Equal(["Nancy Faeser"], d.Panel.Select(e => e.Name));
    }

    [Fact]
    public void The_explanation_says_for_each_field_which_line_and_rule_chose_it_and_why_others_were_left_out()
    {
        var explanation = new ParseExplanation();
        var text = "Schlagzeile\nBegrüßung: Prof. Dr. Paul Nolte\nGäste:\nEva Roth (SPD, Ministerin)\nModeration: Anna Weber\nSchlagzeile | Die Runde\n";

        var d = Assert.IsType<ParseResult.Parsed>(DiscussionParser.Parse("x", text, explanation)).Discussion;

        Assert.Equal(["Eva Roth"], d.Panel.Select(e => e.Name));
        Assert.Contains(explanation.Entries, e => e is { Field: "panel", Value: "Eva Roth", Line: 4, Accepted: true } && e.Rule.Contains("guest/panel list", StringComparison.Ordinal));
        Assert.Contains(explanation.Entries, e => e is { Field: "panel", Value: "Paul Nolte", Accepted: false });
        Assert.Contains(explanation.Entries, e => e is { Field: "host", Value: "Anna Weber", Line: 5 });
        Assert.Contains(explanation.Entries, e => e is { Field: "block", Line: 2 });
        Assert.Contains(explanation.Entries, e => e is { Field: "show", Value: "Die Runde" });
    }

    [Fact]
    public void The_explanation_gives_the_broadcast_time_with_its_line_and_the_dates_of_the_news_it_left_out()
    {
        var explanation = new ParseExplanation();
        var text = "Schlagzeile\nAm 12. März 2024 hatte die Regierung neue Pläne vorgestellt.\n"
            + "Die Runde läuft am Dienstag, 19. März 2024, um 22:15 Uhr live im Ersten.\nEs diskutieren Eva Roth und Karl Böhm.\nSchlagzeile | Die Runde\n";

        var d = Assert.IsType<ParseResult.Parsed>(DiscussionParser.Parse("x", text, explanation)).Discussion;

        Assert.Equal("2024-03-19T22:15", d.Broadcast?.Start.ToString());
        Assert.Contains(explanation.Entries, e => e is { Field: "start", Value: "2024-03-19T22:15", Line: 3, Accepted: true });
        Assert.Contains(explanation.Entries, e => e is { Field: "start", Accepted: false, Line: 2 } && e.Value!.StartsWith("2024-03-12", StringComparison.Ordinal));
    }
}
