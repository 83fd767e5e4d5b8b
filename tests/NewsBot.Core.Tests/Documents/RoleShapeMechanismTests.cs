using NewsBot.Core.Documents.People;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The mechanisms added while reading the tenth set (TestData/unseen10) that decide what belongs to a role and where it
/// ends: a pronoun tag after a name is no description; the lower-case words before a role word say what kind of
/// role it is and belong to it, two or more capitalised words before them name the body. Short synthetic snippets with invented names.
/// </summary>
public sealed class RoleShapeMechanismTests
{
    [Theory]
    [InlineData("Tamsin Okereme-Vane (she/her)", "Tamsin Okereme-Vane")]
    [InlineData("Dr. Rufus Ellerbeck (he / him), Reader in Law", "Dr. Rufus Ellerbeck, Reader in Law")]
    [InlineData("Kim Aldersey (they/them) · Brackwater Trust", "Kim Aldersey · Brackwater Trust")]
    [InlineData("Mira Talhof (sie/ihr), Referentin", "Mira Talhof, Referentin")]
    [InlineData("Jonah Pell (Ret.) (any/all)", "Jonah Pell (Ret.)")]
    public void A_pronoun_tag_is_taken_out_of_the_line(string line, string expected)
    {
        Assert.Equal(expected, PronounTags.Strip(line));
    }

    [Theory]
    [InlineData("Tamsin Okereme-Vane (Harbour Trust)")]
    [InlineData("Preise 10/12 Euro (ermäßigt)")]
    [InlineData("(she/her)")]
    [InlineData("Input/Output (Panel/Talk)")]
    public void Other_brackets_and_slashes_stay(string line)
    {
        Assert.Equal(line, PronounTags.Strip(line));
    }

    [Theory]
    [InlineData("PANELISTS\nTamsin Okereme-Vane (she/her)\nDean of Students, Fenwick College\nRufus Ellerbeck (he/him)\nSenior Lecturer, Brightwater Institute",
        "Tamsin Okereme-Vane|Dean of Students|Fenwick College", "Rufus Ellerbeck|Senior Lecturer|Brightwater Institute")]
    [InlineData("Speakers:\nKim Aldersey (they/them), Head of Policy, Tarnwell Labs\nJonah Pellworth (he/they), Head of Research, Quillon Trust",
        "Kim Aldersey|Head of Policy|Tarnwell Labs", "Jonah Pellworth|Head of Research|Quillon Trust")]
    public void A_pronoun_tag_after_a_listed_name_leaves_the_role_to_the_description(string body, params string[] panel)
    {
        Assert.Equal(panel, ReaderSnippets.Panel(ReaderSnippets.English(body)));
    }

    [Fact]
    public void A_german_pronoun_tag_after_a_listed_name_leaves_the_role_to_the_description()
    {
        var d = ReaderSnippets.Doc("Auf dem Podium:\nMira Talhof (sie/ihr), Referentin beim Ruderverein Haselbach\nOle Brandstätt (er/ihm), Leiter der Stadtbibliothek Aubach");
        Assert.Equal(["Mira Talhof|Referentin|Ruderverein Haselbach", "Ole Brandstätt|Leiter|Stadtbibliothek Aubach"], ReaderSnippets.Panel(d));
    }
    [Theory]
    [InlineData("The panel brings together the food writer Carys Pendlebury, the cereal agronomist Tobias Wrennick and the landlord campaigner Osric Penhallow.",
        "Carys Pendlebury|food writer|", "Tobias Wrennick|cereal agronomist|", "Osric Penhallow|landlord campaigner|")]
    [InlineData("The panel: the travel writer Carys Pendlebury; the novelist and digital historian Tobias Wrennick; and writing-centre coordinator Osric Penhallow of Fenwick College.",
        "Carys Pendlebury|travel writer|", "Tobias Wrennick|novelist and digital historian|", "Osric Penhallow|writing-centre coordinator|Fenwick College")]
    public void The_words_that_say_what_kind_of_role_belong_to_it(string body, params string[] panel)
    {
        Assert.Equal(panel, ReaderSnippets.Panel(ReaderSnippets.English(body)));
    }

