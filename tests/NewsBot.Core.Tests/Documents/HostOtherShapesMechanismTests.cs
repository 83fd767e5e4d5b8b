using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// Hosts introduced in shapes beyond the host phrases: a nickname in quotes inside the name (streams), a description before
/// the name (a department, a number), a time word between "presented" and "by", the person the guests join or whose
/// questions they face, the answer to "Wer moderiert?", the show's name with "with X", a list line "Moderator — X", a
/// moderation field inside a run-on listing record, a show's title in quotes (no reported speech) and a journalist
/// named after a verb of talk. Short synthetic snippets.
/// </summary>
public sealed class HostOtherShapesMechanismTests
{
    private const string Guests = "\nTalvik Brennholm – geologist, Harbour Institute\nJorunn Aspelund – attorney, Kernow Law";

    [Theory]
    [InlineData("Your host: Orla \"Owl\" Fenwright\nOur guests:" + Guests)]
    [InlineData("Your host as always is yours truly, Orla \"Owl\" Fenwright. Our guests:" + Guests)]
    [InlineData("Tonight your host Orla \"Owl\" Fenwright is joined by:" + Guests)]
    [InlineData("Host: Owl (Orla Fenwright)\nOur guests:" + Guests)]
    public void English_a_nickname_in_quotes_is_no_name_word_nor_a_quotation(string body)
    {
        Assert.Equal("Orla Fenwright", English(body).Host);
    }

    [Theory]
    [InlineData("Streamerin Wiebke „Wib“ Tornquist holt sich wieder Leute vors Mikro, die es wissen:\n► Ysolde Brackmöller – Geologin\n► Casimir Quenneville – Jurist")]
    [InlineData("Moderation: Wiebke »Wib« Tornquist\nGäste: Ysolde Brackmöller (Geologin), Casimir Quenneville (Jurist)")]
    [InlineData("Heute Abend streamt wieder Streamer Wiebke „Wib“ Tornquist mit zwei Gästen: Ysolde Brackmöller (Geologin) und Casimir Quenneville (Jurist).")]
    public void German_a_streamer_and_a_nickname(string body)
    {
        Assert.Equal("Wiebke Tornquist", Doc(body).Host);
    }

    [Theory]
    [InlineData("Join us for a conversation led by our Director of Collections, Orla Fenwright.")]
    [InlineData("The conversation will be moderated by the Harbour Trust's Head of Policy, Orla Fenwright.")]
    [InlineData("Leading the conversation will be our own Ward 7 Director Orla Fenwright.")]
    [InlineData("Presented this week by Orla Fenwright, the programme asks whether harbours can be saved.")]
    [InlineData("Hosted tonight by Orla Fenwright, the debate asks whether harbours can be saved.")]
    public void English_a_description_or_a_time_word_before_the_host(string body)
    {
        Assert.Equal("Orla Fenwright", English(body + " Guests are geologist Talvik Brennholm and attorney Jorunn Aspelund.").Host);
    }

    [Theory]
    [InlineData("Am Mikrofon ist heute Wiebke Tornquist.")]
    [InlineData("Wer moderiert? Die Kulturredakteurin Wiebke Tornquist")]
    [InlineData("Vier Gäste stellen sich den Fragen von NDR-Moderatorin Wiebke Tornquist.")]
    [InlineData("Darüber spricht die Kulturjournalistin Wiebke Tornquist mit der Geologin Ysolde Brackmöller.")]
    [InlineData("Wiebke Tornquist wird heute von der Geologin Ysolde Brackmöller und dem Juristen Casimir Quenneville begleitet.")]
    public void German_the_host_in_a_statement_answer_or_question_shape(string body)
    {
        Assert.Equal("Wiebke Tornquist", Doc(body).Host);
    }

    [Theory]
    [InlineData("On Tuesday's programme, Orla Fenwright is joined in the studio by Dr. Talvik Brennholm, a geologist, and by Jorunn Aspelund, an attorney.")]
    [InlineData("Orla Fenwright is joined by the geologist Talvik Brennholm and the attorney Jorunn Aspelund.")]
    [InlineData("Who is hosting? Our features editor Orla Fenwright.")]
    [InlineData("The panel will take questions from presenter Orla Fenwright.")]
    [InlineData("Host Orla Fenwright brings her podcast \"Deep Harbour\" to the stage with geologist Talvik Brennholm.")]
    public void English_the_host_in_a_statement_answer_or_question_shape(string body)
    {
        Assert.Equal("Orla Fenwright", English(body).Host);
    }

