using System.Text.Json.Nodes;
using static NewsBot.EndToEnd.Tests.BotHarness;

namespace NewsBot.EndToEnd.Tests;

/// <summary>
/// Two real-shaped announcements (from the reader's real-pages test set) served by the real host through the sandbox: a
/// German TV guest list with its questions and broadcast time, and an English conference programme whose panel, host
/// and time stand in its panel block. /panel, /questions, /stream and /summary show what the reader found.
/// </summary>
public sealed class RealAnnouncementTests : IAsyncLifetime
{
    private const string GuestList = "03-miosga-gaeste-fragen";
    private const string Programme = "31-carnegie-conference-programme";
    private static readonly DateTimeOffset Now = new(2024, 9, 10, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Sunday 15 September 2024, 21:45 in Berlin (summer time, the default zone) is 19:45 UTC.</summary>
    private static readonly long GuestListStart = new DateTimeOffset(2024, 9, 15, 19, 45, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    /// <summary>Thursday 16 October 2025, 9:30–11:45 AM EDT (written in the text) is 13:30–15:45 UTC.</summary>
    private static readonly long ProgrammeStart = new DateTimeOffset(2025, 10, 16, 13, 30, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    private static readonly long ProgrammeEnd = new DateTimeOffset(2025, 10, 16, 15, 45, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    private BotHarness _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await BotHarness.StartAsync(Now, Streams(Now.AddDays(2), Now.AddDays(2).AddHours(1)), prepare: folder =>
        {
            foreach (var id in new[] { GuestList, Programme })
                File.Copy(Path.Combine(RepositoryRoot(), "tests", "NewsBot.Core.Tests", "TestData", "real", id + ".txt"), Path.Combine(folder, "documents", id + ".txt"));
            return Task.CompletedTask;
        });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Panel_lists_the_guests_of_a_german_guest_list_with_their_roles_and_the_host()
    {
        await SetGuildLanguageAsync("de");

        var panel = await _bot.ReplyAsync(_bot.Viewer("panel", "de", Option("discussion", GuestList)));

        Assert.Equal(
            [
                ("Hendrik Wüst", "Ministerpräsident Nordrhein-Westfalen"),
                ("Gerald Knaus", "Migrationsforscher"),
                ("Gilda Sahebi", "Autorin und freie Journalistin"),
                ("Moderation", "Caren Miosga"),
            ],
            Fields(panel));
    }

    [Fact]
    public async Task Questions_lists_the_guiding_questions_of_a_german_guest_list_in_order()
    {
        var questions = await _bot.ReplyAsync(_bot.Viewer("questions", "de", Option("discussion", GuestList)));

        Assert.Equal(
            "1. Was kann das überhaupt bewirken?\n"
            + "2. Wie will die Union ihre Forderung nach Zurückweisungen weiter durchsetzen?\n"
            + "3. Und wie sehen die europäischen Nachbarn die deutschen Pläne?",
            questions["embeds"]![0]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stream_and_summary_show_the_announced_broadcast_time_of_a_german_guest_list()
    {
        await SetGuildLanguageAsync("de");

        var stream = await _bot.ReplyAsync(_bot.Viewer("stream", "de", Option("discussion", GuestList)));
        var summary = await _bot.ReplyAsync(_bot.Viewer("summary", "de", Option("discussion", GuestList)));

        var expected = $"Angekündigt für <t:{GuestListStart}:F> (<t:{GuestListStart}:R>) – noch nicht im Sendeplan.";
        Assert.Equal(expected, stream["embeds"]![0]!["description"]!.GetValue<string>());
        Assert.Contains(expected, Text(summary), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Panel_lists_the_speakers_of_an_english_programme_panel_with_role_and_affiliation_and_its_moderator()
    {
        await SetGuildLanguageAsync("en");

        var panel = await _bot.ReplyAsync(_bot.Viewer("panel", "en-US", Option("discussion", Programme)));

        Assert.Equal(
            [
                ("Ana Ferreira-Lind", "Senior Fellow\nEurope Program"),
                ("Jonas Bergqvist", "Head of Strategy\nNordic Munitions Group"),
                ("Marta Zielińska", "Director\nWarsaw Institute for Security Economics"),
                ("Richard Hale", "Nonresident Scholar\nAmerican Statecraft Program"),
                ("Host", "Colleen Dubois"),
            ],
            Fields(panel));
    }

    [Fact]
    public async Task Questions_list_the_questions_of_an_english_programme_page_and_its_panel_item()
    {
        var questions = await _bot.ReplyAsync(_bot.Viewer("questions", "en-US", Option("discussion", Programme)));

        Assert.Equal(
            "1. How quickly can Europe scale up production?\n"
            + "2. Should it buy American or build European?\n"
            + "3. And what does the answer mean for transatlantic burden-sharing?\n"
            + "4. Which bottlenecks are holding back European production, and how can governments and industry overcome them?",
            questions["embeds"]![0]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stream_and_summary_show_the_announced_start_and_end_of_an_english_programme_in_its_written_zone()
    {
        await SetGuildLanguageAsync("en");

        var stream = await _bot.ReplyAsync(_bot.Viewer("stream", "en-US", Option("discussion", Programme)));
        var summary = await _bot.ReplyAsync(_bot.Viewer("summary", "en-US", Option("discussion", Programme)));

        var expected = $"Announced for <t:{ProgrammeStart}:F> – <t:{ProgrammeEnd}:t> (<t:{ProgrammeStart}:R>) – not in the schedule yet.";
        Assert.Equal(expected, stream["embeds"]![0]!["description"]!.GetValue<string>());
        Assert.Contains(expected, Text(summary), StringComparison.Ordinal);
    }

    private static List<(string Name, string Value)> Fields(JsonObject reply) =>
        [.. reply["embeds"]![0]!["fields"]!.AsArray().Select(f => (f!["name"]!.GetValue<string>(), f["value"]!.GetValue<string>()))];

    private async Task SetGuildLanguageAsync(string language)
    {
        var reply = await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("language", Option("language", language))));
        Assert.True(IsEphemeral(reply));
    }
}
