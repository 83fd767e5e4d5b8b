using NewsBot.Core.Documents;
using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// One sentence, several semicolon clauses, each introducing guests in its own words ("X begrüßt A und B; aus Wien
/// zugeschaltet ist C"): every clause that is itself a panel introduction adds its guests. A clause that only continues
/// a series of people adds nobody of its own.
/// </summary>
public sealed class ClauseGuestsMechanismTests
{
    private static string[] Names(Discussion d) => d.Panel.Select(e => e.Name).ToArray();

    [Theory]
    [InlineData("Moderatorin Ulla Fennert begrüßt im Studio die Ärztin Dr. Mareike Sollwedel und den Landwirt Jost Harmeling; aus Kiel zugeschaltet ist der Meeresbiologe Ansgar Quedens.", "Mareike Sollwedel", "Jost Harmeling", "Ansgar Quedens")]
    [InlineData("Im Studio diskutieren die Juristin Hella Brinkhorst und der Bauunternehmer Lasse Övermann; telefonisch zugeschaltet ist die Mieterin Ruth Abelsberg.", "Hella Brinkhorst", "Lasse Övermann", "Ruth Abelsberg")]
    [InlineData("Zu Gast sind die Historikerin Dr. Imke Vorbrügge und der Pfarrer Gero Lanwehr; außerdem ist die Schülerin Ylva Strothmann zugeschaltet.", "Imke Vorbrügge", "Gero Lanwehr", "Ylva Strothmann")]
    public void German_clauses_each_add_their_guests(string body, params string[] expected)
    {
        Assert.Equal(expected.Order(), Names(Doc(body)).Order());
    }

    [Theory]
    [InlineData("In the studio are economist Dr Fenna Castlow and union organiser Rhys Tallent; joining us tonight is the farmer Oona Brackley.", "Fenna Castlow", "Rhys Tallent", "Oona Brackley")]
    [InlineData("Host Mabel Orrin talks with historian Dr Ivo Scarsdale and nurse Petra Lund; in the studio is the engineer Tobin Harrowgate.", "Ivo Scarsdale", "Petra Lund", "Tobin Harrowgate")]
    [InlineData("We are joined by teacher Anouk Feltham and councillor Bram Ostley; also on the panel is the architect Dr Cyra Mellon.", "Anouk Feltham", "Bram Ostley", "Cyra Mellon")]
    public void English_clauses_each_add_their_guests(string body, params string[] expected)
    {
        Assert.Equal(expected.Order(), Names(English(body)).Order());
    }

    [Fact]
    public void A_clause_that_continues_a_series_adds_no_one_of_its_own()
    {
        var discussion = English("Joining us are Dr Fenna Castlow, an economist at Marsh College; Rhys Tallent, a union organiser; and Oona Brackley, a farmer near Selby.");
        Assert.Equal(["Fenna Castlow", "Rhys Tallent", "Oona Brackley"], Names(discussion));
    }
}
