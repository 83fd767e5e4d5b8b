using NewsBot.Core.Documents.People;
using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// A person line whose fields the line's own separator divides ("Name – Post – Organisation", "Name | Post |
/// Organisation") is a table row: the post is the second field, the organisation the third, as written — also an
/// organisation a comma would leave ambiguous ("ver.di …", a short acronym). Short synthetic snippets.
/// </summary>
public sealed class SeparatedFieldsMechanismTests
{
    [Theory]
    [InlineData("Klimaforscherin – Hochschule Talwinkel", " – ", "Klimaforscherin", "Hochschule Talwinkel")]
    [InlineData("Referent Datenschutz – LfD", " – ", "Referent Datenschutz", "LfD")]
    [InlineData("Referentin Bildung | ver.di Landesbezirk Nord", " | ", "Referentin Bildung", "ver.di Landesbezirk Nord")]
    [InlineData("senior analyst | Harbour Policy Lab", " | ", "senior analyst", "Harbour Policy Lab")]
    [InlineData("Chief Economist — Quellfeld Institute", " — ", "Chief Economist", "Quellfeld Institute")]
    public void The_fields_after_the_name_are_post_and_organisation(string rest, string separator, string role, string affiliation)
    {
        Assert.Equal((role, affiliation), PersonRecordReader.SeparatedFields(rest, separator));
    }

    [Theory]
    [InlineData("Lehrerin – Schulleiterin", " – ")]
    [InlineData("Hochschule Talwinkel – Klimaforscherin", " – ")]
    [InlineData("She explains why the river floods – and what helps", " – ")]
    [InlineData("Referentin, Bildung | Nord", " | ")]
    public void No_post_then_organisation_is_no_table_row(string rest, string separator)
    {
        Assert.Null(PersonRecordReader.SeparatedFields(rest, separator));
    }

    [Fact]
    public void A_speaker_list_of_dash_rows_gives_post_and_organisation()
    {
        var d = Doc("Es diskutieren:\nDr. Wiebke Sandmoor – Klimaforscherin – Hochschule Talwinkel\nTorsten Haldrup – Referent Datenschutz – LfD");
        Assert.Equal(["Wiebke Sandmoor|Klimaforscherin|Hochschule Talwinkel", "Torsten Haldrup|Referent Datenschutz|LfD"], Panel(d));
    }

    [Fact]
    public void An_english_pipe_row_gives_post_and_organisation()
    {
        var d = English("Panelists:\nMarta Quillon | senior analyst | Harbour Policy Lab\nOwen Fairleigh | Director of Programs | Tidewater Fund");
        Assert.Equal(["Marta Quillon|senior analyst|Harbour Policy Lab", "Owen Fairleigh|Director of Programs|Tidewater Fund"], Panel(d));
    }
}
