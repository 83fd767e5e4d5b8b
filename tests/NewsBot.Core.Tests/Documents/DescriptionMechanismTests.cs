using static NewsBot.Core.Tests.Documents.ReaderSnippets;
using NewsBot.Core.Documents.People;
using NewsBot.Core.Documents.Reading;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The mechanisms added while reading the fourth unseen set (TestData/unseen4) that split a description into role and
/// affiliation: a workplace after "at" before organisation fields, chained genitives, quoted outlets and legal forms,
/// small words inside names, a second role after "and", places after prepositions, membership, compound bodies, works
/// in quotes, abbreviations that end a name; and in prose, a description that ends at the next person, a time before
/// a role, a definite description in the next sentence. Short synthetic snippets.
/// </summary>
public sealed class DescriptionMechanismTests
{
    [Theory]
    [InlineData("noise researcher at the Sound Centre, University of Eastfield", "noise researcher", "Sound Centre, University of Eastfield")]
    [InlineData("Referentin bei der Stadtbücherei, Stadt Celle", "Referentin", "Stadtbücherei, Stadt Celle")]
    public void A_workplace_after_at_in_the_role_comes_before_the_organisation_fields(string description, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), DescriptionReader.Read(description));
    }

    [Theory]
    [InlineData("Vorsitzender des Jugendbeirats der Stadt Kassel", "Vorsitzender", "Jugendbeirats der Stadt Kassel")]
    [InlineData("Sprecherin des Vorstands der Nordbank", "Sprecherin", "Vorstands der Nordbank")]
    public void A_genitive_of_a_genitive_is_one_affiliation(string description, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), DescriptionReader.Read(description));
    }

    [Theory]
    [InlineData("Journalistin, „Der Kurier“", "Journalistin", "„Der Kurier“")]
    [InlineData("Freunde der Erde e. V.", null, "Freunde der Erde e. V.")]
    [InlineData("Referent für Wasser, Bund Umwelt in Hessen", "Referent für Wasser", "Bund Umwelt in Hessen")]
    [InlineData("Aktivistin, Rede da Floresta", "Aktivistin", "Rede da Floresta")]
    [InlineData("Head of Unit, Directorate-General for Energy, European Commission", "Head of Unit", "Directorate-General for Energy, European Commission")]
    [InlineData("Head of Safety, Exampl Inc.", "Head of Safety", "Exampl Inc.")]
    public void Quoted_names_legal_forms_small_name_words_compound_bodies_and_abbreviations_make_organisation_fields(string description, string? role, string affiliation)
    {
        Assert.Equal((role, affiliation), DescriptionReader.Read(description));
    }

    [Theory]
    [InlineData("founder of the Night Collective and resident DJ", "founder and resident DJ", "Night Collective")]
    [InlineData("Studentin im 5. Semester und Sprecherin der Fachschaft Chemie", "Studentin im 5. Semester und Sprecherin der Fachschaft Chemie", null)]
    [InlineData("Jäger und Bürgermeister der Gemeinde Wald", "Jäger und Bürgermeister", "Gemeinde Wald")]
    public void A_second_role_after_and_ends_the_affiliation_and_keeps_its_own_genitive(string description, string role, string? affiliation)
    {
        Assert.Equal((role, affiliation), DescriptionReader.Read(description));
    }

    [Theory]
    [InlineData("Landwirt aus dem Allgäu", "Landwirt aus dem Allgäu", null)]
    [InlineData("Seelsorger in Frankfurt am Main", "Seelsorger in Frankfurt am Main", null)]
    [InlineData("Wirtschaftsministerin von Hessen", "Wirtschaftsministerin von Hessen", null)]
    [InlineData("Kommissarin in der Präventionsstelle des LKA", "Kommissarin", "Präventionsstelle des LKA")]
    [InlineData("Sprecher von Greenpeace", "Sprecher", "Greenpeace")]
    [InlineData("Mieterin und Mitglied im Mieterverein", "Mieterin und Mitglied im Mieterverein", null)]
    public void A_place_after_a_preposition_stays_in_the_role_and_an_organisation_after_it_is_the_affiliation(string description, string role, string? affiliation)
    {
        Assert.Equal((role, affiliation), DescriptionReader.Read(description));
    }

    [Theory]
    [InlineData("executive director of the nonprofit Green Streets Alliance", "executive director", "Green Streets Alliance")]
    [InlineData("Member of the European Parliament (Greens/EFA)", "Member of the European Parliament", "Greens/EFA")]
    [InlineData("documentary filmmaker (\"Long Road Home\")", "documentary filmmaker", null)]
    [InlineData("Reporterin (WDR)", "Reporterin", "WDR")]
    public void Membership_is_a_role_a_quoted_work_is_no_outlet_and_a_descriptor_may_precede_the_name(string description, string role, string? affiliation)
    {
        Assert.Equal((role, affiliation), DescriptionReader.Read(description));
    }

    [Fact]
    public void A_party_in_brackets_ends_the_description_where_the_next_person_begins()
    {
        var d = Doc("Auf dem Podium sitzen die Agrarökonomin Dr. Eva Roth von der Universität Gießen und die Bundestagsabgeordnete Lea Stein (Grüne) sowie Tom Berg, Einkaufsleiter eines Händlers.");
        Assert.Contains("Lea Stein|Bundestagsabgeordnete|Grüne", Panel(d));
    }

    [Fact]
    public void A_time_before_a_role_in_a_panel_sentence_is_no_part_of_the_role_and_a_towns_genitive_is_the_affiliation()
    {
        var d = Doc("Im Rathaus diskutieren am Donnerstag, 17. Dezember, ab 19.30 Uhr Neustadts Bürgermeister Karl Brandt (parteilos), die Ärztin Dr. Eva Roth und der Ingenieur Prof. Jan Wolf von der TU Dresden.");
        Assert.Contains("Karl Brandt|Bürgermeister|Neustadts", Panel(d));
    }

    [Theory]
    [InlineData("Später kommt noch Ole Berg dazu: Der Waldbesitzer aus dem Harz hat ein Experiment gewagt.", "Ole Berg", "Waldbesitzer")]
    [InlineData("Zum Schluss spricht Eva Roth. Die Hebamme aus Kiel berichtet vom Alltag.", "Eva Roth", "Hebamme")]
    [InlineData("Später kommt noch Ole Berg dazu, weil der Förster krank ist: Der Waldbesitzer hat …", "Ole Berg", null)]
    public void A_definite_description_opening_the_next_sentence_is_the_role_of_the_person_named_just_before(string text, string name, string? role)
    {
        Assert.Equal(role, RoleEnrichment.DescribedNext(text, name));
    }

    [Theory]
    [InlineData("TD", true)]
    [InlineData("MdB", true)]
    [InlineData("Dublin", false)]
    public void Post_nominals_of_parliaments_are_suffixes(string token, bool suffix)
    {
        Assert.Equal(suffix, Honorifics.IsSuffix(token));
    }

    [Theory]
    [InlineData("Ph.D., Senior Fellow, Ocean Institute", "Senior Fellow, Ocean Institute")]
    [InlineData("USN (Ret.)", "")]
    [InlineData("Senior Fellow, Ocean Institute", "Senior Fellow, Ocean Institute")]
    public void Post_nominals_after_the_names_comma_are_no_part_of_the_description(string description, string rest)
    {
        Assert.Equal(rest, PersonRecordReader.WithoutPostNominals(description));
    }

    [Fact]
    public void A_speaker_line_of_a_name_and_post_nominals_takes_its_role_from_the_title_line_below()
    {
        var d = TestData.Parse("Cables under threat\nThe government presented new plans on Monday. Critics called them a mistake.\nSpeakers\nRear Admiral Tom Reilly, USN (Ret.)\nFormer Director of Naval Intelligence, Atlantic Defence Forces\nDr. Ada Obi, Ph.D.\nAssistant Professor of Law, Georgetown University\nCables under threat | Events\n");
        Assert.Equal(["Tom Reilly|Former Director of Naval Intelligence|Atlantic Defence Forces", "Ada Obi|Assistant Professor of Law|Georgetown University"], Panel(d));
    }
}