    [Theory]
    [InlineData("Talkback with Orla Fenwright — Radio Kernow — Friday 11 December", "Talkback", "Orla Fenwright")]
    [InlineData("Listen to Talkback with Orla Fenwright on weekdays from 10 am.", "Talkback", "Orla Fenwright")]
    [InlineData("Nachtcafé mit Wiebke Tornquist – SWR – Freitag, 22 Uhr", "Nachtcafé", "Wiebke Tornquist")]
    public void The_shows_name_with_a_person(string line, string show, string host)
    {
        Assert.Equal(host, Doc(line + "\nGuests are geologist Talvik Brennholm and attorney Jorunn Aspelund.", EnglishNews, show).Host);
    }

    [Theory]
    [InlineData("Speakers, in order of appearance:\nTalvik Brennholm — Senior Fellow, Harbour Institute\nJorunn Aspelund — Attorney, Kernow Law\nModerator — Orla Fenwright, Correspondent, Radio Kernow", "Orla Fenwright")]
    [InlineData("Speakers:\nTalvik Brennholm – Senior Fellow, Harbour Institute\nJorunn Aspelund – Attorney, Kernow Law\nChair – Orla Fenwright, Editor, Kernow Post", "Orla Fenwright")]
    [InlineData("Auf dem Podium:\nYsolde Brackmöller – Geologin, Universität Talwinkel\nCasimir Quenneville – Jurist, Hafenverband\nModeration – Wiebke Tornquist, NDR", "Wiebke Tornquist")]
    public void A_list_line_that_opens_with_a_moderation_label_and_a_dash(string body, string host)
    {
        var discussion = Doc(body);
        Assert.Equal(host, discussion.Host);
        Assert.DoesNotContain(discussion.Panel, e => e.Name == host);
    }

    [Theory]
    [InlineData("Hafen im Wandel. Diskussion, D 2027, 90 Min. Mod.: Wiebke Tornquist Gäste: Dr. Ysolde Brackmöller (Universität Talwinkel), Casimir Quenneville (Hafenverband) Redaktion: Kai Lund")]
    [InlineData("Talwinkel TV | Do 18.03. | 20:15 | Gespräch | Hafen im Wandel? Importe sind unsicher. Moderation: Wiebke Tornquist Gäste: Dr. Ysolde Brackmöller (Universität Talwinkel), Casimir Quenneville (Hafenverband)")]
    [InlineData("Hafen im Wandel – das Gespräch. Leitung: Wiebke Tornquist Mit: Dr. Ysolde Brackmöller (Universität Talwinkel), Casimir Quenneville (Hafenverband)")]
    public void German_a_moderation_field_in_a_run_on_listing_record(string body)
    {
        Assert.Equal("Wiebke Tornquist", Doc(body).Host);
    }

    [Theory]
    [InlineData("Heute Abend im Talwinkel-Fernsehen: Gastgeber Kai Vanterpool hat für seine Sendung „Hafen und Markt“ wieder eine Runde eingeladen.", "Kai Vanterpool")]
    [InlineData("Moderatorin Wiebke Tornquist stellt in der Reihe »Stadtgespräch« zwei Gäste vor: die Geologin Ysolde Brackmöller und den Juristen Casimir Quenneville.", "Wiebke Tornquist")]
    public void German_a_shows_title_in_quotes_is_no_reported_speech(string body, string host)
    {
        Assert.Equal(host, Doc(body).Host);
    }

    [Theory]
    [InlineData("Im Gespräch diskutiert der Geologe Dr. Kai Vanterpool mit der Historikerin Ysolde Brackmöller über den Hafen.")]
    [InlineData("Innenminister Kai Vanterpool sagte, man müsse „alles auf den Tisch legen“. Moderatorin Wiebke Tornquist hatte ihn gefragt.")]
    [InlineData("Wer moderiert? Das steht noch nicht fest.")]
    public void German_no_host_from_a_described_guest_a_quotation_or_an_open_answer(string body)
    {
        Assert.NotEqual("Kai Vanterpool", Doc(body).Host);
        Assert.NotEqual("Das", Doc(body).Host?.Split(' ')[0]);
    }
}
