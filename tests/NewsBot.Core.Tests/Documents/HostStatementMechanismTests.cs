using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// Where a text states the host's role, whatever the verb: the role before the person ("Chairing the event is X", "Durch
/// den Nachmittag führt X", "Moderiert wurde der Abend von X", "Your host, as always: X"), the subject of a verb of
/// leading whose object is the discussion ("X chairs a studio debate"), the subject of a verb of talk whose companion is a
/// described guest ("X spricht an diesem Abend mit der Geologin …"), of welcoming the guests ("X begrüßt am Montag
/// folgende Gäste:"), the bare name a described guest talks to, a pronoun in conversation after a sentence that has the
/// host talk, a "Moderated by" line among the guests and a bio under a "Chair" label; the host is never also a panelist.
/// Short synthetic snippets.
/// </summary>
public sealed class HostStatementMechanismTests
{
    [Theory]
    [InlineData("Chairing the event is the broadcaster Wenna Trelawny.", "Wenna Trelawny")]
    [InlineData("Chairing the evening will be journalist Wenna Trelawny.", "Wenna Trelawny")]
    [InlineData("Your host, as always: Wenna \"Kernow\" Trelawny", "Wenna Trelawny")]
    public void English_the_role_before_the_person(string body, string host)
    {
        Assert.Equal(host, English("Tonight's panel debates the harbour. " + "Ysolde Brackmöller, geologist, and Casimir Quenneville, attorney, join the panel.\n" + body).Host);
    }

    [Theory]
    [InlineData("Durch den Nachmittag führt die Journalistin Wiebke Tornquist.", "Wiebke Tornquist")]
    [InlineData("Moderiert wurde der Abend von NDR-Redakteurin Wiebke Tornquist.", "Wiebke Tornquist")]
    [InlineData("Unsere Gastgeberin wie immer: Wiebke Tornquist", "Wiebke Tornquist")]
    public void German_the_role_before_the_person(string body, string host)
    {
        Assert.Equal(host, Doc(body).Host);
    }

    [Theory]
    [InlineData("As the vote nears, Wenna Trelawny chairs an extended studio debate.", "Wenna Trelawny")]
    [InlineData("Radio Kernow's Wenna Trelawny presents tonight's special from Truro.", "Wenna Trelawny")]
    [InlineData("The Revd Wenna Trelawny, Vicar of St Ives, hosts an evening of reflection and debate.", "Wenna Trelawny")]
    public void The_subject_of_a_verb_of_leading_whose_object_is_the_discussion(string body, string host)
    {
        Assert.Equal(host, English(body).Host);
    }

    [Theory]
    [InlineData("Studienleiterin Dr. Wiebke Tornquist spricht an diesem Abend mit der Geologin Prof. Dr. Ysolde Brackmöller von der Universität Talwinkel.", "Wiebke Tornquist")]
    [InlineData("Am Dienstag, dem 3. März, diskutiert Referentin Wiebke Tornquist ab 18 Uhr im Livestream mit Gästen aus Forschung und Praxis.", "Wiebke Tornquist")]
    [InlineData("Wiebke Tornquist begrüßt am Montag, 2. März, um 21 Uhr folgende Gäste:\nYsolde Brackmöller (SPD), Bürgermeisterin\nCasimir Quenneville, Ökonom", "Wiebke Tornquist")]
    public void German_the_person_who_talks_with_or_welcomes_the_guests(string body, string host)
    {
        Assert.Equal(host, Doc(body).Host);
    }

    [Theory]
    [InlineData("This week, Wenna Trelawny sits down with media economist Dr. Casimir Quenneville of the Talwinkel Institute to talk about local radio.", "Wenna Trelawny")]
    [InlineData("On Friday, Wenna Trelawny welcomes three guests to the studio. The geologist Ysolde Brackmöller and the attorney Casimir Quenneville discuss the harbour.", "Wenna Trelawny")]
    [InlineData("The geologist Dr. Ysolde Brackmöller of the Talwinkel Institute talks to Wenna Trelawny about rock. They are joined by the attorney Casimir Quenneville.", "Wenna Trelawny")]
    public void English_the_person_who_talks_with_the_guests_or_to_whom_a_guest_talks(string body, string host)
    {
        Assert.Equal(host, English(body).Host);
    }

    [Theory]
    [InlineData("Darüber spricht Kuratorin Wiebke Tornquist am Freitag im Saal.\nSie ist im Gespräch mit dem Historiker Dr. Casimir Quenneville von der Universität Talwinkel.", "Wiebke Tornquist")]
    [InlineData("Am Mittwoch ist die Geologin Dr. Ysolde Brackmöller zu Gast. In ihrem Gespräch mit Bibliotheksleiter Gerolf Ambrosius geht es um Steine.", "Gerolf Ambrosius")]
    [InlineData("Wiebke Tornquist spricht am Freitag über das Watt. Sie ist im Gespräch mit der Geologin Ysolde Brackmöller.", "Wiebke Tornquist")]
    public void German_a_pronoun_in_conversation_and_a_guests_conversation(string body, string host)
    {
        Assert.Equal(host, Doc(body).Host);
    }

    [Theory]
    [InlineData("Am Mikrofon: Wiebke Tornquist. Im Studio antworten die Geologin Ysolde Brackmöller und der Jurist Casimir Quenneville.", "Wiebke Tornquist")]
    [InlineData("Moderation: Wiebke Tornquist. Es diskutieren die Geologin Ysolde Brackmöller und der Jurist Casimir Quenneville.", "Wiebke Tornquist")]
    [InlineData("Gastgeberin: Wiebke Tornquist. Zu Gast sind die Geologin Ysolde Brackmöller und der Jurist Casimir Quenneville vom Landesverband.", "Wiebke Tornquist")]
    public void A_host_field_ends_with_its_sentence(string body, string host)
    {
        var d = Doc(body);
        Assert.Equal(host, d.Host);
        Assert.DoesNotContain(d.Panel, e => e.Name == host);
    }

    [Fact]
    public void A_pronoun_after_a_guests_bio_names_no_host()
    {
        Assert.Null(English("Associate Professor Ysolde Brackmöller has tested essays for years. She is in conversation with coordinator Casimir Quenneville of Talwinkel College.").Host);
    }

    [Theory]
    [InlineData("Our panel:\nYsolde Brackmöller — geologist, Talwinkel Institute\nCasimir Quenneville — attorney, Talwinkel Law\nModerated by Radio Kernow reporter Wenna Trelawny.", "Wenna Trelawny")]
    [InlineData("Speakers\nYsolde Brackmöller is a geologist at the Talwinkel Institute.\nCasimir Quenneville is an attorney at Talwinkel Law.\nChair\nProfessor Sir Gerolf Ambrosius is Director of the Talwinkel Institute.", "Gerolf Ambrosius")]
    [InlineData("The geologist Ysolde Brackmöller and the attorney Casimir Quenneville discuss the harbour on our panel. Chairing the event is the broadcaster Wenna Trelawny.", "Wenna Trelawny")]
    public void The_host_is_never_also_a_panelist(string body, string host)
    {
        var d = English(body);
        Assert.Equal(host, d.Host);
        Assert.DoesNotContain(d.Panel, e => e.Name == host);
    }
}
