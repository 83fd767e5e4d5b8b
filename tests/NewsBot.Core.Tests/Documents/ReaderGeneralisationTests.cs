using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The mechanisms added while generalising the reader to unseen pages (relative clauses inside a guest series, German
/// verbs before a guest, semicolon records, post-nominals after a comma, hosts in prose and labels, future-tense
/// series, clause ends of affiliations), each on short synthetic snippets.
/// </summary>
public sealed class ReaderGeneralisationTests
{
    [Theory]
    [InlineData("Heute spricht Moderatorin Eva Roth mit der Ärztin Dr. Lena Kurz von der Charité, die seit Jahren untersucht, warum Menschen schlecht schlafen, mit dem Ethiker Tim Berg von der Universität Bonn sowie mit der Autorin Ida Meyer, deren Roman viel diskutiert wurde.",
        "Lena Kurz|Ärztin|Charité", "Tim Berg|Ethiker|Universität Bonn", "Ida Meyer|Autorin|")]
    [InlineData("Auf dem Podium saßen die Kinder- und Jugendpsychiaterin Dr. Anna Weiß von der Uniklinik Köln, der Lehrer Jan Pohl, die Vorsitzende der Elternschaft, Maria Lenz, und Tom Kraus.",
        "Anna Weiß|Kinder- und Jugendpsychiaterin|Uniklinik Köln", "Jan Pohl|Lehrer|", "Maria Lenz|Vorsitzende|Elternschaft", "Tom Kraus||")]
    [InlineData("Im Studio beantwortet der Hydrologe Dr. Karl Brand von der Universität Gießen Ihre Fragen, außerdem ist Feuerwehr-Experte Olaf Stein vom Deutschen Roten Kreuz zu Gast.",
        "Karl Brand|Hydrologe|Universität Gießen", "Olaf Stein|Feuerwehr-Experte|Deutschen Roten Kreuz")]
    public void German_prose_series_survive_relative_clauses_verbs_and_appositions(string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(body)));
    }

    [Theory]
    [InlineData("Auf dem Podium: Pfarrer Dr. Jonas Hell, Seelsorger am Klinikum Ulm; Petra Sand MdB (Bündnis 90/Die Grünen), Berichterstatterin ihrer Fraktion für das Gesetz; Hospizbegleiterin Maria Ost aus Landshut.",
        "Jonas Hell|Seelsorger|Klinikum Ulm", "Petra Sand|Berichterstatterin ihrer Fraktion für das Gesetz|Bündnis 90/Die Grünen", "Maria Ost|Hospizbegleiterin|Landshut")]
    public void A_semicolon_list_is_split_into_records_at_its_semicolons(string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(body)));
    }

    [Theory]
    [InlineData("Featured Speakers\nMei Tsai, Ph.D.\nSenior Fellow, Pacific Policy Institute\nRear Admiral Tom J. Field, USN (Ret.)\nDistinguished Fellow, Pacific Policy Institute",
        "Mei Tsai|Senior Fellow|Pacific Policy Institute", "Tom J. Field|Distinguished Fellow|Pacific Policy Institute")]
    [InlineData("Guests\nSen. Ruth Call (D-Ore.)\nRaj Menon, columnist, Midwest Herald",
        "Ruth Call||D-Ore.", "Raj Menon|columnist|Midwest Herald")]
    public void Ranks_and_post_nominals_after_a_comma_are_not_part_of_the_name(string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(body, EnglishNews, "Events")));
    }

    [Theory]
    [InlineData("Join us today at 12:30 p.m. for a live conversation. Chief economics correspondent Dana Fuentes, labor reporter Mark Oyelowo and Wall Street reporter Hye-jin Park will walk through the report and take your questions.",
        "Dana Fuentes|Chief economics correspondent|", "Mark Oyelowo|labor reporter|", "Hye-jin Park|Wall Street reporter|")]
    [InlineData("On this episode, host Priya Mehta sits down with Ramón Etxe, senior economist at the Urban Institute, and Teresa Boyd, a member of the Minneapolis City Council who led the push for zoning reform.",
        "Ramón Etxe|senior economist|Urban Institute", "Teresa Boyd|member|Minneapolis City Council")]
    [InlineData("Polar explorer and author Dr Ingrid Hald and historian Professor Kofi Boa of the University of Edinburgh join broadcaster Harriet Quinn in conversation about the exhibition.",
        "Ingrid Hald|Polar explorer and author|", "Kofi Boa|historian|University of Edinburgh")]
    public void English_prose_introduces_guests_in_future_tense_series_and_conversations(string body, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(body, EnglishNews, "Events")));
    }

    [Theory]
    [InlineData("Am Mikrofon: Sönke Harm\nGäste:\nAnna Berg – Fachanwältin für Erbrecht\nNächste Woche am Mikrofon: Jana Feuer", "Sönke Harm")]
    [InlineData("Auf dem Podium sitzen die Schäferin Gesa Heit und der Biologe Tom Sand. Moderieren wird Redakteur Björn Olsen, der seit Jahren darüber berichtet.", "Björn Olsen")]
    [InlineData("Es diskutieren die Ärztin Gesa Heit und der Biologe Tom Sand. Das Gespräch führt Lara Stein.", "Lara Stein")]
    public void German_hosts_come_from_microphone_labels_and_prose(string body, string host)
    {
        Assert.Equal(host, Doc(body).Host);
    }

    [Theory]
    [InlineData("Session chair\nProf. Aoife Ní Bhriain, University College Dublin\nPanellists\nDr Ola Fraser, Consultant, NHS Lothian\nRhys Gall, Patient Representative, Voices Scotland", "Aoife Ní Bhriain")]
    [InlineData("On this episode, host Priya Mehta sits down with Ramón Etxe, senior economist at the Urban Institute.", "Priya Mehta")]
    [InlineData("This week, guest host Marcus Hale, filling in for moderator Jennifer Cast, talks with a senator.\nGuests\nSen. Ruth Call (D-Ore.)\nRaj Menon, columnist, Midwest Herald", "Marcus Hale")]
    [InlineData("Explorer Ingrid Hald and historian Kofi Boa join broadcaster Harriet Quinn in conversation about the exhibition.", "Harriet Quinn")]
    public void English_hosts_come_from_session_labels_and_prose(string body, string host)
    {
        var d = Doc(body, EnglishNews, "Events");
        Assert.Equal(host, d.Host);
        Assert.DoesNotContain(d.Panel, e => e.Name == host);
    }
}
