using NewsBot.Core.Documents.People;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// A description that opens with a relative pronoun ("Name, der 2023 …", "Name, deren Kanzlei …", "Name, who has run …")
/// is a clause about the person, not the post. "der"/"die"/"das" count only before a number or a preposition, since they
/// are also articles ("Name, die ehemalige Ministerin").
/// </summary>
public sealed class RelativeClauseDescriptionMechanismTests
{
    [Theory]
    [InlineData("der 2021 die Schreinerei seines Onkels in Talwinkel übernommen hat")]
    [InlineData("deren Büro in Nordheide seit Jahren Familienbetriebe berät")]
    [InlineData("die seit zehn Jahren einen Hofladen führt")]
    [InlineData("who has run the Quellfeld ferry for twenty years")]
    [InlineData("whose bakery in Fenwick closed last spring")]
    public void A_relative_clause_after_the_name_is_no_post(string description)
    {
        Assert.Equal(((string?)null, (string?)null), DescriptionReader.Read(description));
    }

    [Theory]
    [InlineData("die ehemalige Ministerin für Umwelt", "ehemalige Ministerin für Umwelt")]
    [InlineData("der Vorsitzende des Heimatvereins Talwinkel", "Vorsitzende")]
    public void An_article_before_the_post_is_no_relative_pronoun(string description, string post)
    {
        Assert.Contains(post, DescriptionReader.Read(description).Role ?? "", StringComparison.Ordinal);
    }
}
