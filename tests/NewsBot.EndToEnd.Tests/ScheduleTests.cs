using System.Text.Json.Nodes;
using static NewsBot.EndToEnd.Tests.BotHarness;

namespace NewsBot.EndToEnd.Tests;

public sealed class ScheduleTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2030, 3, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = Now.AddDays(1);
    private BotHarness _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await BotHarness.StartAsync(Now, Streams(Start, Start.AddHours(1)));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private JsonArray Events => _bot.Sandbox.Control.ScheduledEvents(_bot.GuildId);

    [Fact]
    public async Task Streams_are_mirrored_as_one_external_event_that_follows_the_schedule()
    {
        var reply = Text(await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("events", Flag("enabled", true))) with { Locale = "en-US" }));
        Assert.Contains("will be mirrored", reply, StringComparison.Ordinal);

        Assert.True(await _bot.EventuallyAsync(() => Events.Count == 1), "no event was created");
        var created = Events[0]!;
        Assert.Equal(3, created["entity_type"]!.GetValue<int>());
        Assert.Equal("https://example.org/live", created["entity_metadata"]!["location"]!.GetValue<string>());
        Assert.Equal(Start, DateTimeOffset.Parse(created["scheduled_start_time"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        var id = created["id"]!.GetValue<string>();

        var later = Start.AddHours(2);
        await File.WriteAllTextAsync(_bot.StreamsFile, Streams(later, later.AddHours(1)));
        Assert.True(await _bot.EventuallyAsync(() =>
            Events.Count == 1 && DateTimeOffset.Parse(Events[0]!["scheduled_start_time"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) == later),
            "the event did not move with the schedule");
        Assert.Equal(id, Events[0]!["id"]!.GetValue<string>());

        await File.WriteAllTextAsync(_bot.StreamsFile, """{ "streams": [] }""");
        Assert.True(await _bot.EventuallyAsync(() => Events.Count == 1 && Events[0]!["status"]!.GetValue<int>() == 4), "the event was not cancelled");
        Assert.Equal(id, Events[0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_broken_streams_file_keeps_the_last_good_schedule()
    {
        await File.WriteAllTextAsync(_bot.StreamsFile, """{ "streams": [ { "discussion": """);
        _bot.Time.Advance(TimeSpan.FromMinutes(1));
        await _bot.SettleAsync(_bot.General);

        var schedule = await _bot.ReplyAsync(_bot.Viewer("schedule", "en-US"));
        Assert.Contains("Nordkorea", Text(schedule), StringComparison.Ordinal);
        var stream = await _bot.ReplyAsync(_bot.Viewer("stream", "de", Option("discussion", DiscussionId)));
        Assert.Contains("example.org/live", Text(stream), StringComparison.Ordinal);
    }
}
