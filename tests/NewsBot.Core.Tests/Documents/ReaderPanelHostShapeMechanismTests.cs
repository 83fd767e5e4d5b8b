using NewsBot.Core.Documents;
using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The panel and host shapes added while reading the sixth unseen set (TestData/unseen6): guests named by a possessive
/// ("Her guests are …"), a host who receives a number of guests that follow one per sentence, a stand-in host, a pronoun
/// that stands for a guest introduced before ("She will be joined by …", "Neben ihm diskutieren …"), a report's guests
/// one per paragraph between "On the panel, …" and "Also on the panel was …", and programme lines that put the
/// organisation before the person ("Org: Name, Role"); each on short synthetic snippets.
/// </summary>
public sealed class ReaderPanelHostShapeMechanismTests
{
    private static string[] Names(Discussion d) => d.Panel.Select(e => e.Name).ToArray();

    [Theory]
    [InlineData("en", "This week host Tara Quinlan talks to three people who know the rails. Her guests are Osman Deleuze, a rail economist at Brightwater University; Petra Lindqvist-Hale, a signalling engineer; and Bram Ostergaard, who runs a freight depot.",
        "Tara Quinlan", "Osman Deleuze", "Petra Lindqvist-Hale", "Bram Ostergaard")]
    [InlineData("de", "In dieser Folge spricht Host Mara Keller mit zwei Gästen. Ihre Gäste sind die Bahnökonomin Dr. Mirela Hanstein von der Hochschule Wendburg und der Lokführer Jakob Ruffner.",
        "Mara Keller", "Mirela Hanstein", "Jakob Ruffner")]
    [InlineData("en", "Tonight presenter Ben Oyelowo hosts the debate. His guests are Ruth Kessel, head of policy at the Tenants Trust, and Dev Malhotra of Ashgrove Council.",
        "Ben Oyelowo", "Ruth Kessel", "Dev Malhotra")]
    public void Guests_named_by_a_possessive_are_the_panel(string language, string body, string host, params string[] expected)
    {
        var discussion = language == "de" ? Doc(body) : English(body);
        Assert.Equal(expected, Names(discussion));
        Assert.Equal(host, discussion.Host);
    }

    [Theory]
    [InlineData("Im Studio begrüßt Moderatorin Ilka Brenntag heute zwei Gäste. Die Soziologin Dr. Hanne Vosskamp forscht an der Universität Lindau. Außerdem ist Timo Aschbrenner dabei, er leitet den Mieterverein Lindau.",
        "Ilka Brenntag", "Hanne Vosskamp", "Timo Aschbrenner")]
    [InlineData("Im Museumsgespräch fragt Kuratorin Dr. Lotte Amberg ihre Gäste, wie Fälscher arbeiten. Zu Gast sind der Historiker Prof. Dr. Udo Fenske von der Universität Kassel und die Restauratorin Birte Olsen vom Landesmuseum.",
        "Lotte Amberg", "Udo Fenske", "Birte Olsen")]
    public void The_person_who_receives_the_guests_is_the_host_and_the_guests_follow(string body, string host, params string[] expected)
    {
        var discussion = Doc(body);
        Assert.Equal(expected, Names(discussion));
        Assert.Equal(host, discussion.Host);
    }

    [Fact]
    public void A_presenter_who_asks_her_guests_is_the_host_in_english_too()
    {
        Assert.Equal("Carla Wendt", English("Tonight curator Carla Wendt asks her guests whether museums should give objects back.").Host);
    }

    [Theory]
    [InlineData("en", "Weekdays 10am–12pm · Usually presented by Dora Kimmel\nSitting in for Dora today is Neil Abernathy.\nIn the studio with Neil is road safety campaigner Agnes Morrow, whose son was hurt in a crash. On the line from Leeds is Professor Tobias Wrenn, a transport engineer at Eastmoor University. And later in the programme we'll hear from Kofi Ansah-Lund, operations manager at Northway Roads.",
        "Neil Abernathy", "Agnes Morrow", "Tobias Wrenn", "Kofi Ansah-Lund")]
    [InlineData("en", "Filling in for Dora tonight is Neil Abernathy. With us in the studio is road safety campaigner Agnes Morrow. On the line is Professor Tobias Wrenn, a transport engineer at Eastmoor University.",
        "Neil Abernathy", "Agnes Morrow", "Tobias Wrenn")]
    [InlineData("de", "Sonst moderiert Dora Kimmel die Sendung. Vertreten wird sie heute von Lars Oberholz.\nIm Studio bei Lars ist die Verkehrsplanerin Hanna Dreesen von der Stadt Kassel. Zugeschaltet ist der Ingenieur Malte Sievers aus Fulda.",
        "Lars Oberholz", "Hanna Dreesen", "Malte Sievers")]
    public void A_stand_in_hosts_and_guests_follow_one_per_sentence_after_the_first(string language, string body, string host, params string[] expected)
    {
        var discussion = language == "de" ? Doc(body) : English(body);
        Assert.Equal(expected.Order(StringComparer.Ordinal), Names(discussion).Order(StringComparer.Ordinal));
        Assert.Equal(host, discussion.Host);
    }

