using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// Where the host stands and what is not a host: a host's role word in a lead-in before a guest list ("Join host X and
/// our guests:", "… Guest host X talks to:"), a host phrase whose sentence goes on after the name ("Chaired by X, the
/// debate brings together …"), two verbs before "by" ("Hosted and produced by X"), "X leads a conversation with …", the
/// person who talks with the guests ("spricht X mit drei Gästen"); a rank before the name is no part of it
/// ("Vice-Chair X"); a show named like an organisation is no presenter. Short synthetic snippets.
/// </summary>
public sealed class HostShapeMechanismTests
{
    [Theory]
    [InlineData("Join host Tamsin Larkspur and our guests:\nOliver Pelt, teacher, Brackwell Academy\nGrace Hatchard, nurse, Fenwick Hospital", "Tamsin Larkspur")]
    [InlineData("Wednesday, 9:06 a.m. Guest host Tamsin Larkspur (sitting in for Owen Marsh) talks to:\nOliver Pelt, teacher at Brackwell Academy\nGrace Hatchard, nurse at Fenwick Hospital", "Tamsin Larkspur")]
    [InlineData("Host Tamsin Larkspur takes your calls with two guests: Oliver Pelt, a teacher at Brackwell Academy; and Grace Hatchard, a nurse at Fenwick Hospital.", "Tamsin Larkspur")]
    public void A_host_word_in_the_lead_in_of_a_guest_list(string body, string host)
    {
        Assert.Equal(host, English(body).Host);
    }

    [Theory]
    [InlineData("Chaired by the journalist Tamsin Larkspur, the debate brings together Oliver Pelt, a teacher at Brackwell Academy; Grace Hatchard, a nurse at Fenwick Hospital; and Owen Marsh of the Fenwick Trust.", "Tamsin Larkspur")]
    [InlineData("Hosted and produced by Tamsin Larkspur. Guests: Oliver Pelt (Brackwell Academy), Grace Hatchard (Fenwick Hospital).", "Tamsin Larkspur")]
    [InlineData("Then the Ledger's columnist Tamsin Larkspur leads a conversation with Oliver Pelt, a teacher at Brackwell Academy, and Grace Hatchard, a nurse at Fenwick Hospital.", "Tamsin Larkspur")]
    [InlineData("The meeting will be chaired by Vice-Chair Tamsin Larkspur. Witnesses: Oliver Pelt (Brackwell Academy), Grace Hatchard (Fenwick Hospital).", "Tamsin Larkspur")]
    public void English_host_phrases_whatever_follows_the_name(string body, string host)
    {
        Assert.Equal(host, English(body).Host);
    }

    [Theory]
    [InlineData("In dieser Folge spricht Karin Sarnow mit drei Gästen darüber, was hilft. Mit dabei ist die Ärztin Julia Quastorf.", "Karin Sarnow")]
    [InlineData("Karin Sarnow spricht darüber mit der Ärztin Julia Quastorf und dem Landwirt Jonas Ubbelohde.", "Karin Sarnow")]
    [InlineData("Heute diskutiert Karin Sarnow mit ihren Gästen, der Ärztin Julia Quastorf und dem Landwirt Jonas Ubbelohde.", "Karin Sarnow")]
    public void German_the_person_who_talks_with_the_guests(string body, string host)
    {
        Assert.Equal(host, Doc(body).Host);
    }

    [Fact]
    public void A_show_named_like_an_organisation_is_no_presenter()
    {
        var d = Doc("Podium\nDr. Julia Quastorf | Kuratorin | Stadtmuseum Talwinkel\nJonas Ubbelohde | Historiker | Universität Talwinkel\nDas Landesmuseum Talwinkel lädt ein.", show: "Landesmuseum Talwinkel");
        Assert.Null(d.Host);
    }
}
