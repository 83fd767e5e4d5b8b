using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The host word with the occasion in the genitive or an of-phrase: "Gastgeberin des Abends ist X", "Moderator der
/// Runde ist X", "The host of the evening is X".
/// </summary>
public sealed class HostWordShapeMechanismTests
{
    [Theory]
    [InlineData("Gastgeberin des Abends ist Redakteurin Solveig Amrhein. Zu Gast sind die Ärztin Dr. Mareike Sollwedel und der Landwirt Jost Harmeling.", "Solveig Amrhein")]
    [InlineData("Moderator der Runde ist Henning Trabold. Im Studio diskutieren die Juristin Hella Brinkhorst und der Bauunternehmer Lasse Övermann.", "Henning Trabold")]
    public void A_German_host_word_with_the_occasion_in_the_genitive_names_the_host(string body, string host)
    {
        Assert.Equal(host, Doc(body).Host);
    }

    [Theory]
    [InlineData("The host of the evening is Mabel Orrin. Joining us are historian Dr Ivo Scarsdale and nurse Petra Lund.", "Mabel Orrin")]
    public void An_English_host_word_with_an_of_phrase_names_the_host(string body, string host)
    {
        Assert.Equal(host, English(body).Host);
    }
}
