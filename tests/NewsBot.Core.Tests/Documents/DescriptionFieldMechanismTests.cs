using static NewsBot.Core.Tests.Documents.ReaderSnippets;
using NewsBot.Core.Documents.People;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The mechanisms added while reading the fifth unseen set (TestData/unseen5) that split a description into role and
/// affiliation: a country between a post and its organisation, a lower-case remark in brackets after an organisation,
/// executive acronyms as roles, an organisation that opens a prose apposition, a run-on record's next field label, a
/// chair's field after "Professor of", abbreviations inside organisation names and the one description field of a
/// two-column row. Short synthetic snippets.
/// </summary>
public sealed class DescriptionFieldMechanismTests
{
    [Theory]
    [InlineData("Country Director, Niger, Harbour Relief Committee", "Country Director", "Harbour Relief Committee")]
    [InlineData("Head of Unit, Directorate-General for Energy, European Commission", "Head of Unit", "Directorate-General for Energy, European Commission")]
    [InlineData("Referentin, Kiel", "Referentin", null)]
    public void A_lone_country_between_a_post_and_its_organisation_is_no_organisation(string description, string role, string? affiliation)
    {
        Assert.Equal((role, affiliation), DescriptionReader.Read(description));
    }

    [Theory]
    [InlineData("protection engineer, GridCo (she designs the relays that trip first)", "protection engineer", "GridCo")]
    [InlineData("Referent, Stiftung Nordlicht (NRW)", "Referent", "Stiftung Nordlicht (NRW)")]
    [InlineData("CTO, Wolkenwerk GmbH", "CTO", "Wolkenwerk GmbH")]
    public void A_lower_case_remark_in_brackets_is_no_part_of_the_organisation_and_executive_acronyms_are_roles(string description, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), DescriptionReader.Read(description));
    }

    [Theory]
    [InlineData(", Deutscher Hafenverband, Bezirk Küste", null, "Deutscher Hafenverband, Bezirk Küste")]
    [InlineData(", Seerechtler, Universität Kiel", "Seerechtler", "Universität Kiel")]
    public void An_organisation_opening_a_prose_apposition_is_the_affiliation(string remainder, string? role, string affiliation)
    {
        Assert.Equal((role, affiliation), NewsBot.Core.Documents.PersonParser.Describe(remainder, haveRole: false));
    }

    [Theory]
    [InlineData("Jan Lutz, Deutscher Hafenverband, Bezirk Küste Wiederholung: Mi 17.02., 03:30 Uhr Genre: Politik", "Jan Lutz, Deutscher Hafenverband, Bezirk Küste")]
    [InlineData("Ole Brand, Seerechtler, Universität Kiel; Mia Falk Ort: Hamburg", "Ole Brand, Seerechtler, Universität Kiel; Mia Falk")]
    [InlineData("Ole Brand, Seerechtler: Mia Falk, Redakteurin", "Ole Brand, Seerechtler: Mia Falk, Redakteurin")]
    [InlineData("Ole Brand und Mia Falk Moderation: Ina Kolb", "Ole Brand und Mia Falk Moderation: Ina Kolb")]
    public void A_guest_field_of_a_run_on_record_ends_at_the_next_schedule_label(string part, string cut)
    {
        Assert.Equal(cut, NewsBot.Core.Documents.Reading.RunOnFields.CutAtNextLabel(part));
    }

    [Fact]
    public void The_field_after_Professor_of_in_a_title_line_is_no_name()
    {
        var d = English("Speakers\nProfessor Ada Quill\nProfessor of Marine Policy, University of Eastfield\nTom Rusk\nChief Economist, Harbour Bank");
        Assert.Equal(["Ada Quill|Professor of Marine Policy|University of Eastfield", "Tom Rusk|Chief Economist|Harbour Bank"], Panel(d));
    }

    [Fact]
    public void An_abbreviation_inside_an_organisations_name_ends_no_sentence()
    {
        var d = Doc("Es diskutieren:\nName | Funktion | Institution\nLea Hoang | Pflegefachkraft | Ev. Stift Nordhafen\nOle Brand | Geschäftsführer | Brand Glas GmbH");
        Assert.Equal(["Lea Hoang|Pflegefachkraft|Ev. Stift Nordhafen", "Ole Brand|Geschäftsführer|Brand Glas GmbH"], Panel(d));
    }

    [Theory]
    [InlineData("Jahrgang 1979, Journalistin, Büro Nordlicht", "Journalistin", "Büro Nordlicht")]
    [InlineData("an unpaid carer from Kelso who looks after her father", "unpaid carer from Kelso", null)]
    [InlineData("head of policy, Harbour Trust, which runs the ferries", "head of policy", "Harbour Trust")]
    public void A_year_of_birth_and_a_relative_clause_are_no_part_of_role_or_affiliation(string description, string role, string? affiliation)
    {
        Assert.Equal((role, affiliation), DescriptionReader.Read(description));
    }

    [Fact]
    public void A_bio_line_under_a_name_that_opens_with_its_verb_gives_the_role_or_the_workplace()
    {
        var d = Doc("Zu Gast sind:\nLena Brandt\narbeitet als Hebamme in Kiel-Gaarden und engagiert sich im Stadtteilverein.\nOle Riebe\nlehrt Verkehrsplanung an der Hochschule Nordhafen.");
        Assert.Equal(["Lena Brandt|Hebamme in Kiel-Gaarden|", "Ole Riebe||Hochschule Nordhafen"], Panel(d));
    }
}
