using NewsBot.Core.Documents;

namespace NewsBot.Core.Tests.Documents;

/// <summary>Other ways newsrooms introduce a panel, and news-only names that must never become panelists.</summary>
public sealed class PanelVariantTests
{
    private const string News = "Die Regierung hat am Montag neue Pläne vorgestellt. Kritiker sprechen von einem Fehler.";
    private const string EnglishNews = "The government presented new plans on Monday. Critics called them a mistake.";

    private static Discussion Doc(string body, string news = News) =>
        TestData.Parse($"Schlagzeile: Was nun?\nSchlagzeile: Was nun?\n{news}\n{body}\nSchlagzeile: Was nun? | ZDFheute live\n");

    private static string[] Panel(Discussion d) => d.Panel.Select(e => $"{e.Name}|{e.Role}|{e.Affiliation}").ToArray();

    [Theory]
    [InlineData("Zu Gast ist die Politologin Ursula Münch von der Akademie für Politische Bildung Tutzing.", "Ursula Münch|Politologin|Akademie für Politische Bildung Tutzing")]
    [InlineData("Darüber sprechen wir mit dem Politologen Dr. Karl-Rudolf Korte von der Universität Duisburg-Essen.", "Karl-Rudolf Korte|Politologe|Universität Duisburg-Essen")]
    [InlineData("Dazu begrüßt ZDFheute live den Klimaforscher Mojib Latif vom GEOMAR.", "Mojib Latif|Klimaforscher|GEOMAR")]
    [InlineData("Es diskutieren Anna Lührmann, Politikwissenschaftlerin an der Universität Göteborg, und Jan Philipp Albrecht.", "Anna Lührmann|Politikwissenschaftlerin|Universität Göteborg", "Jan Philipp Albrecht||")]
    [InlineData("Darüber diskutiert ZDFheute live mit dem leitenden Redakteur Max Mustermann vom Spiegel.", "Max Mustermann|leitender Redakteur|Spiegel")]
    [InlineData("Mit dabei sind Ursula von der Leyen und Katarina Barley.", "Ursula von der Leyen||", "Katarina Barley||")]
    public void German_panel_sentences_are_understood(string sentence, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(sentence)));
    }

    [Theory]
    [InlineData("Our guests are Dr. Jane Goodall of the Jane Goodall Institute and Tom Burke, chairman of E3G.", "Jane Goodall||Jane Goodall Institute", "Tom Burke|chairman|E3G")]
    [InlineData("We discuss this with Carlos Ruiz de la Torre, a senior fellow at the Brookings Institution.", "Carlos Ruiz de la Torre|senior fellow|Brookings Institution")]
    [InlineData("Joining us is economist Mariana Mazzucato from University College London.", "Mariana Mazzucato|economist|University College London")]
    [InlineData("Joining us are Ngozi Okonjo-Iweala and Kristalina Georgieva.", "Ngozi Okonjo-Iweala||", "Kristalina Georgieva||")]
    public void English_panel_sentences_are_understood(string sentence, params string[] expected)
    {
        Assert.Equal(expected, Panel(Doc(sentence, EnglishNews)));
    }

    [Fact]
    public void A_bulleted_guest_list_with_dashes_and_parentheses_is_understood()
    {
        var d = Doc("Zu Gast:\n– Dr. Eva Schmidt (Hydrologin, UFZ)\n– Paul van Dijk, Landwirt aus Brandenburg");

        Assert.Equal(["Eva Schmidt|Hydrologin|UFZ", "Paul van Dijk|Landwirt|Brandenburg"], Panel(d));
    }

    [Theory]
    [InlineData("Bundeskanzler Friedrich Merz sprach mit Präsident Emmanuel Macron über die Lage. Ein Sprecher, Steffen Hebestreit, bestätigte das Treffen.")]
    [InlineData("„Wir diskutieren das mit unseren Partnern“, sagte Außenministerin Annalena Baerbock.")]
    [InlineData("Finanzminister Lars Klingbeil sprach mit den Fraktionschefs bis in die Nacht.")]
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

    [Fact]
    public void English_text_is_detected_as_English_and_German_as_German()
    {
        Assert.Equal(DocumentLanguage.English, Doc("Joining us is Jane Doe.", EnglishNews).Language);
        Assert.Equal(DocumentLanguage.German, Doc("Zu Gast ist Jana Albrecht.").Language);
    }
}
