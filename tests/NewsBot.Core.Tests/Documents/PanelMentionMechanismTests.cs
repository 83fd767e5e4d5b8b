using NewsBot.Core.Documents;
using NewsBot.Core.Documents.People;
using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The ninth unseen set's panel mechanisms (who is on the panel): what a person mention looks like against a title or a
/// sentence start, listing records separated by middle dots, a member's bracket that ends a run-on field, guests a
/// paragraph introduces before the sentence that adds one more, "der/die Nomen Name", and the partner after "mit" in a report; each on short synthetic snippets with invented names.
/// </summary>
public sealed class PanelMentionMechanismTests
{
    private static string[] Names(Discussion d) => d.Panel.Select(e => e.Name).ToArray();

    private static string? NameAt(string text) => NameReader.At(Tokens.Of(text), 0)?.Name;

    [Theory]
    [InlineData("Who Audits the Auditors?")]
    [InlineData("Eine Anmeldung ist erbeten.")]
    [InlineData("Financing Preparedness After the Accord")]
    [InlineData("Cities Without Cars")]
    [InlineData("Wie Viel Wald Braucht das Land?")]
    [InlineData("Leben Ohne Auto")]
    public void Capitalised_words_with_a_function_word_are_a_title_or_a_sentence_start_not_a_name(string text)
    {
        Assert.Null(NameAt(text));
    }

    [Theory]
    [InlineData("Wenke Adolphsen, Referentin", "Wenke Adolphsen")]
    [InlineData("Tammo Wendrich (SPD)", "Tammo Wendrich")]
    [InlineData("Dr. Imke van der Gracht spricht", "Imke van der Gracht")]
    [InlineData("Can Ortaköylü, Journalist", "Can Ortaköylü")]
    public void A_name_before_punctuation_or_a_lower_case_word_is_still_read(string text, string expected)
    {
        Assert.Equal(expected, NameAt(text));
    }

