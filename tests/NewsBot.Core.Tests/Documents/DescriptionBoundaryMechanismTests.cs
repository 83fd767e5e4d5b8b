using NewsBot.Core.Documents;
using NewsBot.Core.Documents.People;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The mechanisms added while reading the eighth set (TestData/unseen8) that decide where a role and an organisation
/// begin and end: a form label in front of the description, a body with its post in brackets, a title-case post before
/// its body, an organisation's name that runs on into the sentence's verb, a kind of body before its name ("from the
/// group X"), a possessive owner with the role closed by a comma, and a German role before a name that starts at its
/// noun, not at the sentence's verb. Short synthetic snippets with invented names.
/// </summary>
public sealed class DescriptionBoundaryMechanismTests
{
    [Theory]
    [InlineData("Rolle: Sprecherin beim Ruderverein Haselbach", "Sprecherin", "Ruderverein Haselbach")]
    [InlineData("Rolle bei der Stadtwerke Morlingen GmbH: Leiterin Vertrieb", "Leiterin Vertrieb", "Stadtwerke Morlingen GmbH")]
    [InlineData("Role at Tarnwell Labs: Head of Research", "Head of Research", "Tarnwell Labs")]
    [InlineData("Funktion: Referent für Wohnungsbau beim Studierendenwerk Aubach", "Referent für Wohnungsbau", "Studierendenwerk Aubach")]
    public void A_form_label_before_the_description_is_no_part_of_the_role(string description, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), DescriptionReader.Read(description));
    }

    [Theory]
    [InlineData("Zweckverband Almtal (Geschäftsführerin)", "Geschäftsführerin", "Zweckverband Almtal")]
    [InlineData("Brindle Robotics (CEO)", "CEO", "Brindle Robotics")]
    [InlineData("Stadtwerke Ilmbach (Pressesprecher)", "Pressesprecher", "Stadtwerke Ilmbach")]
    public void A_body_with_its_post_in_brackets_gives_the_post_as_role(string description, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), DescriptionReader.Read(description));
    }

    [Theory]
    [InlineData(", Eurodistrikt Welland (Direktorin)", "Direktorin", "Eurodistrikt Welland")]
    [InlineData(", Carrow Harbour Board (Chair)", "Chair", "Carrow Harbour Board")]
    public void In_prose_a_body_with_its_post_in_brackets_gives_the_post_as_role(string remainder, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), PersonParser.Describe(remainder, haveRole: false));
    }

    [Theory]
    [InlineData("Senior Counsel, Brightwater Institute", "Senior Counsel", "Brightwater Institute")]
    [InlineData("Reader in Marine Law, University of Carrow", "Reader in Marine Law", "University of Carrow")]
    [InlineData("Policy Lead, Tamsin AI Lab", "Policy Lead", "Tamsin AI Lab")]
    public void A_title_case_post_before_a_body_is_the_role(string description, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), DescriptionReader.Read(description));
    }

    [Theory]
    [InlineData(" of the Universidad de Carvoeira explains what the wells show", "Universidad de Carvoeira")]
    [InlineData(" von der Hochschule Wendelstein räumte ein, dass die Zahlen fehlen", "Hochschule Wendelstein")]
    [InlineData(" at Marlow Polytechnic walks through the numbers", "Marlow Polytechnic")]
    [InlineData(" vom Institut für angewandte Ökologie Brensdorf", "Institut für angewandte Ökologie Brensdorf")]
    public void An_organisations_name_ends_where_the_sentences_verb_begins(string remainder, string affiliation)
    {
        Assert.Equal(((string?)null, affiliation), PersonParser.Describe(remainder, haveRole: true));
    }

    [Theory]
    [InlineData(" from the group Harbor Tenants United", "Harbor Tenants United")]
    [InlineData(" of the nonprofit Clearwater Alliance", "Clearwater Alliance")]
    [InlineData(" with the charity Open Doors Fund", "Open Doors Fund")]
    public void A_kind_of_body_before_its_name_is_no_part_of_the_organisation(string remainder, string affiliation)
    {
        Assert.Equal(((string?)null, affiliation), PersonParser.Describe(remainder, haveRole: true));
    }

    [Theory]
    [InlineData("Brantford's chief data officer, Sarah Okafor", "Sarah Okafor", "chief data officer", "Brantford")]
    [InlineData("Brackwater Steel's director of operations, Ilse Varga", "Ilse Varga", "director of operations", "Brackwater Steel")]
    [InlineData("the Riverside Clinic's head nurse, Tomasz Wierzbicki", "Tomasz Wierzbicki", "head nurse", "Riverside Clinic")]
    public void A_possessive_role_closed_by_a_comma_before_the_name(string text, string name, string role, string affiliation)
    {
        Assert.Equal(new Expert(name, role, affiliation), PersonParser.Parse(text));
    }

    [Theory]
    [InlineData("saßen dann Verkehrsdezernent Jonas Weidling", "Verkehrsdezernent")]
    [InlineData("sprachen anschließend Stadtdirektorin Anna Kolbinger", "Stadtdirektorin")]
    [InlineData("antwortete danach ehemalige Bürgermeisterin Ilse Trautwein", "ehemalige Bürgermeisterin")]
    [InlineData("urban climatologist Teodor Ballan", "urban climatologist")]
    public void A_german_role_before_a_name_starts_at_its_noun_not_at_the_verb(string text, string role)
    {
        Assert.Equal(role, PersonParser.Parse(text)?.Role);
    }
}
