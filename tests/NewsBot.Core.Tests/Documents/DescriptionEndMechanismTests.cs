using NewsBot.Core.Documents;
using NewsBot.Core.Documents.People;
using NewsBot.Core.Documents.Reading;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The mechanisms added while reading the sixth set (TestData/unseen6) that decide where a person's description ends and
/// what an organisation looks like: a clause about the person after the description's comma, a second post with its own
/// body, a membership and its body, a brand after the post, a bracketed name with "for the" inside, an organisation
/// whose name holds an enumeration, the next member of a prose sentence, the verb that presents the guests and a
/// listing's technical tags. Short synthetic snippets.
/// </summary>
public sealed class DescriptionEndMechanismTests
{
    [Theory]
    [InlineData("Geologin am Institut für Küstenforschung Sylt, war gerade sechs Wochen auf See", "Geologin", "Institut für Küstenforschung Sylt")]
    [InlineData("Lehrerin an der Gesamtschule Nordheide, hat ein Buch über Schulgärten geschrieben", "Lehrerin", "Gesamtschule Nordheide")]
    [InlineData("hydrologist at the Fenwater Trust, has just returned from the delta", "hydrologist", "Fenwater Trust")]
    [InlineData("economist at Brackley Partners, was a central bank adviser until 2021", "economist", "Brackley Partners")]
    public void A_clause_about_the_person_after_the_comma_ends_the_description(string description, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), DescriptionReader.Read(description));
    }

    [Theory]
    [InlineData("Imkerin in vierter Generation aus Talwinkel, Sprecherin des Imkervereins Talwinkel", "Imkerin in vierter Generation aus Talwinkel", "Imkervereins Talwinkel")]
    [InlineData("Landwirt im Nebenerwerb, Vorsitzender der Weidegenossenschaft Oberau", "Landwirt im Nebenerwerb", "Weidegenossenschaft Oberau")]
    [InlineData("retired ferry captain, chair of the Harbour Users Forum", "retired ferry captain", "Harbour Users Forum")]
    public void A_first_post_with_words_of_its_own_keeps_the_role_and_the_last_post_gives_its_body(string description, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), DescriptionReader.Read(description));
    }

    [Theory]
    [InlineData("Ärztin und Mitglied des Landesethikrats", "Ärztin und Mitglied des Landesethikrats")]
    [InlineData("Mitglied des Stadtrats Talwinkel", "Mitglied des Stadtrats Talwinkel")]
    [InlineData("Pfarrer und Mitglied der Synode", "Pfarrer und Mitglied der Synode")]
    public void A_membership_keeps_its_body_in_the_role(string description, string role)
    {
        Assert.Equal((role, (string?)null), DescriptionReader.Read(description));
    }

    [Theory]
    [InlineData("Head of Offshore Storage, NordVolt", "Head of Offshore Storage", "NordVolt")]
    [InlineData("Leiterin Kommunikation, WattWerk", "Leiterin Kommunikation", "WattWerk")]
    [InlineData("Director of Data Science, Quanta3", "Director of Data Science", "Quanta3")]
    [InlineData("Beraterin, Lindau", "Beraterin", null)]
    public void A_lone_brand_after_a_post_is_the_organisation_a_lone_place_is_not(string description, string role, string? affiliation)
    {
        Assert.Equal((role, affiliation), DescriptionReader.Read(description));
    }

    [Theory]
    [InlineData(" (Centre for the Study of Tides)", "Centre for the Study of Tides")]
    [InlineData(" (Institute for the Common Good)", "Institute for the Common Good")]
    [InlineData(" (Stiftung für die Zukunft)", "Stiftung für die Zukunft")]
    [InlineData(" (Senior Fellow at Brookfield)", "Brookfield")]
    public void A_bracketed_name_after_a_role_keeps_for_the_inside(string remainder, string affiliation)
    {
        Assert.Equal(((string?)null, affiliation), PersonParser.Describe(remainder, haveRole: true));
    }

    [Theory]
    [InlineData(", a counselor with the Valley Housing Information, Referral and Advocacy Service", "counselor", "Valley Housing Information, Referral and Advocacy Service")]
    [InlineData(", Referentin bei der Stelle für Beratung, Bildung und Begegnung", "Referentin", "Stelle für Beratung, Bildung und Begegnung")]
    [InlineData(", a nurse at Eastbrook Hospital, Millford", "nurse", "Eastbrook Hospital")]
    public void An_enumeration_closed_by_and_continues_the_organisations_name(string remainder, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), PersonParser.Describe(remainder, haveRole: false));
    }

    [Theory]
    [InlineData("vom Institut für Altersforschung und mit dem Koch und Autor Ben Ruhl", "vom Institut für Altersforschung")]
    [InlineData("von der Tafel Nordheide sowie der Sozialarbeiterin Ina Pohl", "von der Tafel Nordheide")]
    [InlineData("of the Tideway Trust and with the baker Tom Reel", "of the Tideway Trust")]
    [InlineData("vom Zentrum für Arbeit und Umwelt", "vom Zentrum für Arbeit und Umwelt")]
    public void A_prose_description_ends_where_and_opens_the_next_member(string text, string end)
    {
        Assert.Equal(end, PersonParser.EndOfMember(text));
    }

    [Fact]
    public void The_verb_that_presents_the_guests_is_no_part_of_a_role()
    {
        Assert.Equal("harbour master", PersonParser.Parse("featured harbour master Ilse Varga")?.Role);
        Assert.Equal("county health officer", PersonParser.Parse("included county health officer Wren Talbot")?.Role);
        Assert.Equal("retired ferry captain", PersonParser.Parse("retired ferry captain Wren Talbot")?.Role);
    }

    [Theory]
    [InlineData("Tina Grau, Vorsitzende des Imkervereins Oberau 16:9 · HD · Untertitel", "Tina Grau, Vorsitzende des Imkervereins Oberau")]
    [InlineData("Ole Brand, Seerechtler · UT · AD", "Ole Brand, Seerechtler")]
    [InlineData("Mia Falk (Stiftung 2030) · HD", "Mia Falk (Stiftung 2030)")]
    [InlineData("Jan Lutz, Tierarzt 5.1 · Stereo", "Jan Lutz, Tierarzt")]
    public void A_run_on_guest_field_ends_at_the_listings_technical_tags(string part, string cut)
    {
        Assert.Equal(cut, RunOnFields.CutAtNextLabel(part));
    }
}