    [Theory]
    [InlineData("Die Mieten steigen weiter, obwohl die Bremse gilt. Die Stadt plant ein Gesetz, das noch im Frühjahr kommen soll. Moderation: Jorinde Kalweit Gäste: Dr. Thomas Ostendarp (Geschäftsführer Mieterverein Nordheim) · Julia Sandmann (Grüne, wohnungspolitische Sprecherin) · Martin Pöhlking (Stadtsoziologe, Universität Nordheim) Wiederholung: Do 19.02., 01:30 Genre: Politik", "Thomas Ostendarp", "Julia Sandmann", "Martin Pöhlking")]
    [InlineData("Die Zahl der Wölfe wächst, und mit ihr der Streit zwischen Bauern und Naturschutz in den Bergen. Moderation: Rasmus Ehlting Gäste: Anna Hollenbeck (Wildbiologin, Universität Südheim) • Peter Wastl (Almbauer, Bauernverband) • Sarah Lammersiek (Referentin, Naturschutzbund) Wiederholung: Do 22.10. 01:20", "Anna Hollenbeck", "Peter Wastl", "Sarah Lammersiek")]
    [InlineData("Rents keep rising although the freeze applies, and the council wants a housing bill by the spring. Presenter: Maren Tollfield Guests: Dr. David Pembury (director, Tenants Union) · Laura Crowhurst (Green Party, housing spokesperson) · James Wensley (sociologist, Northgate University) Repeat: Thu 01:30", "David Pembury", "Laura Crowhurst", "James Wensley")]
    public void Middle_dots_or_bullets_separate_the_members_of_a_run_on_guest_field(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(Doc(body)));
    }

    [Theory]
    [InlineData("Der Streit um den Deich geht weiter, und die Gemeinde hat zur Sendung eingeladen, Diskussion, 90 Min. Moderation: Hauke Lindemeyer Gäste: Dr. Maria Siebels (Küstenforscherin, Universität Nordheim), Michael Harms (Landwirt, Bauernverband), Julia Brüning (Referentin Naturschutzbund) Wie viel Deich braucht das Land? Stereo, HD, Untertitel.", "Maria Siebels", "Michael Harms", "Julia Brüning")]
    [InlineData("Der Streit um den Deich geht weiter, und die Gemeinde hat zur Sendung eingeladen, Diskussion, 90 Min. Moderation: Hauke Lindemeyer Gäste: Dr. Maria Siebels (Küstenforscherin, Universität Nordheim), Michael Harms (Landwirt, Bauernverband), Julia Brüning (Referentin Naturschutzbund) Die Sendung läuft live. Stereo, HD, Untertitel.", "Maria Siebels", "Michael Harms", "Julia Brüning")]
    [InlineData("The dispute over the sea wall goes on, and the council has invited viewers to the debate, discussion, 90 min. Presenter: Mabel Thornbury Guests: Dr. Emma Eskdale (coastal scientist, Northgate University), Daniel Trevassick (farmer, Farmers Union), Sarah Moule (officer Wildlife Trust) How much wall does the coast need? Stereo, HD, subtitles.", "Emma Eskdale", "Daniel Trevassick", "Sarah Moule")]
    public void A_sentence_after_a_members_bracket_ends_the_run_on_guest_field(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(Doc(body)));
    }

    [Theory]
    [InlineData("Am Abend lädt der Verein zu einem Gespräch ein.\nStudienleiterin Dr. Wendelin Oberhäuser spricht an diesem Abend mit der Hydrologin Prof. Dr. Almut Keppeler von der Hochschule Südheim. Ihr zur Seite sitzt der Landwirt Jost Immenkamp vom Bauernverband. Komplettiert wird die Runde durch den Umweltjuristen Tjark Sennholm.", "Almut Keppeler", "Jost Immenkamp", "Tjark Sennholm")]
    [InlineData("Am Donnerstag um 22.15 Uhr diskutiert Godehard Wenning mit der Pflegeforscherin Dr. Imma Strotmann von der Hochschule Nordheim über die Krise. Die Perspektive der Kassen bringt Lorenz Budde ein, Vorstand der Kasse Nordheim. Aus Bremen zugeschaltet wird die Pflegeexpertin Sanne Kühling.", "Imma Strotmann", "Lorenz Budde", "Sanne Kühling")]
    [InlineData("Tonight the library hosts a debate on the river.\nHost Edwina Farrow talks with the hydrologist Dr. Piers Morlaix of Northgate University. The farmer Gideon Flintholm of the Farmers Union brings the growers' view. Rounding out the panel is the lawyer Ottilie Brandreth.", "Piers Morlaix", "Gideon Flintholm", "Ottilie Brandreth")]
    public void Guests_a_paragraph_introduces_before_the_sentence_that_adds_one_more_are_the_panel(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(Doc(body)));
    }

    [Theory]
    [InlineData("Am Abend lädt der Verein zu einem Gespräch ein.\nDie Ministerin Dr. Ilka Varnhorst hatte im Mai neue Regeln angekündigt. Komplettiert wird die Runde durch den Umweltjuristen Tjark Sennholm.", "Tjark Sennholm")]
    [InlineData("Am Abend lädt der Verein zu einem Gespräch ein.\nZur Begrüßung spricht Bürgermeisterin Hedda Rolfsmeier, Vorsitzende des Rates. Außerdem ist der Landwirt Jost Immenkamp vom Bauernverband zugeschaltet.", "Jost Immenkamp")]
    public void News_and_other_programme_items_before_the_adding_sentence_stay_out(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(Doc(body)));
    }

    [Theory]
    [InlineData("Rund 200 Menschen verfolgten die Diskussion über die Innenstadt.\nDen Ton setzte die Stadtplanerin Prof. Dr. Mareike Lohbeck von der Hochschule Südheim. Die Architektin Inès Vautrin-Kühl vom Büro Atelier Süd zeigte Beispiele.", "Inès Vautrin-Kühl")]
    [InlineData("Rund 200 Menschen verfolgten die Diskussion über den Hafen.\nDen Anfang machte der Hafenlotse Yorick Dammeier aus Südheim, der mehr Personal forderte. Der Gastronom Anatol Wiesehügel vom Verband der Wirte widersprach.", "Anatol Wiesehügel")]
    [InlineData("Rund 200 Menschen verfolgten das Podium über die Schulen.\nDen Auftakt machte der Schulleiter Dr. Till Ahlborn aus Nordheim. Die Bildungsforscherin Ysolde Varrentrapp-Rahn von der Universität Südheim widersprach ihm.", "Ysolde Varrentrapp-Rahn")]
    public void A_capitalised_word_after_a_german_article_is_a_description_not_a_name_word(string body, string person)
    {
        var names = Names(Doc(body));
        Assert.Contains(person, names);
        Assert.DoesNotContain(names, n => n.EndsWith(person, StringComparison.Ordinal) && n != person);
    }

    [Theory]
    [InlineData("Rund 200 Menschen verfolgten das Gespräch im Museum.\nIm anschließenden Gespräch diskutiert der Archäologe Dr. Fenno Brakhage mit der Historikerin Prof. Dr. Wiebke Sandhagen über Rückgaben.", "Fenno Brakhage", "Wiebke Sandhagen")]
    [InlineData("Das Podium im Museum war gut besucht.\nDort diskutierte die Kuratorin Hiltrud Esken mit dem Juristen Dr. Marek Holsten über das Gesetz.", "Hiltrud Esken", "Marek Holsten")]
    [InlineData("About 200 people followed the discussion at the museum.\nThe archaeologist Dr. Fenno Brakhage debated with the historian Professor Wiebke Sandhagen of Northgate University.", "Fenno Brakhage", "Wiebke Sandhagen")]
    public void The_partner_after_mit_or_with_is_a_person_of_their_own(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(Doc(body)));
    }
}
