using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;

namespace NewsBot.Tests.Commands;

internal static class TestData
{
    public static readonly DateTimeOffset Now = new(2025, 3, 4, 17, 0, 0, TimeSpan.Zero);

    public static readonly Discussion Europa = new(
        "010_europa", "Wie sicher ist Europa?", "Wie sicher ist Europa? | ZDFheute live", "ZDFheute live", "Mitri Sirin",
        DocumentLanguage.German,
        [new Expert("Anna Beispiel", "Politologin", "Universität Kiel"), new Expert("Ben Muster", "Korrespondent", null)],
        ["Wie verlässlich ist die NATO?", "Was muss Europa selbst tun?"],
        ["Die Lage ist ernst.", "Der Kanzler reist nach Paris.", "Die Minister beraten.", "Ein vierter Absatz."]);

    public static readonly Discussion Climate = new(
        "020_climate", "Can cities cool down?", "Can cities cool down? | Live panel", "Live panel", null,
        DocumentLanguage.English,
        [new Expert("Carla Example", "Urban planner", "TU Delft")],
        ["What works in hot summers?"],
        ["Heat waves are getting longer.", "Cities are trying trees."]);

    public static readonly Discussion Security = new(
        "005_aussen", "Äußere Sicherheit: Café-Gespräch", "Äußere Sicherheit | ZDFheute live", "ZDFheute live", null,
        DocumentLanguage.German, [], [], ["Nur ein Absatz."]);

    public static readonly Uri EuropaLink = new("https://example.org/live/europa");

    public static readonly StreamEntry EuropaStream = new(Europa.Id, Now.AddHours(1), Now.AddHours(2), EuropaLink, "Europe/Berlin");

    public static readonly StreamEntry ClimateStream = new(Climate.Id, Now.AddDays(1), null, null, "Europe/Berlin");

    public static long Unix(DateTimeOffset instant) => instant.ToUnixTimeSeconds();
}
