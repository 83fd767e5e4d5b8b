using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// Guiding questions after a lead-in (fifth unseen set, TestData/unseen5): a lead-in that opens with a wh-word and its
/// subject ("What we'll argue about:", "Worum es geht:") is no question, and prose that only opens like a list entry
/// ("Ob Aufträge, Daten oder Strom: … Wer haftet …?") keeps its questions. Short synthetic snippets.
/// </summary>
public sealed class QuestionLeadInMechanismTests
{
    [Theory]
    [InlineData("What we'll argue about: Does a toll actually cut traffic? Who pays for the dredging?", "Does a toll actually cut traffic?", "Who pays for the dredging?")]
    [InlineData("Worum es geht: Wer zahlt für die Deiche? Und wie schnell muss gebaut werden?", "Wer zahlt für die Deiche?", "Und wie schnell muss gebaut werden?")]
    [InlineData("What do we owe the next generation: Does a toll actually cut traffic?", "What do we owe the next generation: Does a toll actually cut traffic?")]
    public void A_lead_in_of_a_wh_word_and_its_subject_is_no_part_of_the_question(string line, params string[] questions)
    {
        Assert.Equal(questions, (line.StartsWith("Worum", StringComparison.Ordinal) ? Doc(line) : English(line)).Questions);
    }

    [Theory]
    [InlineData("Questions for the panel: Can towns afford the new sea walls? Who decides which coast is given up?", "Can towns afford the new sea walls?", "Who decides which coast is given up?")]
    [InlineData("Key questions for our speakers: Will the ferry fares rise? How much freight can the canal take?", "Will the ferry fares rise?", "How much freight can the canal take?")]
    [InlineData("Fragen an die Gäste: Wer bezahlt die neuen Deiche? Wie schnell wird gebaut?", "Wer bezahlt die neuen Deiche?", "Wie schnell wird gebaut?")]
    [InlineData("Leitfragen für das Podium: Reicht das Geld der Länder? Was lernen wir aus dem Hochwasser?", "Reicht das Geld der Länder?", "Was lernen wir aus dem Hochwasser?")]
    public void A_label_of_questions_for_the_panel_is_followed_by_questions_not_people(string line, params string[] questions)
    {
        var english = line.StartsWith("Questions", StringComparison.Ordinal) || line.StartsWith("Key", StringComparison.Ordinal);
        Assert.Equal(questions, (english ? English(line) : Doc(line)).Questions);
    }

    [Fact]
    public void Prose_that_opens_with_a_list_of_things_and_ends_in_a_question_is_no_person_line()
    {
        var d = Doc("Ob Auftragsbücher, Lagerdaten oder Stromverbrauch: In kleinen Betrieben entstehen täglich Daten. Im Mittelpunkt stehen die Fragen: Welche Daten sollten Betriebe teilen? Wer haftet, wenn etwas schiefgeht?");
        Assert.Equal(["Welche Daten sollten Betriebe teilen?", "Wer haftet, wenn etwas schiefgeht?"], d.Questions);
    }
}
