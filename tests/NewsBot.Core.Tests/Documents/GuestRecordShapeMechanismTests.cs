using NewsBot.Core.Documents;
using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// Shapes of guest records the reader did not take as the panel: a name line over a bio cut from its name ("ist …",
/// "is a …"); a panel field whose records are separated by bars, the first in the label's own cell; an organisation-first
/// semicolon series whose first organisation is written in lower case ("ver.di Nord: A, Rolle; …"); and a biography
/// sentence ("A is a hydrologist at …") in a run of guests introduced one per sentence.
/// </summary>
public sealed class GuestRecordShapeMechanismTests
{
    private static string[] Names(Discussion d) => d.Panel.Select(e => e.Name).ToArray();

    [Theory]
    [InlineData("Über die Gäste\nHelga Brammertz\nist Hydrologin an der Universität Kassel.\nDr. Malte Osterholt\narbeitet als Referent beim Bund für Auenschutz.", "Helga Brammertz", "Malte Osterholt")]
    [InlineData("Unsere Gäste\nSilke Wendeborn\nleitet das Amt für Wasserwirtschaft in Celle.\nJonas Fehrholz\nwar bis 2023 Bürgermeister von Uelzen und ist heute Berater.", "Silke Wendeborn", "Jonas Fehrholz")]
    [InlineData("About the speakers\nGreta Thornbury\nis a hydrologist at Selby University.\nFelix Ardingly\nruns a 400-acre farm on the Fens.", "Greta Thornbury", "Felix Ardingly")]
    public void A_name_line_over_a_bio_cut_from_its_name_is_a_guest(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(body.Contains("Gäste", StringComparison.Ordinal) ? Doc(body) : English(body)));
    }

    [Theory]
    [InlineData("Über die Gäste\nHelga Brammertz\nist Hydrologin an der Universität Kassel.", "Hydrologin", "Universität Kassel")]
    [InlineData("About the speakers\nGreta Thornbury\nis a hydrologist at Selby University.", "hydrologist", "Selby University")]
    public void The_bio_cut_from_its_name_gives_the_role(string body, string role, string affiliation)
    {
        var expert = Assert.Single((body.Contains("Gäste", StringComparison.Ordinal) ? Doc(body) : English(body)).Panel);
        Assert.Equal((role, affiliation), (expert.Role, expert.Affiliation));
    }

    [Theory]
    [InlineData("Over the bridge\nand the rest of the evening is free.")]
    [InlineData("Helga Brammertz\nund viele andere Gäste kommen.")]
    public void A_lower_case_line_that_is_no_bio_makes_nobody_a_guest(string body)
    {
        Assert.Empty(Doc(body).Panel);
    }

    [Theory]
    [InlineData("Panellists: Oskar Dunmore (Harbour Fund, Head of Finance) | Dr. Ruth Callow (Selby Institute) | Tobias Arnell (Ministry of Ports, Norway)", "Oskar Dunmore", "Ruth Callow", "Tobias Arnell")]
    [InlineData("Speakers: Priya Hallwright, Director, Fenmoor Trust | Ewan Castlereagh, economist, Marsh Institute", "Priya Hallwright", "Ewan Castlereagh")]
    [InlineData("Auf dem Podium: Lena Wiesbrock (Stadtwerke Halden, Vorstand) | Prof. Felix Amsberg (Hochschule Ostrau) | Silke Jarosch (Mieterbund)", "Lena Wiesbrock", "Felix Amsberg", "Silke Jarosch")]
    public void Bars_between_described_people_separate_a_panel_field_s_records(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(body.StartsWith("Auf", StringComparison.Ordinal) ? Doc(body) : English(body)));
    }

    [Theory]
    [InlineData("Auf dem Podium: ver.di Süd: Helga Brammertz, Landesleiterin; Nordhafen AG: Dr. Malte Osterholt, Leiter Personal; Hochschule Ostrau: Prof. Lena Wiesbrock, Soziologin", "Helga Brammertz", "Malte Osterholt", "Lena Wiesbrock")]
    [InlineData("Panel: eLearn Forum: Greta Thornbury, Director; Marsh Institute: Felix Ardingly, economist", "Greta Thornbury", "Felix Ardingly")]
    [InlineData("Es diskutieren: iWatt Energie: Silke Wendeborn, Geschäftsführerin; Stadtwerke Celle: Jonas Fehrholz, Vorstand", "Silke Wendeborn", "Jonas Fehrholz")]
    public void An_organisation_written_in_lower_case_opens_an_organisation_first_record(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(body.StartsWith("Panel", StringComparison.Ordinal) ? English(body) : Doc(body)));
    }

    [Theory]
    [InlineData("This week Priya Hallwright sits down with two people who have studied the river for years. Dr. Greta Thornbury is a hydrologist at Selby University. Felix Ardingly is the founder of Riverwatch, a network of volunteers.", "Greta Thornbury", "Felix Ardingly")]
    [InlineData("In this episode I talk to two people who disagree about the harbour. Oskar Dunmore is the chief executive of the Harbour Board. And Ruth Callow runs a fishing business in Selby.", "Oskar Dunmore", "Ruth Callow")]
    [InlineData("Darüber diskutieren in dieser Folge zwei Menschen, die das Thema kennen. Helga Brammertz ist Hydrologin an der Universität Kassel. Malte Osterholt leitet den Bund für Auenschutz in Celle.", "Helga Brammertz", "Malte Osterholt")]
    public void A_biography_sentence_introduces_its_subject_in_a_run_of_guests(string body, params string[] expected)
    {
        var d = body.StartsWith("Darüber", StringComparison.Ordinal) ? Doc(body) : English(body);
        Assert.Equal(expected, Names(d));
    }

    [Theory]
    [InlineData("On the panel: Novelist Greta Thornbury; Dr. Felix Ardingly, historian at Selby University.", "Greta Thornbury", "Felix Ardingly")]
    [InlineData("Auf dem Podium: Schäferin Helga Brammertz; Dr. Malte Osterholt, Referent beim Bund für Auenschutz.", "Helga Brammertz", "Malte Osterholt")]
    [InlineData("Es diskutieren Hydrologin Silke Wendeborn (Universität Kassel) und Landwirt Jonas Fehrholz aus Uelzen.", "Silke Wendeborn", "Jonas Fehrholz")]
    public void A_role_noun_before_a_known_given_name_is_no_name_word(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(body.StartsWith("On", StringComparison.Ordinal) ? English(body) : Doc(body)));
    }

    [Fact]
    public void A_given_name_before_a_given_name_stays_in_the_name()
    {
        Assert.Equal(["Maria Helga Brammertz", "Malte Osterholt"], Names(Doc("Auf dem Podium: Maria Helga Brammertz, Hydrologin; Dr. Malte Osterholt, Referent beim Bund für Auenschutz.")));
    }
}