    [Theory]
    [InlineData("Dr Ailsa Brodie leads the glacier group at the Northern Institute. She will be joined from Iceland by Einar Solvason, a farmer from Vik. Rounding out the panel is Kaja Lindholm-Reyes, a data scientist. The evening is chaired by Rory Dunmore.",
        "Rory Dunmore", "Ailsa Brodie", "Einar Solvason", "Kaja Lindholm-Reyes")]
    [InlineData("Professor Wendell Achebe runs the soil lab at Eastmoor University. He will be joined via video by Lina Sørvik, an agronomist in Bergen. The conversation is moderated by Rory Dunmore.",
        "Rory Dunmore", "Wendell Achebe", "Lina Sørvik")]
    [InlineData("Your host is Sam Ortiz. She will be joined by economist Tobias Wrenfield and nurse Jessamy Hart.",
        "Sam Ortiz", "Tobias Wrenfield", "Jessamy Hart")]
    public void The_pronoun_of_will_be_joined_by_stands_for_the_guest_introduced_before_unless_that_is_the_host(string body, string host, params string[] expected)
    {
        var discussion = English(body);
        Assert.Equal(expected.Order(StringComparer.Ordinal), Names(discussion).Order(StringComparer.Ordinal));
        Assert.Equal(host, discussion.Host);
    }

    [Theory]
    [InlineData("de", "Lukas Amrhein ist Imker in Talheim. Neben ihm diskutieren Dr. Ute Kessler von der Landesanstalt für Bienenkunde und Jonas Brehm vom Imkerverband.",
        "Lukas Amrhein", "Ute Kessler", "Jonas Brehm")]
    [InlineData("en", "Harriet Vane farms sheep near Ashby. Alongside her on the panel are ecologist Dr. Tom Bellweather and ranger Nia Okafor-Smith.",
        "Harriet Vane", "Tom Bellweather", "Nia Okafor-Smith")]
    [InlineData("de", "Greta Lindahl züchtet Schafe in der Rhön. Neben ihr diskutieren heute der Wolfsberater Jens Ahlborn und Ruth Keppler vom Naturschutzbund.",
        "Greta Lindahl", "Jens Ahlborn", "Ruth Keppler")]
    public void Beside_him_or_her_makes_the_person_named_before_a_discussant(string language, string body, params string[] expected)
    {
        Assert.Equal(expected, Names(language == "de" ? Doc(body) : English(body)));
    }

    [Theory]
    [InlineData("en", "Moderating the debate, Harbour FM presenter Ross Pellow kept order.\nMarine biologist Dr Priya Mandal of Northgate University said the reef was recovering.\nJo Weatherby, who chairs the Harbour Residents Group, said boats were a problem.\nAlso on the panel were Councillor Ade Bankole and Tim Roe of the Port Authority.",
        "Ross Pellow", "Priya Mandal", "Jo Weatherby", "Ade Bankole", "Tim Roe")]
    [InlineData("de", "Die Leitung des Abends hatte Redakteurin Svenja Roloff.\nDie Landwirtin Eva Brandl, die einen Hof bei Tann führt, schilderte ihre Sorgen.\nDer Förster Paul Igel vom Forstamt Tann erklärte die Lage.\nEbenfalls auf dem Podium saß die Bürgermeisterin Lena Horn.",
        "Svenja Roloff", "Eva Brandl", "Paul Igel", "Lena Horn")]
    public void A_report_names_its_chair_and_one_guest_per_paragraph_before_also_on_the_panel(string language, string body, string host, params string[] expected)
    {
        var discussion = language == "de" ? Doc(body) : English(body);
        Assert.Equal(expected.Order(StringComparer.Ordinal), Names(discussion).Order(StringComparer.Ordinal));
        Assert.Equal(host, discussion.Host);
    }