    [Fact]
    public void In_prose_a_role_keeps_its_modifiers_and_capitalised_words_before_them_name_the_body()
    {
        var report = ReaderSnippets.English(
            "The harbour panel drew a full hall. Brackwater Ferries general manager Owen Brackridge defended the timetable. Joining him was Dunmore County health officer Dr. Sarah Pellinore.");
        Assert.Equal(["Owen Brackridge|general manager|Brackwater Ferries", "Sarah Pellinore|health officer|Dunmore County"], ReaderSnippets.Panel(report));
    }

    [Theory]
    [InlineData("said economist Jane Roe", "economist")]
    [InlineData("joined by senior economist Jane Roe", "senior economist")]
    [InlineData("the retired harbour pilot Jane Roe", "retired harbour pilot")]
    [InlineData("with the journalist and food writer Jane Roe", "journalist and food writer")]
    public void Modifiers_stop_at_words_that_cannot_modify_a_role(string text, string role)
    {
        var tokens = NewsBot.Core.Documents.Tokens.Of(text);
        var roleAt = tokens.FindIndex(t => t.Text == "Jane") - 1;
        var start = RoleModifiers.Start(tokens, roleAt);
        Assert.Equal(role, text[tokens[start].Start..tokens[roleAt].End()]);
    }
    [Theory]
    [InlineData("Hill farmer Megan Tallowfield said the boats were her only link to market.", "Megan Tallowfield", "Hill farmer", null)]
    [InlineData("Ferry captain Owen Brackridge of Brackwater Ferries defended the timetable.", "Owen Brackridge", "Ferry captain", "Brackwater Ferries")]
    [InlineData("Sitting beside her, Dunmore County health officer Dr. Sarah Pellinore said the clinic was full.", "Sarah Pellinore", "health officer", "Dunmore County")]
    public void One_capitalised_word_opening_the_sentence_modifies_the_role_two_name_the_body(string sentence, string name, string role, string? affiliation)
    {
        Assert.Equal(new NewsBot.Core.Documents.Expert(name, role, affiliation), NewsBot.Core.Documents.Reading.IntroducedOneBySentence.Introduced(sentence));
    }
    [Theory]
    [InlineData("Als Erste kam die Agrarökonomin Dr. Greta Lindgrenn zu Wort, Leiterin des Instituts für Bodenkunde Aubach.", "Greta Lindgrenn", "Agrarökonomin Institut Bodenkunde Aubach")]
    [InlineData("Zum anderen ist Prof. Dr. Tilman Hagedorn zu Gast, Versorgungsforscher an der Hochschule Brelingen.", "Tilman Hagedorn", "Versorgungsforscher an der Hochschule Brelingen")]
    [InlineData("Schließlich meldete sich Bürgermeisterin Anke Wollersheim zu Wort, die mehr Geld für den Hafen verlangte.", "Anke Wollersheim", "Bürgermeisterin")]
    [InlineData("Am Abend ist die Fischerin Jana Oltrogge zu Besuch, Sprecherin der Kutterfischer Sielhafen.", "Jana Oltrogge", "Sprecherin der Kutterfischer Sielhafen")]
    public void A_verbs_complement_after_the_name_is_neither_name_nor_description(string sentence, string name, string description)
    {
        var expert = NewsBot.Core.Documents.Reading.IntroducedOneBySentence.Introduced(sentence);
        Assert.NotNull(expert);
        Assert.Equal(name, expert.Name);
        var written = $"{expert.Role} {expert.Affiliation}";
        Assert.DoesNotContain("zu ", written, StringComparison.Ordinal);
        foreach (var word in description.Split(' ').Where(w => w.Length > 3 && char.IsUpper(w[0])))
            Assert.Contains(word.TrimEnd('s'), written, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("safety researcher @ Tarnwell Labs", "safety researcher", "Tarnwell Labs")]
    [InlineData("Head of Policy @ Brightwater Institute", "Head of Policy", "Brightwater Institute")]
    [InlineData("Referentin @ Ruderverein Haselbach", "Referentin", "Ruderverein Haselbach")]
    public void An_at_sign_between_post_and_body_reads_as_at(string description, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), DescriptionReader.Read(description));
    }
}
