using NewsBot.Core.Documents;
using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>Other ways newsrooms introduce a panel, and news-only names that must never become panelists.</summary>
public sealed class PanelVariantTests
{
    private static Discussion Doc(string body, string news = News) =>
        TestData.Parse($"Schlagzeile: Was nun?\nSchlagzeile: Was nun?\n{news}\n{body}\nSchlagzeile: Was nun? | ZDFheute live\n");


    [Theory]
    [InlineData("Zu Gast ist die Politologin Ursula Münch von der Akademie für Politische Bildung Tutzing.", "Ursula Münch|Politologin|Akademie für Politische Bildung Tutzing")]
    [InlineData("Darüber sprechen wir mit dem Politologen Dr. Karl-Rudolf Korte von der Universität Duisburg-Essen.", "Karl-Rudolf Korte|Politologe|Universität Duisburg-Essen")]
    [InlineData("Dazu begrüßt ZDFheute live den Klimaforscher Mojib Latif vom GEOMAR.", "Mojib Latif|Klimaforscher|GEOMAR")]
    [InlineData("Es diskutieren Anna Lührmann, Politikwissenschaftlerin an der Universität Göteborg, und Jan Philipp Albrecht.", "Anna Lührmann|Politikwissenschaftlerin|Universität Göteborg", "Jan Philipp Albrecht||")]
    [InlineData("Darüber diskutiert ZDFheute live mit dem leitenden Redakteur Max Mustermann vom Spiegel.", "Max Mustermann|leitender Redakteur|Spiegel")]
    [InlineData("Mit dabei sind Ursula von der Leyen und Katarina Barley.", "Ursula von der Leyen||", "Katarina Barley||")]
    [InlineData("Darüber sprechen wir mit Tim Roth vom ifo Institut.", "Tim Roth||ifo Institut")]
    [InlineData("Darüber diskutieren wir mit Maria Roth, die an der Universität Jena forscht, und mit Tim Lang, der das Thema seit Jahren verfolgt.", "Maria Roth||Universität Jena", "Tim Lang||")]
    [InlineData("Darüber diskutieren wir mit Tim Lang, der an der Hochschule für Technik und Wirtschaft Berlin lehrt.", "Tim Lang||Hochschule für Technik und Wirtschaft Berlin")]
    [InlineData("Zu Gast sind die Energieökonomin Claudia Kemfert vom Deutschen Institut für Wirtschaftsforschung und Thomas Engelke, Energieexperte beim Verbraucherzentrale Bundesverband.", "Claudia Kemfert|Energieökonomin|Deutschen Institut für Wirtschaftsforschung", "Thomas Engelke|Energieexperte|Verbraucherzentrale Bundesverband")]
    [InlineData("Darüber diskutieren wir mit Maria Roth, der Präsidentin des Sozialverbands, und mit Tim Lang.", "Maria Roth|Präsidentin|Sozialverbands", "Tim Lang||")]
    [InlineData("Darüber diskutieren wir mit der Journalistin und Autorin Eva Klein und dem Grünen-Politiker Anton Hofmann.", "Eva Klein|Journalistin und Autorin|", "Anton Hofmann|Grünen-Politiker|")]
    [InlineData("Darüber spricht ZDFheute live mit der stellvertretenden Vorsitzenden der SPD-Fraktion, Eva Klein.", "Eva Klein|stellvertretende Vorsitzende|SPD-Fraktion")]
    [InlineData("Bei uns im Studio: die Ärztin Eva Klein und der Jurist Tim Lang.", "Eva Klein|Ärztin|", "Tim Lang|Jurist|")]
    [InlineData("Bei uns: die Ärztin Eva Klein und der Jurist Tim Lang.", "Eva Klein|Ärztin|", "Tim Lang|Jurist|")]
    [InlineData("Im Gespräch: die Ärztin Eva Klein und der Jurist Tim Lang.", "Eva Klein|Ärztin|", "Tim Lang|Jurist|")]
    [InlineData("Heute zu Gast: Eva Klein, Chefvolkswirtin der Commerzbank.", "Eva Klein|Chefvolkswirtin|Commerzbank")]
    [InlineData("Darüber diskutieren bei ZDFheute live die Ökonomin Eva Klein vom IW Köln und der Gewerkschafter Tim Lang.", "Eva Klein|Ökonomin|IW Köln", "Tim Lang|Gewerkschafter|")]
    [InlineData("Darüber sprechen wir mit der Bürgermeisterin von Tübingen, Eva Klein.", "Eva Klein|Bürgermeisterin|Tübingen")]
    [InlineData("Darüber diskutiert ZDFheute live mit den Expertinnen Eva Klein und Maria Roth von der Universität Jena.", "Eva Klein|Expertin|", "Maria Roth|Expertin|Universität Jena")]
    [InlineData("Darüber spricht ZDFheute live mit der Ärztin Dr. med. Maria Roth von der Charité und dem Pflegeforscher Prof. Dr. rer. nat. Jan Kühn.", "Maria Roth|Ärztin|Charité", "Jan Kühn|Pflegeforscher|")]
    public void German_panel_sentences_are_understood(string sentence, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(sentence)));
    }

    [Theory]
    [InlineData("Our guests are Dr. Jane Goodall of the Jane Goodall Institute and Tom Burke, chairman of E3G.", "Jane Goodall||Jane Goodall Institute", "Tom Burke|chairman|E3G")]
    [InlineData("We discuss this with Carlos Ruiz de la Torre, a senior fellow at the Brookings Institution.", "Carlos Ruiz de la Torre|senior fellow|Brookings Institution")]
    [InlineData("Joining us is economist Mariana Mazzucato from University College London.", "Mariana Mazzucato|economist|University College London")]
    [InlineData("Joining us are Ngozi Okonjo-Iweala and Kristalina Georgieva.", "Ngozi Okonjo-Iweala||", "Kristalina Georgieva||")]
    [InlineData("Joining the discussion are historian Timothy Snyder of Yale University and journalist Anne Applebaum.", "Timothy Snyder|historian|Yale University", "Anne Applebaum|journalist|")]
    [InlineData("Joining us are Sarah Jones of Harvard and Tom Lee of the World Bank.", "Sarah Jones||Harvard", "Tom Lee||World Bank")]
    [InlineData("With us: Sarah Jones, a professor of law at Columbia University; and Tom Brady, CEO of GreenTech.", "Sarah Jones|professor of law|Columbia University", "Tom Brady|CEO|GreenTech")]
    public void English_panel_sentences_are_understood(string sentence, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(sentence, EnglishNews)));
    }

    [Fact]
    public void A_bulleted_guest_list_with_dashes_and_parentheses_is_understood()
    {
        var d = Doc("Zu Gast:\n– Dr. Eva Schmidt (Hydrologin, UFZ)\n– Paul van Dijk, Landwirt aus Brandenburg");

        // "aus Brandenburg" is where he comes from, part of the role (the real dev set's convention: "Bauunternehmer aus Fulda"), not where he works.
        Assert.Equal(["Eva Schmidt|Hydrologin|UFZ", "Paul van Dijk|Landwirt aus Brandenburg|"], Panel(d));
    }

    [Theory]
    [InlineData("Bundeskanzler Friedrich Merz sprach mit Präsident Emmanuel Macron über die Lage. Ein Sprecher, Steffen Hebestreit, bestätigte das Treffen.")]
    [InlineData("„Wir diskutieren das mit unseren Partnern“, sagte Außenministerin Annalena Baerbock.")]
    [InlineData("Finanzminister Lars Klingbeil sprach mit den Fraktionschefs bis in die Nacht.")]
    [InlineData("Im Gespräch ist Ex-Minister Karl Maier als Nachfolger. Bei uns ist Ex-Ministerin Eva Roth sehr beliebt, sagte sie.")]
    public void People_only_mentioned_in_the_news_are_never_panelists(string news)
    {
        var d = Doc("Wie es weitergeht, ist offen.", news);

        Assert.Empty(d.Panel);
    }

    [Fact]
    public void Without_a_panel_a_paragraph_of_only_questions_gives_the_questions()
    {
        var d = Doc("Was bedeutet das? Und wer zahlt?");

        Assert.Empty(d.Panel);
        Assert.Equal(["Was bedeutet das?", "Und wer zahlt?"], d.Questions);
    }

    [Fact]
    public void Quoted_questions_in_the_news_are_not_guiding_questions()
    {
        var d = Doc("„Wer soll das bezahlen?“, fragte der Minister. Darüber spricht ZDFheute live mit der Ökonomin Veronika Grimm.");

        Assert.Empty(d.Questions);
        Assert.Equal(["Veronika Grimm|Ökonomin|"], Panel(d));
    }

    [Theory]
    [InlineData("Moderation: Dunja Hayali", "Dunja Hayali")]
    [InlineData("Moderiert von Prof. Dr. Harald Lesch.", "Harald Lesch")]
    [InlineData("Host: Christiane Amanpour", "Christiane Amanpour")]
    [InlineData("Durch die Sendung führt Mitri Sirin.", "Mitri Sirin")]
    public void The_host_line_names_the_moderator_and_is_not_news(string line, string host)
    {
        var d = Doc(line + "\nDarüber spricht ZDFheute live mit der Ökonomin Veronika Grimm.");

        Assert.Equal(host, d.Host);
        Assert.DoesNotContain(d.Paragraphs, p => p.Contains(host, StringComparison.Ordinal));
        Assert.Equal(["Veronika Grimm|Ökonomin|"], Panel(d));
    }

    [Theory]
    [InlineData("Im Gespräch mit Moderatorin Miriam Lenz sind der SPD-Politiker Karl Böhm und die Soziologin Eva Roth von der Universität Bielefeld.", "Miriam Lenz")]
    [InlineData("Es diskutieren unter der Leitung von Moderatorin Miriam Lenz: der SPD-Politiker Karl Böhm und die Soziologin Eva Roth von der Universität Bielefeld.", "Miriam Lenz")]
    [InlineData("Gemeinsam mit Moderatorin Miriam Lenz diskutieren der SPD-Politiker Karl Böhm und die Soziologin Eva Roth von der Universität Bielefeld.", "Miriam Lenz")]
    [InlineData("Darüber spricht ZDFheute-Moderatorin Miriam Lenz mit dem SPD-Politiker Karl Böhm und der Soziologin Eva Roth von der Universität Bielefeld.", "Miriam Lenz")]
    [InlineData("Im Studio begrüßt Moderatorin Miriam Lenz den SPD-Politiker Karl Böhm und die Soziologin Eva Roth von der Universität Bielefeld.", "Miriam Lenz")]
    public void A_host_named_inside_the_panel_sentence_is_the_host_and_not_a_panelist(string sentence, string host)
    {
        var d = Doc(sentence);

        Assert.Equal(host, d.Host);
        Assert.Equal(["Karl Böhm|SPD-Politiker|", "Eva Roth|Soziologin|Universität Bielefeld"], Panel(d));
    }

    [Fact]
    public void An_English_host_who_is_joined_by_guests_is_the_host_and_the_guests_are_the_panel()
    {
        var d = Doc("Host Mark Evans is joined by former diplomat Sir John Sawers and Dr. Fiona Hill of the Brookings Institution.", EnglishNews);

        Assert.Equal("Mark Evans", d.Host);
        Assert.Equal(["John Sawers|former diplomat|", "Fiona Hill||Brookings Institution"], Panel(d));
    }

    [Fact]
    public void A_plural_role_after_den_covers_the_next_person_without_a_role()
    {
        var d = Doc("Darüber spricht ZDFheute live mit den Historikern Karl Böhm und Eva Roth von der Universität Jena.");

        Assert.Equal(["Karl Böhm|Historiker|", "Eva Roth|Historiker|Universität Jena"], Panel(d));
    }

    [Fact]
    public void A_singular_role_after_dem_stays_with_its_own_person()
    {
        var d = Doc("Darüber spricht ZDFheute live mit dem Militärexperten Karl Böhm und Eva Roth von der DGAP.");

        Assert.Equal(["Karl Böhm|Militärexperte|", "Eva Roth||DGAP"], Panel(d));
    }

    [Theory]
    [InlineData("We're joined by Rahul Mehta, who leads the finance team at the World Resources Institute.", "Rahul Mehta||World Resources Institute")]
    [InlineData("We're joined by Rahul Mehta, who has worked in government for years.", "Rahul Mehta||")]
    public void An_English_who_clause_gives_the_place_after_at_as_affiliation_and_nothing_else(string sentence, string expected)
    {
        Assert.Equal([expected], Panel(Doc(sentence, EnglishNews)));
    }

    [Fact]
    public void A_capitalized_organisation_in_brackets_is_the_affiliation_and_a_role_in_brackets_stays_a_role()
    {
        var d = Doc("Anchor Laura Bennett speaks with Maria João Silva (Bruegel), Tomás Ríos (International Monetary Fund) and Ann Lee (Chief Economist).", EnglishNews);

        Assert.Equal("Laura Bennett", d.Host);
        Assert.Equal(["Maria João Silva||Bruegel", "Tomás Ríos||International Monetary Fund", "Ann Lee|Chief Economist|"], Panel(d));
    }

    [Fact]
    public void English_text_is_detected_as_English_and_German_as_German()
    {
        Assert.Equal(DocumentLanguage.English, Doc("Joining us is Jane Doe.", EnglishNews).Language);
        Assert.Equal(DocumentLanguage.German, Doc("Zu Gast ist Jana Albrecht.").Language);
    }
}
