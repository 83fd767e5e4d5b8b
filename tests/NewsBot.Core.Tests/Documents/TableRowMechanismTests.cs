using NewsBot.Core.Documents;
using NewsBot.Core.Documents.Structure;
using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// A flattened table's row, its cells joined by " | ": when its first cell (after an empty cell or a clock time) is a
/// label or an item title that opens with one, the next cell's people are that label's field, and a member with a label
/// of its own ("Chair: X") is that label's. Header rows and a person's own row are no such field. Short synthetic snippets.
/// </summary>
public sealed class TableRowMechanismTests
{
    [Theory]
    [InlineData("Moderation | Hella Quarnstedt | Journalistin", "Host", "Hella Quarnstedt, Journalistin")]
    [InlineData("Moderator | Dorian Pellweather | Deputy Director, Fenwick Centre", "Host", "Dorian Pellweather, Deputy Director, Fenwick Centre")]
    [InlineData("| Moderation | Greta Reitzenstein, Radio Talwinkel", "Host", "Greta Reitzenstein, Radio Talwinkel")]
    [InlineData("10:30 | Begrüßung | Direktorin Dr. Ilka Wendborn", "Welcome", "Direktorin Dr. Ilka Wendborn")]
    [InlineData("14:00 Uhr | Podiumsgespräch (Livestream) | Arne Klosterkamp, Stadtwerke Elbing; Rieke Tamm, Referentin | Saal 2", "Panel", "Arne Klosterkamp, Stadtwerke Elbing; Rieke Tamm, Referentin")]
    [InlineData("9:15–10:00 | Panel: Who pays for the floods? | Osric Quillfoot, Analyst, Tidewater Fund · Hanna Lisle, Mayor of Brackwell | Room A", "Panel", "Osric Quillfoot, Analyst, Tidewater Fund; Hanna Lisle, Mayor of Brackwell")]
    public void A_row_whose_first_cell_is_a_label_is_that_labels_field(string row, string role, string text)
    {
        var read = TableRow.Read(row, DocumentLanguage.German);
        Assert.NotNull(read);
        Assert.Equal(role, read.Value.Segments[0].Role.ToString());
        Assert.Equal(text, read.Value.Segments[0].Text);
    }

    [Theory]
    [InlineData("Uhrzeit | Programmpunkt | Mitwirkende")]
    [InlineData("Time | Session | Speakers | Room")]
    [InlineData("Speaker | Title | Organization")]
    [InlineData("Dr. Ilka Wendborn | Kuratorin | Museum Talwinkel")]
    [InlineData("12:30 | Mittagspause | –")]
    [InlineData("Date | Tuesday, 4 May | Time | 10 AM")]
    public void Header_rows_person_rows_and_slots_without_people_are_no_field(string row)
    {
        Assert.Null(TableRow.Read(row, DocumentLanguage.German));
    }

    [Fact]
    public void A_member_with_its_own_label_goes_to_that_label()
    {
        var read = TableRow.Read("10:15–11:30 | PANEL: Who pays? | Chair: Maren Oakhurst (Daily Ledger) · Osric Quillfoot, Analyst, Tidewater Fund · Hanna Lisle, Mayor of Brackwell | Hall", DocumentLanguage.English);
        Assert.NotNull(read);
        Assert.True(read.Value.Timed);
        Assert.Equal([SectionRole.Panel, SectionRole.Host], read.Value.Segments.Select(s => s.Role));
        Assert.Equal("Maren Oakhurst (Daily Ledger)", read.Value.Segments[1].Text);
    }

    [Fact]
    public void A_german_programme_table_gives_the_podium_and_its_moderation()
    {
        var d = Doc("Programm\nUhrzeit | Programmpunkt | Mitwirkende\n10:00 | Begrüßung | Direktorin Dr. Ilka Wendborn\n10:20 | Impulsvortrag „Wasser“ | Prof. Dr. Jonte Vielhaber, Hochschule Talwinkel\n"
            + "11:00 | Podiumsgespräch | Arne Klosterkamp, Geschäftsführer der Stadtwerke Elbing; Rieke Tamm, Referentin beim Umweltverband Nord\n| Moderation | Greta Reitzenstein, Radio Talwinkel\n12:30 | Mittagspause | –");
        Assert.Equal(["Arne Klosterkamp", "Rieke Tamm"], d.Panel.Select(e => e.Name));
        Assert.Equal("Greta Reitzenstein", d.Host);
    }

    [Fact]
    public void An_english_programme_row_with_a_chair_member_gives_panel_and_host()
    {
        var d = English("Time | Session | Speakers | Room\n09:00–09:20 | Welcome | Linnea Harrowgate, Summit Director | Hall\n"
            + "09:30–10:45 | PANEL: Who pays for the floods? | Chair: Maren Oakhurst (Daily Ledger) · Osric Quillfoot, Analyst, Tidewater Fund · Hanna Lisle, Founder, Brackwell Commons | Hall\n"
            + "11:00–12:00 | Workshop: Sandbags | Hosted by Quellmoor BV | Offsite");
        Assert.Equal(["Osric Quillfoot", "Hanna Lisle"], d.Panel.Select(e => e.Name));
        Assert.Equal("Maren Oakhurst", d.Host);
    }

    [Fact]
    public void A_moderator_row_under_a_speaker_list_is_the_host_not_a_panelist()
    {
        var d = English("Speakers\nOsric Quillfoot | Analyst | Tidewater Fund\nHanna Lisle | Founder | Brackwell Commons\nModerator | Dorian Pellweather | Deputy Director, Fenwick Centre");
        Assert.Equal(["Osric Quillfoot", "Hanna Lisle"], d.Panel.Select(e => e.Name));
        Assert.Equal("Dorian Pellweather", d.Host);
    }
}
