using NewsBot.Core.Documents;

namespace NewsBot.Core.Tests.Documents;

public sealed class RoleFormsTests
{
    [Theory]
    [InlineData("dem", "", "Militärexperten", "Militärexperte")]
    [InlineData("dem", "", "Agrarökonomen", "Agrarökonom")]
    [InlineData("den", "", "Politologen", "Politologe")]
    [InlineData("dem", "", "Juristen", "Jurist")]
    [InlineData("dem", "", "Korrespondenten", "Korrespondent")]
    [InlineData("dem", "", "Historiker", "Historiker")]
    [InlineData("dem", "", "Vorsitzenden", "Vorsitzender")]
    [InlineData("dem", "", "Abgeordneten", "Abgeordneter")]
    [InlineData("dem", "leitenden", "Redakteur", "leitender Redakteur")]
    [InlineData("der", "", "Hydrologin", "Hydrologin")]
    [InlineData("der", "leitenden", "Redakteurin", "leitende Redakteurin")]
    [InlineData("der", "", "Jurist", "Jurist")]
    [InlineData("der", "ehemalige", "Botschafter", "ehemaliger Botschafter")]
    [InlineData("die", "", "Informatikerin", "Informatikerin")]
    [InlineData("der", "", "Grünen-Abgeordneten", "Grünen-Abgeordnete")]
    [InlineData("der", "", "Vorsitzenden", "Vorsitzende")]
    [InlineData("den", "", "Klimaforschern", "Klimaforscher")]
    [InlineData("den", "", "Expertinnen", "Expertin")]
    [InlineData("der", "stellvertretenden", "Vorsitzenden", "stellvertretende Vorsitzende")]
    public void German_roles_after_an_article_come_out_in_their_base_form(string article, string adjectives, string noun, string expected)
    {
        var adjectiveList = adjectives.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(expected, RoleForms.BaseForm(article, adjectiveList, noun));
    }
}
