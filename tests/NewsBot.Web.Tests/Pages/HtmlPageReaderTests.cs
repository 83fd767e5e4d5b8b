using System.Text;
using NewsBot.Web.Pages;

namespace NewsBot.Web.Tests.Pages;

public sealed class HtmlPageReaderTests
{
    internal static byte[] TestPage(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    private static Task<PageReading> Read(string html) =>
        HtmlPageReader.ReadAsync(Encoding.UTF8.GetBytes(html), "utf-8", null, CancellationToken.None);

    [Fact]
    public async Task A_talk_show_page_gives_its_article_from_the_headline_on_without_navigation_cookies_asides_figures_hidden_text_or_footers()
    {
        var reading = await HtmlPageReader.ReadAsync(TestPage("miosga-mit-json-ld.html"), charset: null, new Uri("https://www.daserste.de/talk/miosga"), CancellationToken.None);

        Assert.Equal(
            """
            Caren Miosga heute: Gäste und Thema am 15.9.
            Stand: 15.09.2024, 10:12 Uhr
            Am Sonntagabend (15.9.) diskutiert Caren Miosga im Ersten wieder mit ihren Gästen über die politische Lage. Wer dieses Mal im Studio sitzt und welche Frage im Mittelpunkt steht – der Überblick.
            Caren Miosga: Die Gäste am 15.9.24
            - Hendrik Wüst (Ministerpräsident Nordrhein-Westfalen): Er spricht von einer doppelten Zäsur – den Anschlag von Solingen auf der einen, den Wahlausgang in Thüringen mit der AfD als stärkster Kraft auf der anderen Seite.
            - Gerald Knaus (Migrationsforscher): Er beurteilt die derzeitige Migrationsdebatte in Deutschland kritisch.
            - Gilda Sahebi (Autorin und freie Journalistin): Ihr fällt auf, dass Menschen mit Einwanderungsgeschichte oft als Sündenböcke für strukturelle Missstände herhalten müssen.
            Worum geht es am Sonntag bei Caren Miosga?
            Der Asyl-Gipfel von Bundesregierung und Opposition ist vorerst ohne Ergebnis geblieben. Übrig bleibt der Plan der Ampel, Asylverfahren an den Grenzen zu beschleunigen. Was kann das überhaupt bewirken? Wie will die Union ihre Forderung nach Zurückweisungen weiter durchsetzen? Und wie sehen die europäischen Nachbarn die deutschen Pläne? Darüber will Caren Miosga mit ihren Gästen sprechen.
            Wann läuft Caren Miosga heute im Ersten und in der Mediathek?
            Die Ausgabe vom 15.9. beginnt um 21.45 Uhr im Anschluss an den „Tatort“.
            Zeitgleich ist sie als Stream in der ARD-Mediathek zu sehen und bleibt dort danach abrufbar.
            """,
            reading.Text);
    }

    [Fact]
    public async Task A_windows_1252_event_page_without_article_or_main_gives_its_body_without_skip_link_banner_sidebar_form_and_footer()
    {
        var reading = await HtmlPageReader.ReadAsync(TestPage("lse-ohne-json-ld.html"), charset: null, null, CancellationToken.None);

        Assert.Equal(
            """
            Who Owns the Sea Floor? Deep-Sea Mining and the Future of Ocean Governance
            Hosted by the LSE Centre for Maritime Governance
            Wednesday 12 March 2025, 6.30pm to 8pm, Sheikh Zayed Theatre, Cheng Kin Ku Building, and online
            In-person and online public event (free, ticket required) – seats £0
            Companies are racing to harvest metal-rich nodules from the Pacific sea floor, while talks at the International Seabed Authority on a mining code remain deadlocked. Can the deep ocean be mined without causing irreversible damage? Who should benefit from resources that belong to “the common heritage of mankind”? Our panel will discuss.
            Speakers
            Dr Nadia Farouk
            Nadia Farouk is Associate Professor of International Law at LSE and author of Law Below the Waves (2023).
            Professor Olav Strand
            Olav Strand is a marine biologist at the University of Bergen, where he leads the Deep Ocean Ecology Group.
            Priya Raman
            Priya Raman is Head of Policy at the Pacific Resource Transparency Initiative, based in Suva, Fiji.
            Chair
            Professor Daniel Whitcombe
            Daniel Whitcombe is Director of the LSE Centre for Maritime Governance.
            More about this event
            The Centre for Maritime Governance brings together researchers working on the law, economics and politics of the oceans.
            """,
            reading.Text);
        Assert.Empty(reading.Hints.Events);
        Assert.Equal("Who Owns the Sea Floor? Deep-Sea Mining and the Future of Ocean Governance", reading.Hints.OpenGraphTitle);
        Assert.Equal("Who Owns the Sea Floor? | LSE Events", reading.Hints.DocumentTitle);
    }

    [Fact]
    public async Task The_broadcast_event_nested_in_an_episode_is_found_with_the_episodes_name_times_and_actors()
    {
        var reading = await HtmlPageReader.ReadAsync(TestPage("miosga-mit-json-ld.html"), charset: null, null, CancellationToken.None);

        var main = Assert.Single(reading.Hints.Events);
        Assert.Equal("BroadcastEvent", main.Type);
        Assert.Equal("Was treibt die Union im Asylstreit, Herr Wüst?", main.Name);
        Assert.Equal("2024-09-15T21:45", main.Start?.ToString());
        Assert.Equal("+02:00", main.Start?.Zone);
        Assert.Equal("2024-09-15T22:45", main.End?.ToString());
        Assert.Equal(["Hendrik Wüst", "Gerald Knaus"], main.Performers.Select(p => p.Name));
        Assert.Equal("Migrationsforscher", main.Performers[1].Role);
        Assert.Equal("Caren Miosga heute: Gäste und Thema am 15.9.", reading.Hints.OpenGraphTitle);
    }

    [Fact]
    public async Task An_event_gives_its_performers_with_job_title_and_affiliation_its_organizer_and_url()
    {
        var reading = await Read("""
            <html><head><script type="application/ld+json">
            [{"@type": ["Thing", "Event"], "name": "Podium: Wohnen in der Stadt", "startDate": "2025-05-02T11:00", "endDate": "2025-05-02T13:00",
              "performer": [{"@type": "Person", "name": "Anna Beck", "jobTitle": "Stadtplanerin", "affiliation": {"@type": "Organization", "name": "TU Berlin"}},
                            "Jonas Weber", {"@type": "Person", "name": "Anna Beck"}],
              "organizer": {"@type": "Organization", "name": "Stiftung Stadt"}, "url": "https://example.org/podium"}]
            </script></head><body><h1>Podium</h1><p>Text.</p></body></html>
            """);

        var e = Assert.Single(reading.Hints.Events);
        Assert.Equal("Event", e.Type);
        Assert.Equal(["Anna Beck", "Jonas Weber"], e.Performers.Select(p => p.Name));
        Assert.Equal("Stadtplanerin", e.Performers[0].Role);
        Assert.Equal("TU Berlin", e.Performers[0].Affiliation);
        Assert.Equal("Stiftung Stadt", e.Organizer);
        Assert.Equal("https://example.org/podium", e.Url);
        Assert.Null(e.Start?.Zone);
    }

    [Fact]
    public async Task Broken_json_ld_is_skipped_and_the_next_block_still_read()
    {
        var reading = await Read("""
            <html><head>
            <script type="application/ld+json">{"@type": "Event", "name": </script>
            <script type="application/ld+json">{"@type": "Event", "name": "Zweiter Block", "startDate": "2025-13-40T99:99"}</script>
            </head><body><h1>Titel</h1></body></html>
            """);

        var e = Assert.Single(reading.Hints.Events);
        Assert.Equal("Zweiter Block", e.Name);
        Assert.Null(e.Start);
    }

    [Fact]
    public async Task Without_any_h1_the_og_title_heads_the_text()
    {
        var reading = await Read("""
            <html><head><title>Seite | Portal</title><meta property="og:title" content="Der eigentliche Titel"></head>
            <body><main><p>Erster Absatz.</p><ul><li>Eins</li><li>Zwei <b>fett</b></li></ul></main></body></html>
            """);

        Assert.Equal("Der eigentliche Titel\nErster Absatz.\n- Eins\n- Zwei fett", reading.Text);
    }

    [Fact]
    public async Task Without_h1_and_og_title_the_document_title_heads_the_text()
    {
        var reading = await Read("<html><head><title>Nur der Titel</title></head><body><p>Absatz.</p></body></html>");

        Assert.Equal("Nur der Titel\nAbsatz.", reading.Text);
    }

    [Fact]
    public async Task The_longest_of_several_articles_is_the_content_and_table_rows_are_lines()
    {
        var reading = await Read("""
            <html><body>
            <article><h2>Teaser</h2><p>Kurz.</p></article>
            <article><h1>Programm</h1><table><tr><th>19:00</th><td>Begrüßung</td></tr><tr><th>19:15</th><td>Podium mit Gästen aus der Region</td></tr></table></article>
            </body></html>
            """);

        Assert.Equal("Programm\n19:00 – Begrüßung\n19:15 – Podium mit Gästen aus der Region", reading.Text);
    }
}
