using NewsBot.Core.Documents;
using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// A sentence about the discussion (panel, debate, Podium, Runde …) followed, whatever its verb, by a series of
/// described people: the series is the panel, starting at the first person after the discussion word with the role and
/// organisation words right before the name.
/// </summary>
public sealed class DescribedSeriesMechanismTests
{
    private static string[] Names(Discussion d) => d.Panel.Select(e => e.Name).ToArray();

    [Theory]
    [InlineData("The hall was full on Tuesday. Moderated by radio reporter Helen Varnum, the panel featured harbour director Oliver Pelt; Grace Hatchard, president of the dockers' union; and Oscar Aberdare, a partner at Brackwater Homes.", "Oliver Pelt", "Grace Hatchard", "Oscar Aberdare")]
    [InlineData("Chaired by the journalist Helen Varnum, the debate brings together Oliver Pelt, a shepherd from Upper Fenwick; Dr Grace Hatchard, an ecologist at Marsh College; and Oscar Aberdare of the Moorland Trust.", "Oliver Pelt", "Grace Hatchard", "Oscar Aberdare")]
    [InlineData("Last night's forum gathered Oliver Pelt, a ferry captain, and Grace Hatchard, a councillor for Brackwater.", "Oliver Pelt", "Grace Hatchard")]
    public void English_discussion_sentences_with_any_verb_give_their_described_series(string body, params string[] expected)
    {
        Assert.Equal(expected.Order(), Names(English(body)).Order());
    }

    [Theory]
    [InlineData("Die Runde bilden die Ökonomin Dr. Julia Quastorf (Hochschule Lemgo) und der Landwirt Jonas Ubbelohde aus Jever.", "Julia Quastorf", "Jonas Ubbelohde")]
    [InlineData("Unter der Leitung von Karin Sarnow vereinte das Podium die Ärztin Julia Quastorf vom Klinikum Lemgo, Jonas Ubbelohde, Bürgermeister von Jever, sowie die Pflegerin Maria Dormagen vom Caritasverband.", "Julia Quastorf", "Jonas Ubbelohde", "Maria Dormagen")]
    [InlineData("Die Debatte eröffnen die Ökonomin Julia Quastorf (Hochschule Lemgo) und der Landwirt Jonas Ubbelohde aus Jever.", "Julia Quastorf", "Jonas Ubbelohde")]
    public void German_discussion_sentences_with_any_verb_give_their_described_series(string body, params string[] expected)
    {
        Assert.Equal(expected.Order(), Names(Doc(body)).Order());
    }

    [Theory]
    [InlineData("The debate over the bridge divided Oliver Pelt and Grace Hatchard for years.")] // undescribed people in the news
    [InlineData("Die Diskussion über den Hafen hatten zuvor Oliver Pelt und Grace Hatchard angestoßen.")]
    [InlineData("The forum was founded by Oliver Pelt and Grace Hatchard in 2019.")]
    public void Undescribed_people_after_a_discussion_word_are_no_panel(string body)
    {
        Assert.Empty(Names(body.Contains(" the ", StringComparison.Ordinal) ? English(body) : Doc(body)));
    }
}
