using NewsBot.Core.Documents;

namespace NewsBot.Core.Tests.Documents;

/// <summary>A role noun is a role stem with one of the inflection endings, at the end of a word of any case.</summary>
public sealed class RoleNounTests
{
    [Theory]
    [InlineData("Forscher", true)]
    [InlineData("Forscherin", true)]
    [InlineData("Forscherinnen", true)]
    [InlineData("Abteilungsleiterin", true)]     // a compound ends in the stem
    [InlineData("VORSITZENDE", true)]            // any case
    [InlineData("Hebammen", true)]
    [InlineData("Expertenrunde", false)]         // the stem is inside, the word goes on past the ending
    [InlineData("Leitung", false)]
    [InlineData("Arzt", false)]                  // shorter than five letters
    [InlineData("Ärztinnen", true)]
    [InlineData("Direktorium", false)]
    [InlineData("Donaudampfschifffahrtsgesellschaftskapitänsmützenträgerverbandsvorsitzendenstellvertreterin", true)] // longer than the stack buffer
    public void A_role_stem_with_an_inflection_ending_at_the_word_end_is_a_role_noun(string token, bool expected)
    {
        Assert.Equal(expected, NameRules.IsRoleNoun(token));
    }
}
