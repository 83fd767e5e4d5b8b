using NewsBot.Commands;
using NewsBot.Core.Documents.Time;
using NewsBot.Texts;

namespace NewsBot.Tests.Commands;

/// <summary>/stream, /summary and /config preview for a discussion that is not in the schedule but whose text announces a time.</summary>
public sealed class AnnouncedTimeCommandTests
{
    private const ulong Moderator = Permissions.ManageGuild;

    /// <summary>"Security" (not scheduled) with a broadcast time read from its text.</summary>
    private static CommandHarness Harness(AnnouncedDate? date, TimeOnly? from, TimeOnly? to = null, string? zone = null, BotLanguage language = BotLanguage.German)
    {
        var harness = new CommandHarness().WithGuildLanguage(language);
        var broadcast = new BroadcastTime(new AnnouncedMoment(date, from, zone), to is null ? null : new AnnouncedMoment(date, to, zone), "test", 3);
        harness.Catalog.Discussions[harness.Catalog.Discussions.IndexOf(TestData.Security)] = TestData.Security with { Broadcast = broadcast };
        return harness;
    }

    private static Dictionary<string, string> Security => new() { ["discussion"] = TestData.Security.Id };

    [Fact]
    public async Task Stream_shows_an_announced_date_and_time_as_discord_timestamps_in_german()
    {
        var harness = Harness(new AnnouncedDate(2025, 3, 9), new TimeOnly(20, 15));

        var reply = await harness.RunAsync("stream", options: Security);

        var start = TestData.Unix(new DateTimeOffset(2025, 3, 9, 19, 15, 0, TimeSpan.Zero)); // 20:15 in Berlin (winter time)
        Assert.Equal($"Angekündigt für <t:{start}:F> (<t:{start}:R>) – noch nicht im Sendeplan.", reply.Embeds[0].Description);
        Assert.DoesNotContain(reply.Embeds[0].Fields, f => f.Name == "Beginn");
    }

    [Fact]
    public async Task Stream_shows_an_announced_range_with_its_end_in_english()
    {
        var harness = Harness(new AnnouncedDate(null, 3, 9), new TimeOnly(20, 15), new TimeOnly(21, 15), language: BotLanguage.English);

        var reply = await harness.RunAsync("stream", options: Security);

        var start = TestData.Unix(new DateTimeOffset(2025, 3, 9, 19, 15, 0, TimeSpan.Zero));
        var end = TestData.Unix(new DateTimeOffset(2025, 3, 9, 20, 15, 0, TimeSpan.Zero));
        Assert.Equal($"Announced for <t:{start}:F> – <t:{end}:t> (<t:{start}:R>) – not in the schedule yet.", reply.Embeds[0].Description);
    }

    [Fact]
    public async Task The_zone_of_announced_times_is_the_schedules_default_zone()
    {
        var harness = Harness(new AnnouncedDate(2025, 3, 9), new TimeOnly(20, 15));
        harness.DefaultTimeZone = "America/New_York";

        var reply = await harness.RunAsync("stream", options: Security);

        var start = TestData.Unix(new DateTimeOffset(2025, 3, 10, 0, 15, 0, TimeSpan.Zero)); // 20:15 EDT
        Assert.Contains($"<t:{start}:F>", reply.Embeds[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_shows_an_announced_day_without_time_written_out_in_german()
    {
        var harness = Harness(new AnnouncedDate(null, 3, 9), null);

        var reply = await harness.RunAsync("summary", options: Security);

        Assert.Equal(
            "Äußere Sicherheit \\| ZDFheute live\nAngekündigt für Sonntag, 9. März 2025 (ohne Uhrzeit) – noch nicht im Sendeplan.",
            reply.Embeds[0].Fields[0].Value);
    }

    [Fact]
    public async Task Summary_shows_an_announced_time_without_day_with_its_written_zone_in_english()
    {
        var harness = Harness(null, new TimeOnly(10, 0), zone: "EDT", language: BotLanguage.English);

        var reply = await harness.RunAsync("summary", options: Security);

        Assert.EndsWith("\nAnnounced for 10:00 (EDT), no date given – not in the schedule yet.", reply.Embeds[0].Fields[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_shows_an_announced_time_without_day_in_the_default_zone_in_german()
    {
        var harness = Harness(null, new TimeOnly(21, 0), new TimeOnly(22, 30));

        var reply = await harness.RunAsync("summary", options: Security);

        Assert.EndsWith("\nAngekündigt für 21:00–22:30 Uhr (Europe/Berlin), ohne Datum – noch nicht im Sendeplan.", reply.Embeds[0].Fields[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scheduled_stream_wins_over_the_announced_time()
    {
        var harness = new CommandHarness().WithGuildLanguage(BotLanguage.German);
        var announced = new BroadcastTime(new AnnouncedMoment(new AnnouncedDate(2025, 5, 1), new TimeOnly(9, 0)), null, "test", 2);
        harness.Catalog.Discussions[0] = TestData.Europa with { Broadcast = announced };

        var reply = await harness.RunAsync("stream", options: new() { ["discussion"] = TestData.Europa.Id });

        Assert.Null(reply.Embeds[0].Description);
        var start = TestData.Unix(TestData.EuropaStream.StartsAt);
        Assert.Equal($"<t:{start}:F>\n<t:{start}:R>", reply.Embeds[0].Fields.Single(f => f.Name == "Beginn").Value);
    }

    [Fact]
    public async Task Preview_of_an_unscheduled_discussion_uses_its_announced_time_when_still_to_come()
    {
        var harness = Harness(new AnnouncedDate(2025, 3, 9), new TimeOnly(20, 15), new TimeOnly(21, 0));

        var reply = await harness.RunAsync("config", "preview", Security, userLocale: "de", permissions: Moderator);

        var stream = Assert.Single(harness.Composer.Calls).Stream;
        Assert.Equal(new DateTimeOffset(2025, 3, 9, 19, 15, 0, TimeSpan.Zero), stream.StartsAt);
        Assert.Equal(new DateTimeOffset(2025, 3, 9, 20, 0, 0, TimeSpan.Zero), stream.EndsAt);
        Assert.Equal("Europe/Berlin", stream.TimeZoneId);
        Assert.Contains("die Zeit, die ihr Text ankündigt", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_of_an_announced_time_without_day_uses_its_next_occurrence()
    {
        var harness = Harness(null, new TimeOnly(9, 30));

        var reply = await harness.RunAsync("config", "preview", Security, userLocale: "en-US", permissions: Moderator);

        // Now is 18:00 in Berlin, so the next 9:30 is tomorrow morning.
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 8, 30, 0, TimeSpan.Zero), Assert.Single(harness.Composer.Calls).Stream.StartsAt);
        Assert.Contains("the time its text announces", reply.Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2025, 3)] // 1 March 2025, 3:00: already over
    [InlineData(null, null)] // a day without a time
    public async Task Preview_falls_back_to_a_sample_time_when_the_announced_time_is_past_or_has_no_time(int? year, int? hour)
    {
        var harness = Harness(new AnnouncedDate(year, 3, 1), hour is null ? null : new TimeOnly(hour.Value, 0));

        var reply = await harness.RunAsync("config", "preview", Security, userLocale: "de", permissions: Moderator);

        Assert.Equal(TestData.Now.AddMinutes(15), Assert.Single(harness.Composer.Calls).Stream.StartsAt);
        Assert.Contains("Beispielzeit", reply.Content, StringComparison.Ordinal);
    }
}
