using NewsBot.Core.Documents;
using NewsBot.Core.Documents.People;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The mechanisms added while reading the ninth set (TestData/unseen9) that decide where a description ends and which of
/// its fields is the post and which the body: an organisation's name in prose that runs on into the sentence (a verb at
/// the clause's end, two lower-case words, an object's article), a description that a comma and a finite verb close, a
/// relative clause that names the post with "als"/"as", a role noun read as a rank in front of a title, and list fields
/// in the order "Body, Post", with a lower-case brand, a department after the post or a remark in brackets. Short
/// synthetic snippets with invented names.
/// </summary>
public sealed class DescriptionRunOnMechanismTests
{
    [Theory]
    [InlineData(" von der Hochschule Lindental nach dem Stand der Forschung", "Hochschule Lindental")]
    [InlineData(" vom Institut für Küstenforschung Brelsum über steigende Pegel", "Institut für Küstenforschung Brelsum")]
    [InlineData(" of the Marlowe Institute at Dunmore to talk about river health", "Marlowe Institute at Dunmore")]
    [InlineData(", der an der Hochschule Ostrau lehrt", "Hochschule Ostrau")]
    [InlineData(" vom Institut für angewandte Ökologie Brensdorf", "Institut für angewandte Ökologie Brensdorf")]
    [InlineData(" von der Pellwitz gGmbH", "Pellwitz gGmbH")]
    [InlineData(" of the Tessaly County Fire Department's wildfire prevention unit", "Tessaly County Fire Department's wildfire prevention unit")] // a possessive's unit goes on
    [InlineData(" at the Corrow Valley Tribe's water office", "Corrow Valley Tribe's water office")]
    public void An_organisations_name_in_prose_ends_where_the_sentence_runs_on(string remainder, string affiliation)
    {
        Assert.Equal(((string?)null, affiliation), PersonParser.Describe(remainder, haveRole: true));
    }

    [Theory]
    [InlineData(", der als Betriebsratsvorsitzender bei der Kelbach AG die Einführung eines Systems begleitet", "Betriebsratsvorsitzender", "Kelbach AG")]
    [InlineData(", die als Fahrgastvertreterin beim Verband Nordbahn arbeitet", "Fahrgastvertreterin", "Verband Nordbahn")]
    [InlineData(", who works as a midwife at the Tessaly Birth Centre", "midwife", "Tessaly Birth Centre")]
    [InlineData(", die seit Jahren als Referentin beim Landesverband Sorbach tätig ist", "Referentin", "Landesverband Sorbach")]
    public void A_relative_clause_that_names_the_post_gives_role_and_body(string remainder, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), PersonParser.Describe(remainder, haveRole: false));
    }

    [Theory]
    [InlineData(", a painter and teacher in the Parish of Orwell, will bring a local voice to the evening")]
    [InlineData(", eine Ärztin und Autorin, wird über ihre Arbeit berichten")]
    [InlineData(", an expert on tidal flats, has studied the coast for years")]
    public void A_description_closed_by_a_finite_verb_gives_no_organisation(string remainder)
    {
        Assert.Equal(((string?)null, (string?)null), PersonParser.Describe(remainder, haveRole: true));
    }

    [Theory]
    [InlineData("begrüßen wir die ehemalige Landesrichterin Prof. Dr. Wiebke Sandvoss", "ehemalige Landesrichterin")]
    [InlineData("erwarten wir den Kinderarzt Dr. Jorin Malte Haberkamp", "Kinderarzt")]
    [InlineData("hören wir die langjährige Schulleiterin Dr. Ilka Vormbrock", "langjährige Schulleiterin")]
    public void A_role_noun_read_as_a_rank_before_a_title_is_the_role(string text, string role)
    {
        Assert.Equal(role, PersonParser.Parse(text)?.Role);
    }

    [Theory]
    [InlineData("ver.di Bezirk Süd, Fachbereichsleiterin Bildung", "Fachbereichsleiterin Bildung", "ver.di Bezirk Süd")]
    [InlineData("Research Director, quvex", "Research Director", "quvex")]
    [InlineData("Founder & CEO, Tarnwick Labs (Porto)", "Founder & CEO", "Tarnwick Labs (Porto)")]
    [InlineData("VP Public Policy, KLRN", "VP Public Policy", "KLRN")]
    [InlineData("Vice President, Customer Care, Hollin Freight", "Vice President, Customer Care", "Hollin Freight")]
    [InlineData("Doktorandin, Hochschule Varel", "Doktorandin", "Hochschule Varel")]
    [InlineData("Professor, Department of Coastal Studies, Dunmore University", "Professor", "Department of Coastal Studies, Dunmore University")] // "Department of …" is a unit of the body
    public void A_lists_fields_tell_the_post_from_the_body_in_either_order(string description, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), DescriptionReader.Read(description));
    }

    [Theory]
    [InlineData("Landeskriminalamt")]
    [InlineData("Umweltbundesamt")]
    [InlineData("Landratsamt")]
    public void A_compound_of_a_public_office_after_a_known_role_is_the_body_not_a_place(string body)
    {
        Assert.Equal(((string?)null, body), DescriptionReader.Read(body, roleKnown: true));
    }
}
