using NewsBot.Core.Documents;
using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// Guest lists recognised by the shape of their members (people, each with a description) rather than by the words
/// that introduce them: a field run together with a long listing line, "Name; Institution" lines.
/// </summary>
public sealed class ListMemberShapeMechanismTests
{
    private static string[] Names(Discussion d) => d.Panel.Select(e => e.Name).ToArray();

    private const string LongGerman = "Die Kommission hatte im Frühjahr einen Bericht vorgelegt, seither streiten Verbände, Länder und Bund über die Folgen für die Kommunen und ihre Haushalte.";
    private const string LongEnglish = "The commission published its report in the spring, and since then councils, unions and ministers have argued about what it means for local budgets.";

    [Theory]
    [InlineData(LongGerman + " Wer soll das bezahlen? Moderation: Ilsabe Fenrich Gäste: Dr. Gunnar Wettstein (Präsident des Kämmererverbands), Prof. Dr. Hanna Brückl (Finanzwissenschaftlerin, Universität Kiel), Jonas Apelt (Bürgermeister von Dornau) Wiederholung: Fr 15.11., 04:10 Uhr Kamera: Till Ossen", "Gunnar Wettstein", "Hanna Brückl", "Jonas Apelt")]
    [InlineData("20:15 Streitraum " + LongGerman + " Moderation: Ilsabe Fenrich Mit: Tobias Rennecke (Städtetag), Marlene Ostrowski (Steuerzahlerbund), Gesine Pahl (Kommunalberaterin, Kienbaum) 21:00 Nachrichten Moderation: Olaf Gerdts Gast: Wahlforscher Dr. Kai Lembeck", "Tobias Rennecke", "Marlene Ostrowski", "Gesine Pahl")]
    [InlineData(LongEnglish + " Presented by Mabel Orrin. Guests: Duncan Fairlie (leader, Ashby Council), Priya Ramdas (economist, Halden University) Repeated: Sat 02:10", "Duncan Fairlie", "Priya Ramdas")]
    public void A_field_of_described_people_inside_a_run_on_line_is_the_panel(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(Doc(body)));
    }

    [Fact]
    public void A_sentence_that_introduces_the_panel_wins_over_a_field_in_a_run_on_line()
    {
        var d = Doc("Im Studio diskutieren Anna Berg, Bürgermeisterin, und Ole Krüger, Landwirt.\n" + LongGerman
            + " Moderation: Ilsabe Fenrich Gäste: Dr. Gunnar Wettstein (Präsident des Kämmererverbands), Jonas Apelt (Bürgermeister von Dornau) Wiederholung: Fr 15.11., 04:10 Uhr");

        Assert.Equal(["Anna Berg", "Ole Krüger"], Names(d));
    }

    [Theory]
    [InlineData(LongGerman + " Kamera: Till Ossen Redaktion: Marit Vogel Schnitt: Jana Kühl")]
    [InlineData(LongGerman + " Moderation: Ilsabe Fenrich (WDR), Tobias Rennecke (NDR)")]
    [InlineData(LongEnglish + " Credits: Duncan Fairlie and Priya Ramdas wrote the theme.")]
    public void Credits_hosts_and_single_names_in_a_run_on_line_are_no_panel(string body)
    {
        Assert.Empty(Doc(body).Panel);
    }

    [Theory]
    [InlineData("Als Sachverständige sind geladen (Name; Institution):\nDr. Ilka Stammler; Institut für Gewässerkunde Celle\nHeiner Brakel; Bauernverband Weser, Vizepräsident\nProf. Dr. Ortwin Saal; Hochschule Vechta", "Ilka Stammler", "Heiner Brakel", "Ortwin Saal")]
    [InlineData("Gehört werden:\nMarta Quendt; Verbraucherzentrale Lippe\nDr. Lorenz Eibl; Landesärztekammer, Präsident", "Marta Quendt", "Lorenz Eibl")]
    [InlineData("Witnesses (name; organisation):\nDr Fenella Dray; Marsh Ecology Trust\nOwen Castellane; Northern Growers' Union, deputy president", "Fenella Dray", "Owen Castellane")]
    public void Name_semicolon_description_lines_are_person_lines(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(Doc(body)));
    }

    [Fact]
    public void Two_names_joined_by_a_semicolon_are_not_a_name_and_its_description()
    {
        Assert.DoesNotContain(Doc("Anna Berglind; Tim Holzapfel\nDie Regierung hat am Montag neue Pläne vorgestellt.").Panel, e => e.Affiliation == "Tim Holzapfel");
    }

    [Theory]
    [InlineData("Panellists\nMarlow Development Bank — Dr. Jana Okonkwo-Reyes, Lead Economist\nHalden Research — Thomas Brecht, Senior Analyst", "Jana Okonkwo-Reyes|Lead Economist|Marlow Development Bank", "Thomas Brecht|Senior Analyst|Halden Research")]
    [InlineData("Auf dem Podium\nStiftung Gemeinwohl Nord – Dr. Petra Lindauer, Geschäftsführerin\nLandkreis Oberhavel: Landrat Jens Kubitzki (SPD)", "Petra Lindauer|Geschäftsführerin|Stiftung Gemeinwohl Nord", "Jens Kubitzki|Landrat|Landkreis Oberhavel")]
    [InlineData("Gäste:\nJuristische Fakultät Halle: Prof. Dr. Ute Marwede, Dekanin\nKreishandwerkerschaft Erfurt: Paul Sendler, Geschäftsführer", "Ute Marwede|Dekanin|Juristische Fakultät Halle", "Paul Sendler|Geschäftsführer|Kreishandwerkerschaft Erfurt")]
    public void Organisation_first_lines_give_the_person_after_the_colon_or_dash(string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(body)));
    }

    [Theory]
    [InlineData("Gäste:\n– Hessens Staatssekretärin im Sozialministerium, Birte Hollenkamp,\n– Ole Westphal, Leiter der Arbeitsagentur Fulda,\n– sowie Dr. Anke Steidle, Ärztin", "Birte Hollenkamp", "Ole Westphal", "Anke Steidle")]
    [InlineData("Speakers:\nSenior Fellow at the Marsh Institute, Dr Jane Whitlow\nPeter Ambrose, director, Harbour Trust", "Jane Whitlow", "Peter Ambrose")]
    [InlineData("Auf dem Podium:\ndie Landesvorsitzende des Mieterbunds Thüringen, Ines Kollwitz,\nsowie der Stadtplaner Jonas Brettschneider (Bauhaus-Universität)", "Ines Kollwitz", "Jonas Brettschneider")]
    public void A_description_before_the_comma_and_the_name_is_a_person_line(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(Doc(body)));
    }

    [Theory]
    [InlineData("Gäste:\nLandkreis Oberhavel: Jens Kubitzki (SPD)\nJuristische Fakultät Halle:\nDr. Liesel van den Broek-Hamm, Ärztin, Klinikum Celle")]
    [InlineData("Panel:\nHalden Research\nDr. Liesel van den Broek-Hamm, physician, Celle Hospital")]
    public void An_organisation_is_never_a_panelist_and_particles_are_no_organisation(string body)
    {
        var names = Names(Doc(body));
        Assert.DoesNotContain(names, n => n.StartsWith("Landkreis", StringComparison.Ordinal) || n.StartsWith("Juristische", StringComparison.Ordinal) || n.StartsWith("Halden", StringComparison.Ordinal));
        Assert.Contains("Liesel van den Broek-Hamm", names);
    }
}
