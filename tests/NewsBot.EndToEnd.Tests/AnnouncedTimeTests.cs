using static NewsBot.EndToEnd.Tests.BotHarness;

namespace NewsBot.EndToEnd.Tests;

/// <summary>
/// /stream and /summary of discussions that are not in streams.json but whose text announces when they are broadcast:
/// the real host reads the time from the document and shows it, in the guild's language, at the injected clock's now.
/// </summary>
public sealed class AnnouncedTimeTests : IAsyncLifetime
{
    private const string German = "100_angekuendigt";
    private const string English = "101_announced";
    private static readonly DateTimeOffset Now = new(2030, 3, 4, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Thursday 7 March 2030, 20:15 in Berlin (the default zone) is 19:15 UTC.</summary>
    private static readonly long GermanStart = new DateTimeOffset(2030, 3, 7, 19, 15, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    private static readonly Dictionary<string, string> Documents = new()
    {
        [German] = """
            Wie sicher ist Europa?
            Die Regierung hat am 1. März neue Pläne vorgestellt, sagte ein Sprecher.
            Darüber diskutieren wir am Donnerstag, 7. März 2030, um 20.15 Uhr live im Stream.
            Zu Gast ist die Politologin Anna Beispiel von der Universität Kiel.
            Wie sicher ist Europa? | ZDFheute live
            """,
        [English] = """
            Can cities cool down?
            Heat waves are getting longer, officials said on Monday.
            This show airs at 10 a.m. EDT.
            Joining us is urban planner Carla Example of TU Delft.
            Can cities cool down? | Live panel
            """,
    };

    private BotHarness _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await BotHarness.StartAsync(Now, Streams(Now.AddDays(2), Now.AddDays(2).AddHours(1)), prepare: async folder =>
        {
            foreach (var (id, text) in Documents)
                await File.WriteAllTextAsync(Path.Combine(folder, "documents", id + ".txt"), text);
        });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Stream_and_summary_show_the_announced_date_and_time_in_german()
    {
        await SetGuildLanguageAsync("de");

        var stream = await _bot.ReplyAsync(_bot.Viewer("stream", "de", Option("discussion", German)));
        var summary = await _bot.ReplyAsync(_bot.Viewer("summary", "de", Option("discussion", German)));

        var expected = $"Angekündigt für <t:{GermanStart}:F> (<t:{GermanStart}:R>) – noch nicht im Sendeplan.";
        Assert.Equal(expected, stream["embeds"]![0]!["description"]!.GetValue<string>());
        Assert.Contains(expected, Text(summary), StringComparison.Ordinal);
        Assert.False(IsEphemeral(stream));
    }

    [Fact]
    public async Task Stream_and_summary_show_an_announced_time_without_day_with_its_zone_in_english()
    {
        await SetGuildLanguageAsync("en");

        var stream = await _bot.ReplyAsync(_bot.Viewer("stream", "de", Option("discussion", English)));
        var summary = await _bot.ReplyAsync(_bot.Viewer("summary", "de", Option("discussion", English)));

        const string Expected = "Announced for 10:00 (EDT), no date given – not in the schedule yet.";
        Assert.Equal(Expected, stream["embeds"]![0]!["description"]!.GetValue<string>());
        Assert.Contains(Expected, Text(summary), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scheduled_discussion_still_shows_its_schedule_not_an_announcement()
    {
        await SetGuildLanguageAsync("de");

        var stream = await _bot.ReplyAsync(_bot.Viewer("stream", "de", Option("discussion", DiscussionId)));

        Assert.DoesNotContain("Angekündigt", Text(stream), StringComparison.Ordinal);
        Assert.Contains($"<t:{Now.AddDays(2).ToUnixTimeSeconds()}:F>", Text(stream), StringComparison.Ordinal);
    }

    private async Task SetGuildLanguageAsync(string language)
    {
        var reply = await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("language", Option("language", language))));
        Assert.True(IsEphemeral(reply));
    }
}
