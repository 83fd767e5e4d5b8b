using System.Globalization;
using NewsBot.Core.Documents.Time;

namespace NewsBot.Core.Tests.Documents.Time;

/// <summary>The date and time expressions the scanner finds in one line, in the forms German and English texts use.</summary>
public sealed class TimeExpressionScannerTests
{
    /// <summary>Each mention as "date T from–to zone", e.g. "--06-13T22:50", "2025-10-16T09:30–10:00 EDT", "T21:00".</summary>
    private static string[] Scan(string line, bool english = false) =>
        [.. TimeExpressionScanner.Scan(line, english).Select(m =>
            new AnnouncedMoment(m.Date, m.From).ToString()
            + (m.To is { } to ? "–" + to.ToString("HH:mm", CultureInfo.InvariantCulture) : "")
            + (m.Zone is { } zone ? " " + zone : ""))];

    [Theory]
    [InlineData("Für Dienstag, 13. Juni, 22.50 Uhr, hat die Redaktion eingeladen", "--06-13T22:50")]
    [InlineData("heute, am Donnerstag, 24. Juni 2021, ab 22:15 Uhr im ZDF", "2021-06-24T22:15")]
    [InlineData("31.08.2021 • 20:15 - 21:50 Uhr", "2021-08-31T20:15–21:50")]
    [InlineData("Caren Miosga: Die Gäste am 15.9.24", "2024-09-15")]
    [InlineData("Am Sonntagabend (15.9.) diskutiert", "--09-15")]
    [InlineData("Deutsche TV-Premiere Fr. 03.02.2023 phoenix", "2023-02-03")]
    [InlineData("Von: 13.01.2020 16:00 Bis: 13.01.2020 19:00", "2020-01-13T16:00–19:00")]
    [InlineData("Wann: Freitag, 2. Mai, 11:00–13:00 Uhr", "--05-02T11:00–13:00")]
    [InlineData("mittwochs von 20.15 bis 21.15 Uhr", "T20:15–21:15")]
    [InlineData("Samstag, 12. März, 0.30 bis 1.30 Uhr", "--03-12T00:30–01:30")]
    [InlineData("ab 15.30 Uhr Einlass, 16.00 Uhr Metadiskurse", "T15:30", "T16:00")]
    [InlineData("am 5. Mai um 20 Uhr und am 6. Mai ab 19h30", "--05-05T20:00", "--05-06T19:30")]
    [InlineData("um 20.15 Uhr am Donnerstag, 24. Juni", "--06-24T20:15")]
    [InlineData("Sendung vom 2024-03-05 um 19:00", "2024-03-05T19:00")]
    [InlineData("von 20 bis 22 Uhr", "T20:00–22:00")]
    [InlineData("ab 20h im Stream", "T20:00")]
    [InlineData("Am Morgen, um 9.30 im Stream", "T09:30")]
    [InlineData("Do, 24.06.21, 22:15 Uhr MEZ", "2021-06-24T22:15 MEZ")]
    public void German_forms_are_found(string line, params string[] expected)
    {
        Assert.Equal(expected, Scan(line));
    }

    [Theory]
    [InlineData("Thursday, July 9, 2020, 1:00 – 2:15 p.m.", "2020-07-09T13:00–14:15")]
    [InlineData("Thu. Oct 16th, 2025 9:30 AM - 10:00 AM EDT", "2025-10-16T09:30–10:00 EDT")]
    [InlineData("takes place on Tuesday, July 14, at 2:30 p.m.", "--07-14T14:30")]
    [InlineData("comes from Reading on Thursday 5 November.", "--11-05")]
    [InlineData("Page last updated at 11:52 GMT, Thursday, 5 November 2009", "2009-11-05T11:52 GMT")]
    [InlineData("Published 10/27/20", "2020-10-27")]
    [InlineData("the 5th of November 2024 at 7pm (BST)", "2024-11-05T19:00 BST")]
    [InlineData("from 11 – 1 p.m. ET", "T11:00–13:00 ET")]
    [InlineData("12 noon to 1:30 p.m.", "T12:00–13:30")]
    [InlineData("at 12:30 a.m.", "T00:30")]
    [InlineData("Nov. 5, 2020 at 6.30pm", "2020-11-05T18:30")]
    [InlineData("This show airs Monday at 10 a.m. EDT.", "T10:00 EDT")]
    public void English_forms_are_found(string line, params string[] expected)
    {
        Assert.Equal(expected, Scan(line, english: true));
    }

    [Theory]
    [InlineData("Bayern gewann 2:1 und 3:0.")]
    [InlineData("Die Inflation lag bei 2.5 Prozent, der Preis stieg von 1.50 Euro auf 2.10 Euro.")]
    [InlineData("Version 2.0.1, Adresse 192.168.1.10, Tagungsnr. 02/2020, 24/7 erreichbar.")]
    [InlineData("12+2, 5+7 oder lieber 7+7? Folge 176, 1h 3min, im Jahr 2022, seit Mai 2022.")]
    [InlineData("Das Rentenniveau bleibt bis 2031 bei 48 Prozent; 30. Geburtstag; 45.")]
    [InlineData("So. Die 13. Runde. May 2022 was hot. 31.02.2024 gibt es nicht.")]
    public void Numbers_that_are_no_dates_or_times_are_not_found(string line)
    {
        Assert.Empty(Scan(line));
    }

    [Fact]
    public void A_German_am_before_a_day_is_a_preposition_not_a_meridiem()
    {
        Assert.Equal(["--05-05T10:00"], Scan("um 10:00 am 5. Mai"));
        Assert.Equal(["T10:00–11:30"], Scan("10:00 am - 11:30 am"));
    }
}
