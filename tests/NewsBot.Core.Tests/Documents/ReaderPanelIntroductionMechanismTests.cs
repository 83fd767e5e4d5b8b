using NewsBot.Core.Documents;
using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The mechanisms added while reading the fourth unseen set (TestData/unseen4): pictograph bullets, pronoun objects and
/// event nouns that introduce a panel, Irish and Arabic name particles, chair posts in witness lists, host phrases,
/// guests introduced one per sentence and guests added in prose beside a listed panel; each on short synthetic snippets.
/// </summary>
public sealed class ReaderPanelIntroductionMechanismTests
{
    private static string[] Names(Discussion d) => d.Panel.Select(e => e.Name).ToArray();

    [Theory]
    [InlineData("Joining me:\n🎙️ Dr. Ann Holt – labor economist, Lakeside University\n👉🏽 Tom Reyes – union organizer\n→ Ben Ito – nurse, City Hospital", "Ann Holt", "Tom Reyes", "Ben Ito")]
    public void A_leading_pictograph_or_arrow_marks_a_list_line_as_a_dash_does(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(English(body)));
    }

    [Theory]
    [InlineData("© 2026 Lakeside Radio")]
    [InlineData("| Share | Print")]
    public void A_copyright_sign_or_a_separator_is_no_bullet(string body)
    {
        Assert.Empty(English(body).Panel);
    }

    [Theory]
    [InlineData("Nora Quinn presents a live studio debate. Joining her are economist Dr Paul Reed of the ESRI and tenant organiser Lina Haddad.", "Nora Quinn", "Paul Reed", "Lina Haddad")]
    [InlineData("A conversation with Ambassador Ruth Mwangi, former envoy to Ethiopia; Dr. Omar el-Tayeb, economist at the Africa Program; and Hiba Grey, humanitarian coordinator. Moderated by Sam Brown.", "Sam Brown", "Ruth Mwangi", "Omar el-Tayeb", "Hiba Grey")]
    public void A_pronoun_object_or_an_event_noun_with_with_introduces_the_panel(string body, string host, params string[] expected)
    {
        var discussion = English(body);
        Assert.Equal(host, discussion.Host);
        Assert.Equal(expected, Names(discussion));
    }

    [Theory]
    [InlineData("Joining him are Minister of State for Housing Ciarán Ó Flaithbheartaigh TD, housing spokesperson Róisín Keohane-Byrne TD and economist Patrick Nwosu.", "Ciarán Ó Flaithbheartaigh", "Róisín Keohane-Byrne", "Patrick Nwosu")]
    public void Irish_particles_and_the_TD_post_nominal_are_read_in_a_name(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(English(body)));
    }

    [Fact]
    public void A_chair_title_with_an_organisation_in_a_witness_list_is_a_post_there_not_the_host()
    {
        var discussion = English("Witnesses\nProfessor Gwen Hart, Professor of Hydrology, University of Reading\nDame Ola Finch, Chair, Environment Agency\nRhodri ap Gwilym, Farmer");
        Assert.Null(discussion.Host);
        Assert.Equal(["Gwen Hart", "Ola Finch", "Rhodri ap Gwilym"], Names(discussion));
    }

    [Fact]
    public void A_chair_without_an_organisation_in_a_list_is_still_the_host()
    {
        var discussion = English("Panelists:\nAnn Holt, Professor, Lakeside University\nTom Reyes, President, Hosts Association\nMara Lind, Chair");
        Assert.Equal("Mara Lind", discussion.Host);
        Assert.Equal(["Ann Holt", "Tom Reyes"], Names(discussion));
    }

    [Theory]
    [InlineData("Panelists:\n- Ann Holt, Professor, Lakeside University\n- Tom Reyes, President, Hosts Association\nAssistant City Manager Darnell Okoro will facilitate the discussion.", "Darnell Okoro")]
    [InlineData("Hey everyone! I'm your host, Priya Raman, and as always you can send in your questions.\nJoining me:\n- Ann Holt – economist\n- Tom Reyes – organizer", "Priya Raman")]
    public void A_facilitator_and_your_host_name_the_host(string body, string host)
    {
        Assert.Equal(host, English(body).Host);
    }

    [Theory]
    [InlineData("Euer Host ist wie immer Deniz Arslan.\nMit dabei:\n- Mareike Holl – Zimmerin\n- Jun Becker – Bildungsforscher", "Deniz Arslan")]
    [InlineData("Als Sachverständige sind eingeladen:\nAnja Lüttge – Universität Paderborn\nMarek Nowotny – Landesvorsitzender\nDen Vorsitz führt die Ausschussvorsitzende Dr. Miriam Beck (SPD).", "Miriam Beck")]
    public void A_host_named_as_usual_and_a_chair_taking_the_chair_name_the_host(string body, string host)
    {
        Assert.Equal(host, Doc(body).Host);
    }

    [Theory]
    [InlineData("Über diese Fragen sprechen an diesem Abend Menschen, die sich seit Jahren mit ihnen beschäftigen. Aus Lagos angereist ist die Kunsthistorikerin Dr. Ngozi Eze, die an der University of Lagos lehrt. Ihr gegenüber sitzt Friedrich von der Au, Provenienzforscher am Deutschen Zentrum Kulturgut. Die Perspektive der Stadt bringt Amara Diallo ein, Vorsitzende des Vereins Postkolonial. Durch den Abend führt unsere Direktorin Dr. Ines Carl.",
        "Ngozi Eze", "Friedrich von der Au", "Amara Diallo")]
    public void Guests_introduced_one_per_sentence_after_a_panel_sentence_that_names_no_one_are_the_panel(string body, params string[] expected)
    {
        var discussion = Doc(body);
        Assert.Equal(expected, Names(discussion));
        Assert.Equal("Ines Carl", discussion.Host);
    }

    [Theory]
    [InlineData("Darüber sprechen an diesem Abend Menschen, die sich auskennen. Bundeskanzlerin Eva Roth hatte am Montag neue Regeln angekündigt. Landrat Tim Berg sagte, er sei dagegen.")]
    [InlineData("Darüber sprechen an diesem Abend Menschen, die sich auskennen. Aus Berlin angereist ist die Ökonomin Eva Roth. Die Sendung läuft um 20 Uhr.")]
    public void News_after_an_unnamed_panel_and_a_single_described_person_are_no_panel(string body)
    {
        Assert.Empty(Doc(body).Panel);
    }

    [Theory]
    [InlineData("Gäste:\nPetra Vogel, Kommissarin\nJörg Anhalt, Referent\nTelefonisch zugeschaltet ist Hildegard Brünings aus Celle. Die 82-Jährige hätte beinahe ihr Erspartes verloren.", "Petra Vogel", "Jörg Anhalt", "Hildegard Brünings")]
    [InlineData("Gäste:\nPetra Vogel, Kommissarin\nJörg Anhalt, Referent\nSpäter kommt noch Lea Stein dazu.", "Petra Vogel", "Jörg Anhalt", "Lea Stein")]
    public void A_guest_added_in_prose_beside_a_listed_panel_belongs_to_it(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(Doc(body)));
    }
}
