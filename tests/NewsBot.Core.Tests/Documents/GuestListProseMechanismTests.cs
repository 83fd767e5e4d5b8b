using NewsBot.Core.Documents;
using static NewsBot.Core.Tests.Documents.ReaderSnippets;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// A guest-list header ("Joining us:", "Auf dem Podium:") followed by one running prose line that names the guests
/// with descriptions: the people of that line are the panel. A header followed by an ordinary paragraph adds nobody.
/// </summary>
public sealed class GuestListProseMechanismTests
{
    private static string[] Names(Discussion d) => d.Panel.Select(e => e.Name).ToArray();

    [Theory]
    [InlineData("Joining us for the evening:\nThe poet Alvar Brenning, who grew up above a bakery; Tilda Warrow, director of the Fenmoor Trust; and Dr Osric Pell, a lecturer at Halden College.", "Alvar Brenning", "Tilda Warrow", "Osric Pell")]
    [InlineData("On the panel:\nMirela Castrow, chief executive of Northgate Housing; councillor Ewan Threlkeld; and Dr Priya Vantongeren, economist at the Marsh Institute.", "Mirela Castrow", "Ewan Threlkeld", "Priya Vantongeren")]
    [InlineData("Our guests:\nHollis Grayburn, a retired harbour pilot; and Dr Wren Ashcombe, a marine ecologist at Selby University.", "Hollis Grayburn", "Wren Ashcombe")]
    public void English_guests_in_one_prose_line_under_a_header_are_the_panel(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(English(body)));
    }

    [Theory]
    [InlineData("Auf dem Podium:\nDie Försterin Jolanda Wetterich, die seit 20 Jahren im Hunsrück arbeitet; Bernhard Quellmalz, Vorsitzender des Waldbauernverbands; und Dr. Svea Olderog von der Hochschule Eberswalde.", "Jolanda Wetterich", "Bernhard Quellmalz", "Svea Olderog")]
    [InlineData("Unsere Gäste:\nder Stadtplaner Timon Regelsberger, die Mieteranwältin Gesa Hollerbach und Pfarrer Anselm Drewitz aus Kalk.", "Timon Regelsberger", "Gesa Hollerbach", "Anselm Drewitz")]
    [InlineData("Mit dabei sind:\nFrauke Lindemeyer, Bürgermeisterin von Ostrau; Kaspar Veltheim, Landwirt; sowie die Ökologin Dr. Merle Tjaden.", "Frauke Lindemeyer", "Kaspar Veltheim", "Merle Tjaden")]
    public void German_guests_in_one_prose_line_under_a_header_are_the_panel(string body, params string[] expected)
    {
        Assert.Equal(expected, Names(Doc(body)));
    }

    [Theory]
    [InlineData("Joining us for the evening:\nThe library opened in 1934 and was rebuilt after the war by the city council.")]
    [InlineData("Unsere Gäste:\nDer Eintritt ist frei, eine Anmeldung ist nicht nötig.")]
    public void A_header_above_an_ordinary_paragraph_adds_nobody(string body)
    {
        Assert.Empty(English(body).Panel);
    }
}
