using NewsBot.Core.Documents;
using NewsBot.Core.Tests.Summaries;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    private const string Sep = " ‖ ";

    [Theory]
    // summarization.md §4.2
    [InlineData("Die Konferenz findet am 24. November statt. Danach wird entschieden.", "Die Konferenz findet am 24. November statt. ‖ Danach wird entschieden.")]
    [InlineData("Feiertag ist am 3. Oktober. Am 3. Oktober 1990 kam die Einheit.", "Feiertag ist am 3. Oktober. ‖ Am 3. Oktober 1990 kam die Einheit.")]
    [InlineData("Er wurde 1. Sieger. Dann 2. Sieger.", "Er wurde 1. Sieger. ‖ Dann 2. Sieger.")]
    [InlineData("Es war der 2. Weltkrieg.", "Es war der 2. Weltkrieg.")]
    [InlineData("Sie landete auf Platz 25. Danach kam nichts mehr.", "Sie landete auf Platz 25. ‖ Danach kam nichts mehr.")]
    [InlineData("Darüber spricht sie mit Dr. med. Maria Roth und Dr. rer. nat. Jan Kühn von der Charité.", "Darüber spricht sie mit Dr. med. Maria Roth und Dr. rer. nat. Jan Kühn von der Charité.")]
    [InlineData("Die Kosten betragen 5 Mio. Das ist viel.", "Die Kosten betragen 5 Mio. ‖ Das ist viel.")]
    [InlineData("Das Büro liegt in der Hauptstr. 5 und ist offen.", "Das Büro liegt in der Hauptstr. 5 und ist offen.")]
    [InlineData("Sie komme am Mo. 3. Juni. Er kam nie.", "Sie komme am Mo. 3. Juni. ‖ Er kam nie.")]
    [InlineData("Er sagte: „Wir kommen wieder.“ Dann ging er.", "Er sagte: „Wir kommen wieder.“ ‖ Dann ging er.")]
    [InlineData("»Das ist falsch!« Die Antwort kam schnell.", "»Das ist falsch!« ‖ Die Antwort kam schnell.")]
    [InlineData("„Ich bestätige das“, sagte Kremlsprecher Dmitri Peskow. Wo und wann beide aufeinander treffen, blieb unklar.", "„Ich bestätige das“, sagte Kremlsprecher Dmitri Peskow. ‖ Wo und wann beide aufeinander treffen, blieb unklar.")]
    [InlineData("Prof. Dr. Anna Müller, z. B. von der FU Berlin, u. a. auch Nr. 5, bzw. ca. 300 Gäste", "Prof. Dr. Anna Müller, z. B. von der FU Berlin, u. a. auch Nr. 5, bzw. ca. 300 Gäste")]
    [InlineData("Wie geht es weiter … Und wer zahlt?", "Wie geht es weiter … ‖ Und wer zahlt?")]
    [InlineData("Waffen und Munition aus Nordkorea: Wie gefährlich ist das Putin-Kim-Bündnis?", "Waffen und Munition aus Nordkorea: Wie gefährlich ist das Putin-Kim-Bündnis?")]
    [InlineData("Das stand im Bericht (siehe Bericht v. 3. Mai). Dieser Schritt war neu.", "Das stand im Bericht (siehe Bericht v. 3. Mai). ‖ Dieser Schritt war neu.")]
    [InlineData("Das kostet 10 Euro usw. Danach reden wir.", "Das kostet 10 Euro usw. ‖ Danach reden wir.")]
    [InlineData("Am 12.09.2023 geht es weiter. Dann kommen 3.000 Menschen.", "Am 12.09.2023 geht es weiter. ‖ Dann kommen 3.000 Menschen.")]
    // more German cases
    [InlineData("Er ging. Sie kam! Wer blieb? Niemand.", "Er ging. ‖ Sie kam! ‖ Wer blieb? ‖ Niemand.")]
    [InlineData("Wirklich?! Ja.", "Wirklich?! ‖ Ja.")]
    [InlineData("Er zögerte... Dann sprach er.", "Er zögerte... ‖ Dann sprach er.")]
    [InlineData("Kim J. Un kam an. Putin wartete.", "Kim J. Un kam an. ‖ Putin wartete.")]
    [InlineData("Die Sendung beginnt um 20.15 Uhr auf ZDFheute.de und dauert lang.", "Die Sendung beginnt um 20.15 Uhr auf ZDFheute.de und dauert lang.")]
    [InlineData("Es geht z.B. um Geld. Und um Macht.", "Es geht z.B. um Geld. ‖ Und um Macht.")]
    [InlineData("Das gilt d. h. für alle. Auch für uns.", "Das gilt d. h. für alle. ‖ Auch für uns.")]
    [InlineData("Der Schaden beträgt 2 Mrd. Euro.", "Der Schaden beträgt 2 Mrd. Euro.")]
    [InlineData("Das Haus steht seit 2019. 2020 kam der Umbau.", "Das Haus steht seit 2019. ‖ 2020 kam der Umbau.")]
    [InlineData("Das war im Jahr 2023. Im Jahr 2024 wird es anders.", "Das war im Jahr 2023. ‖ Im Jahr 2024 wird es anders.")]
    [InlineData("„Kommst du?“, fragte sie. Er nickte.", "„Kommst du?“, fragte sie. ‖ Er nickte.")]
    [InlineData("»Wann?«, fragte er leise.", "»Wann?«, fragte er leise.")]
    [InlineData("Er schrieb: ‚Genug.‘ Danach schwieg er.", "Er schrieb: ‚Genug.‘ ‖ Danach schwieg er.")]
    [InlineData("Er nannte es «eine Zumutung.» Die Schweiz reagierte.", "Er nannte es «eine Zumutung.» ‖ Die Schweiz reagierte.")]
    [InlineData("Das war (wie erwartet. so hieß es) knapp.", "Das war (wie erwartet. so hieß es) knapp.")]
    [InlineData("Der Vertrag (Art. 5 Abs. 2) gilt. Er läuft aus.", "Der Vertrag (Art. 5 Abs. 2) gilt. ‖ Er läuft aus.")]
    [InlineData("Ludwig XIV. Geburtstag wurde gefeiert.", "Ludwig XIV. Geburtstag wurde gefeiert.")]
    [InlineData("Das Spiel der 3. Liga endete. Die Fans jubelten.", "Das Spiel der 3. Liga endete. ‖ Die Fans jubelten.")]
    [InlineData("Es ging um Tische, Stühle usw. und mehr.", "Es ging um Tische, Stühle usw. und mehr.")]
    [InlineData("Die Frist endet im Jan. Danach ist Schluss.", "Die Frist endet im Jan. ‖ Danach ist Schluss.")]
    [InlineData("Die Frist endet im Jan. 2025 endgültig.", "Die Frist endet im Jan. 2025 endgültig.")]
    // what the parser relies on (panel sentences, guiding questions)
    [InlineData("Das gilt z. B. für Kohle. Danach kommt mehr.", "Das gilt z. B. für Kohle. ‖ Danach kommt mehr.")]
    [InlineData("Es spricht Dr. Jana Albrecht. Sie forscht.", "Es spricht Dr. Jana Albrecht. ‖ Sie forscht.")]
    [InlineData("Es fehlen u. a. Normen. Bis 2031. Dann nicht.", "Es fehlen u. a. Normen. ‖ Bis 2031. ‖ Dann nicht.")]
    [InlineData("„Ist das so?“ Er schwieg. Wer zahlt? Und wann?", "„Ist das so?“ ‖ Er schwieg. ‖ Wer zahlt? ‖ Und wann?")]
    [InlineData("»Nein!« Sie ging.", "»Nein!« ‖ Sie ging.")]
    public void German_text_is_split_at_true_sentence_ends_only(string input, string expected)
    {
        Assert.Equal(expected, Join(input, DocumentLanguage.German));
    }

    [Theory]
    [InlineData("Mr. Smith went to Washington. He stayed.", "Mr. Smith went to Washington. ‖ He stayed.")]
    [InlineData("Dr. Amara Okafor joins us. So does Peter.", "Dr. Amara Okafor joins us. ‖ So does Peter.")]
    [InlineData("Aid fell, e.g. in Kenya. Donors left.", "Aid fell, e.g. in Kenya. ‖ Donors left.")]
    [InlineData("The U.S. government said so.", "The U.S. government said so.")]
    [InlineData("He read No. 5 aloud. Nobody listened.", "He read No. 5 aloud. ‖ Nobody listened.")]
    [InlineData("The team finished 2. Then it rained.", "The team finished 2. ‖ Then it rained.")]
    [InlineData("\"We are running out of time,\" he said. \"Act now.\" Nobody did.", "\"We are running out of time,\" he said. ‖ \"Act now.\" ‖ Nobody did.")]
    [InlineData("Apples, pears, etc. The list goes on.", "Apples, pears, etc. ‖ The list goes on.")]
    [InlineData("He met Gen. Miller on Jan. 5 in Geneva.", "He met Gen. Miller on Jan. 5 in Geneva.")]
    [InlineData("The U.S. said no. Then it said yes.", "The U.S. said no. ‖ Then it said yes.")]
    public void English_text_is_split_with_the_english_abbreviations(string input, string expected)
    {
        Assert.Equal(expected, Join(input, DocumentLanguage.English));
    }

    [Fact]
    public void Line_breaks_end_sentences_even_without_punctuation()
    {
        Assert.Equal(
            "Headline ohne Punkt ‖ Erster Satz. ‖ Zweiter Satz ‖ Titel | ZDFheute live",
            Join("Headline ohne Punkt\r\nErster Satz.\nZweiter Satz\n\nTitel | ZDFheute live\n", DocumentLanguage.German));
    }

    [Fact]
    public void Every_span_is_an_exact_trimmed_substring_of_the_input()
    {
        const string text = "  Erster\u00A0Satz.  „Zweiter Satz!“\u202F Dritter (mit 3. Klammer) Satz?\n\t Vierter …  ";
        var spans = SentenceSplitter.Split(text, DocumentLanguage.German);

        Assert.Equal(4, spans.Count);
        foreach (var span in spans)
        {
            var sentence = span.Of(text);
            Assert.Equal(sentence.Trim(), sentence);
            Assert.NotEmpty(sentence);
            Assert.Equal(sentence, text.Substring(span.Start, span.Length));
        }

        Assert.True(spans.Zip(spans.Skip(1)).All(pair => pair.First.End <= pair.Second.Start));
    }

    [Fact]
    public void Blank_text_has_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split(" \n \t\n", DocumentLanguage.German));
    }

    [Fact]
    public void An_unclosed_bracket_stops_protecting_terminals_after_a_while()
    {
        var text = "Ein Satz (ohne Ende " + new string('x', 250) + ". Der nächste Satz.";
        Assert.Equal(2, SentenceSplitter.Split(text, DocumentLanguage.German).Count);
    }

    [Fact]
    public void The_seed_news_splits_into_its_thirteen_sentences()
    {
        var body = string.Join('\n', TestDocuments.Seed.Paragraphs);
        var spans = SentenceSplitter.Split(body, DocumentLanguage.German);

        Assert.Equal(13, spans.Count);
        Assert.Equal("„Ich bestätige das“, sagte Kremlsprecher Dmitri Peskow.", spans[1].Of(body));
    }

    private static string Join(string input, DocumentLanguage language) =>
        string.Join(Sep, SentenceSplitter.Split(input, language).Select(span => span.Of(input)));
}
