using NewsBot.Core.Summaries;

namespace NewsBot.Core.Tests.Summaries;

public sealed class SummaryPartsTests
{
    [Theory]
    [InlineData("Dieser Schritt verletzte mehrere Resolutionen.", true)]
    [InlineData("Es sei ein Zeichen der Schwäche.", true)]
    [InlineData("Das zeigt, wie ernst die Lage ist.", true)]
    [InlineData("Das Rentenpaket ist beschlossen.", false)]
    [InlineData("Die USA warnten Nordkorea.", false)]
    [InlineData("„Wir kommen wieder“, sagte er.", false)]
    [InlineData("However, donors hesitated.", true)]
    [InlineData("Kenya declared a disaster.", false)]
    public void Sentences_opening_with_a_pronoun_or_connector_need_their_predecessor(string sentence, bool expected)
    {
        Assert.Equal(expected, Anaphora.NeedsPredecessor(sentence));
    }

    [Theory]
    [InlineData("„Ich bestätige das“, sagte Kremlsprecher Dmitri Peskow.", false)]
    [InlineData("„Wir können uns nicht mehr darauf verlassen, dass der nächste Winter die Speicher wieder auffüllt“, sagte Wendt.", true)]
    [InlineData("\"We are running out of time and money at the same time,\" Fletcher told reporters.", true)]
    [InlineData("Die USA warnten Nordkorea.", false)]
    [InlineData("Er sprach von einem „weltweiten Maßstab“.", false)]
    public void Mostly_quoted_sentences_are_recognised(string sentence, bool mostlyQuoted)
    {
        Assert.Equal(mostlyQuoted, Quotations.QuotedShare(sentence) >= 0.5);
    }

    [Theory]
    [InlineData("Kurz genug.", 20, "Kurz genug.")]
    [InlineData("Ein ziemlich langer Satz, der nicht passt.", 20, "Ein ziemlich langer…")]
    [InlineData("Ein ziemlich langer Satz, der nicht passt.", 22, "Ein ziemlich langer…")]
    [InlineData("Ein ziemlich, langer Satz.", 15, "Ein ziemlich…")]
    [InlineData("Donaudampfschifffahrt", 8, "Donauda…")]
    public void Cutting_keeps_whole_words_and_marks_the_cut(string sentence, int max, string expected)
    {
        var cut = SentenceCutter.Cut(sentence, max);

        Assert.Equal(expected, cut);
        Assert.True(cut.Length <= max);
    }

    [Theory]
    [InlineData(SummaryLength.Brief, 2, 300)]
    [InlineData(SummaryLength.Medium, 3, 600)]
    [InlineData(SummaryLength.Detailed, 6, 1500)]
    public void Budgets_follow_the_documented_lengths(SummaryLength length, int sentences, int characters)
    {
        Assert.Equal(new SummaryBudget(sentences, characters), SummaryBudget.For(length));
        Assert.True(characters < SummaryBudget.HardCapCharacters);
    }
}
