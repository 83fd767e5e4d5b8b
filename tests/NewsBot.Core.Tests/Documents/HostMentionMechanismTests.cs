using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The host from prose in any wording: a host's role word right before the name whatever the verb, the moderation as
/// the object of a verb of taking, the person the guests are with (by first name), never the host of another edition,
/// never a show or organisation without a given name.
/// </summary>
public sealed class HostMentionMechanismTests
{
    [Theory]
    [InlineData("Host Olivia Okafor-Brandt takes your calls with teacher Oliver Pelt and nurse Grace Hatchard.", "Olivia Okafor-Brandt")]
    [InlineData("Presenter Emrys ap Tudur chairs a studio debate with teacher Oliver Pelt and nurse Grace Hatchard.", "Emrys ap Tudur")]
    [InlineData("Tonight co-host Olivia Okafor-Brandt sits in the big chair while the farmer Oliver Pelt and the nurse Grace Hatchard argue it out.", "Olivia Okafor-Brandt")]
    public void English_host_role_word_before_the_name_whatever_the_verb(string body, string host)
    {
        Assert.Equal(host, English(body).Host);
    }

    [Theory]
    [InlineData("Durch die Fragen der Hörer lotst Moderatorin Karin Sarnow. Es diskutieren die Ärztin Julia Quastorf und der Landwirt Jonas Ubbelohde.", "Karin Sarnow")]
    [InlineData("Danach übernahm die NDR-Journalistin Karin Sarnow die Moderation. Die Ärztin Julia Quastorf und der Landwirt Jonas Ubbelohde diskutierten.", "Karin Sarnow")]
    [InlineData("An diesem Abend hat Karin Sarnow die Gesprächsleitung. Es diskutieren die Ärztin Julia Quastorf und der Landwirt Jonas Ubbelohde.", "Karin Sarnow")]
    [InlineData("Die Ärztin Julia Quastorf und der Landwirt Jonas Ubbelohde diskutieren. Zu Beginn übernimmt Karin Sarnow die Gesprächsleitung.", "Karin Sarnow")]
    public void German_host_whatever_the_wording(string body, string host)
    {
        Assert.Equal(host, Doc(body).Host);
    }

    [Theory]
    [InlineData("This morning Olivia Okafor-Brandt opens the phone lines. In the studio with Olivia: teacher Oliver Pelt; nurse Grace Hatchard; and farmer Oscar Aberdare.", "Olivia Okafor-Brandt")]
    [InlineData("Today Olivia Okafor-Brandt takes the show on the road. Joining Olivia are teacher Oliver Pelt and nurse Grace Hatchard.", "Olivia Okafor-Brandt")]
    public void The_person_the_guests_are_with_is_the_host(string body, string host)
    {
        Assert.Equal(host, English(body).Host);
    }

    [Theory]
    [InlineData("In the studio are teacher Oliver Pelt and nurse Grace Hatchard. Yesterday's programme, with Oscar Aberdare in the chair, discussed potholes.")]
    [InlineData("In the studio are Oliver Pelt, who chairs the Fenwick Tenants' Association, and the nurse Grace Hatchard.")]
    [InlineData("In the studio are teacher Oliver Pelt and nurse Grace Hatchard. The library will host Oscar Aberdare next spring.")]
    public void No_host_of_another_edition_a_chair_elsewhere_or_a_verb(string body)
    {
        Assert.Null(English(body).Host);
    }
}