    [Theory]
    [InlineData("de", "Auf dem Podium:\nStadtwerke Nordhafen GmbH: Dipl.-Ing. Jana Voss, Technische Leiterin\nHochschule Lindau, Fachbereich Bau: Prof. Dr. Emil Sauter, Dekan\nModeration: Ole Brandt",
        "Jana Voss|Technische Leiterin|Stadtwerke Nordhafen GmbH", "Emil Sauter|Dekan|Hochschule Lindau, Fachbereich Bau")]
    [InlineData("en", "Panellists:\nPort of Elbonia, Planning: Dr. Ann Leeward, Director\nTidewater Analytics: Samir Okonedo, Senior Analyst\nModerator: Ole Brandt",
        "Ann Leeward|Director|Port of Elbonia, Planning", "Samir Okonedo|Senior Analyst|Tidewater Analytics")]
    [InlineData("de", "Keynote: Dr. Ann Leeward, Direktorin\nBest Practice: Ein Bericht aus Lindau\nPodium:\nVerband Lindauer Bäcker: Greta Holm, Vorsitzende\nStadt Lindau: Jonas Pfaff, Bürgermeister",
        "Greta Holm|Vorsitzende|Verband Lindauer Bäcker", "Jonas Pfaff|Bürgermeister|Stadt Lindau")]
    public void A_programme_line_may_put_the_organisation_before_the_person(string language, string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(language == "de" ? Doc(body) : English(body)));
    }
    [Theory]
    [InlineData("Programme\nAll sessions are streamed live.\n10:00 – 10:30\nKeynote: The supply chain after the auctions\nSpeaker: Halvard Lunde, Chief Operating Officer, Nordvind AS\n10:30 – 11:15\nPanel discussion: Floating wind – ready?\nSpeakers: Ines Marwick (Tidal Ltd); Joost Verhage (Port of Harlingen)\nModerated by Kim Adeyemi.")]
    [InlineData("Programme\nAll sessions are streamed live.\n10:30 – 11:15\nPanel discussion: Floating wind – ready?\nSpeakers: Ines Marwick (Tidal Ltd); Joost Verhage (Port of Harlingen)\nModerated by Kim Adeyemi.\n11:15 – 11:30\nClosing remarks: The road ahead\nSpeaker: Halvard Lunde, Chief Executive, Nordvind AS")]
    [InlineData("Programm\nAlle Programmpunkte werden live gestreamt.\n10:00 – 10:30 Uhr\nFestvortrag: Wasser in der Stadt\nSpeaker: Dr. Hella Bruns, Stadtwerke Tann\n11:00 – 12:00 Uhr\nPodiumsdiskussion: Schwammstadt jetzt?\nSpeakers: Ines Marwick (Stadt Tann); Joost Verhage (Hochschule Tann)\nModeration: Kim Adeyemi")]
    public void A_speaker_field_under_a_keynote_or_closing_item_is_that_items_speaker(string body)
    {
        var discussion = English(body);
        Assert.Equal(["Ines Marwick", "Joost Verhage"], Names(discussion));
        Assert.Equal("Kim Adeyemi", discussion.Host);
    }

    [Theory]
    [InlineData("Who pays for the grid? Host: Ole Brandt Guests: economist Ann Leeward; Dagny Tveit, Nordic Grid and Storage Forum (NGSF); Joost Verhage, director of Port of Harlingen",
        "Ann Leeward", "Dagny Tveit", "Joost Verhage")]
    [InlineData("Who owns the coast? Host: Ole Brandt Guests: fisher Tom Pellow; Dagny Tveit, Coastal Fisheries and Seas Alliance (CFSA); Ruth Abara of Harbourside University",
        "Tom Pellow", "Dagny Tveit", "Ruth Abara")]
    public void A_semicolon_member_of_an_unknown_name_and_its_organisation_is_a_guest(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(English(body)));
    }
    [Theory]
    [InlineData("Es diskutieren die Ärztin Dr. Lena Wirth und der Jurist Tom Kessler. Aus Wien ist der Ökonom Paul Hartl zugeschaltet, dessen Institut die Studie erstellt hat.", "Paul Hartl")]
    [InlineData("Im Studio sind die Ärztin Dr. Lena Wirth und der Jurist Tom Kessler. Per Video ist die Forscherin Ada Brenner zugeschaltet, deren Team die Daten erhoben hat.", "Ada Brenner")]
    [InlineData("Es diskutieren die Ärztin Dr. Lena Wirth und der Jurist Tom Kessler. Telefonisch ist der Landwirt Jens Oltmanns aus Tann zugeschaltet.", "Jens Oltmanns")]
    public void A_guest_connected_from_elsewhere_joins_the_panel_also_after_an_adverbial_and_before_a_relative_clause(string body, string connected)
    {
        Assert.Equal(["Lena Wirth", "Tom Kessler", connected], Names(Doc(body)));
    }
}
