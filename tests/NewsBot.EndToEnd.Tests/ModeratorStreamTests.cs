using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Sandbox.Control;
using NewsBot.Sandbox.World;
using NewsBot.GuildStreams;
using static NewsBot.EndToEnd.Tests.BotHarness;

namespace NewsBot.EndToEnd.Tests;

/// <summary>
/// Moderators schedule, move and cancel their server's streams with /streams; announcements and mirrored events follow at
/// once, and another server never sees them. The schedule file is empty, so everything announced comes from the commands.
/// </summary>
public sealed class ModeratorStreamTests : IAsyncLifetime
{
    // Monday, 4 March 2030, 13:00 in Berlin (UTC+1).
    private static readonly DateTimeOffset Now = new(2030, 3, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TwoPm = Now.AddHours(1);
    private BotHarness _bot = null!;

    private SandboxGuild Other => _bot.Sandbox.World.Guilds[1];

    private ulong OtherAnnouncements => Other.Channel("announcements").Id;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(Now, """{ "streams": [] }""", world: w => w.AddGuild("Other Server", "en-US"));
        await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("channel", Option("channel", _bot.Announcements, 7))));
        await _bot.ReplyAsync(InOther(_bot.Moderator("config", Subcommand("channel", Option("channel", OtherAnnouncements, 7)))));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private InteractionRequest InOther(InteractionRequest request) =>
        request with { GuildId = Other.Id, ChannelId = Other.Channel("general").Id };

    private Task<JsonObject> StreamsAsync(string subcommand, string locale, params JsonNode[] options) =>
        _bot.ReplyAsync(_bot.Moderator("streams", Subcommand(subcommand, options)) with { Locale = locale });

    private async Task<string> OnlyStoredKeyAsync()
    {
        var stored = await _bot.Services.GetRequiredService<IGuildStreamStore>().ListAsync(Now, CancellationToken.None);
        return Assert.Single(stored).StreamKey;
    }

    private void AdvanceTo(DateTimeOffset instant) => _bot.Time.Advance(instant - _bot.Time.GetUtcNow());

    [Fact]
    public async Task A_stream_scheduled_by_command_is_announced_at_its_time_in_that_server_only()
    {
        var reply = await StreamsAsync("schedule", "de", Option("discussion", DiscussionId), Option("start", "heute 14 Uhr"));
        Assert.True(IsEphemeral(reply));
        Assert.Contains("Beginn: Mo., 4. März 2030, 14:00 (Europe/Berlin)", Text(reply), StringComparison.Ordinal);

        Assert.Contains("Nordkorea", Text(await _bot.ReplyAsync(_bot.Viewer("schedule", "de"))), StringComparison.Ordinal);
        var otherSchedule = await _bot.ReplyAsync(InOther(_bot.Viewer("schedule", "en-US")));
        Assert.DoesNotContain("Nordkorea", Text(otherSchedule), StringComparison.Ordinal);

        AdvanceTo(TwoPm - TimeSpan.FromMinutes(15));
        var reminder = Assert.Single(await _bot.ExpectMessagesAsync(_bot.Announcements, 1));
        Assert.Contains("Nordkorea", Text(reminder), StringComparison.Ordinal);

        AdvanceTo(TwoPm);
        Assert.Equal(2, (await _bot.ExpectMessagesAsync(_bot.Announcements, 2)).Count);
        Assert.Equal(2, (await _bot.SettleAsync(_bot.Announcements)).Count);
        Assert.Empty(await _bot.SettleAsync(OtherAnnouncements));
    }

    [Fact]
    public async Task A_moved_stream_is_announced_at_the_new_time_and_never_at_the_old()
    {
        await StreamsAsync("schedule", "en-US", Option("discussion", DiscussionId), Option("start", "today 2 pm"));
        var key = await OnlyStoredKeyAsync();

        var moved = Text(await StreamsAsync("move", "en-US", Option("stream", key), Option("start", "today 3:30 pm")));
        Assert.Contains("from Mon, March 4, 2030, 2:00 PM (Europe/Berlin)\nto Mon, March 4, 2030, 3:30 PM (Europe/Berlin)", moved, StringComparison.Ordinal);

        AdvanceTo(TwoPm - TimeSpan.FromMinutes(15));
        Assert.Empty(await _bot.SettleAsync(_bot.Announcements));
        AdvanceTo(TwoPm);
        Assert.Empty(await _bot.SettleAsync(_bot.Announcements));

        var newStart = TwoPm.AddMinutes(90);
        AdvanceTo(newStart - TimeSpan.FromMinutes(15));
        Assert.Single(await _bot.ExpectMessagesAsync(_bot.Announcements, 1));
        AdvanceTo(newStart);
        Assert.Equal(2, (await _bot.ExpectMessagesAsync(_bot.Announcements, 2)).Count);
        Assert.Equal(2, (await _bot.SettleAsync(_bot.Announcements)).Count);
    }

    [Fact]
    public async Task A_cancelled_stream_is_never_announced_and_its_mirrored_event_is_cancelled()
    {
        await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("events", Flag("enabled", true))));
        await StreamsAsync("schedule", "en-US", Option("discussion", DiscussionId), Option("start", "today 2 pm"), Option("link", "https://example.org/live"));
        Assert.True(await _bot.EventuallyAsync(() => ScheduledEvents(_bot.GuildId).Count == 1), "the stream was not mirrored as an event");
        Assert.Empty(ScheduledEvents(Other.Id));

        var cancelled = Text(await StreamsAsync("cancel", "en-US", Option("stream", await OnlyStoredKeyAsync())));
        Assert.Contains("Cancelled:", cancelled, StringComparison.Ordinal);

        Assert.True(await _bot.EventuallyAsync(() => ScheduledEvents(_bot.GuildId).Count == 0), "the mirrored event is still scheduled");
        AdvanceTo(TwoPm);
        Assert.Empty(await _bot.SettleAsync(_bot.Announcements));
        Assert.Empty(await _bot.SettleAsync(OtherAnnouncements));
    }

    [Fact]
    public async Task Another_servers_moderator_can_neither_see_nor_move_nor_cancel_the_stream()
    {
        await StreamsAsync("schedule", "en-US", Option("discussion", DiscussionId), Option("start", "today 2 pm"));
        var key = await OnlyStoredKeyAsync();

        var suggestions = await _bot.InvokeAsync(InOther(_bot.Moderator("streams", Subcommand("cancel", Focused("stream", "")))) with { Type = 4 });
        Assert.Empty(suggestions.Callback!["data"]!["choices"]!.AsArray());
        var cancel = await _bot.ReplyAsync(InOther(_bot.Moderator("streams", Subcommand("cancel", Option("stream", key)))) with { Locale = "en-US" });
        Assert.Contains("not scheduled in this server", Text(cancel), StringComparison.Ordinal);

        AdvanceTo(TwoPm - TimeSpan.FromMinutes(15));
        Assert.Single(await _bot.ExpectMessagesAsync(_bot.Announcements, 1));
        Assert.Empty(await _bot.SettleAsync(OtherAnnouncements));
    }

    [Fact]
    public async Task A_viewer_is_refused_and_a_bad_start_gets_a_hint_in_autocomplete_and_a_clear_reply()
    {
        var refused = await _bot.ReplyAsync(_bot.Viewer("streams", "en-US", Subcommand("schedule", Option("discussion", DiscussionId), Option("start", "today 2 pm"))));
        Assert.True(IsEphemeral(refused));
        Assert.Contains("Only members with the Manage Server permission can schedule streams.", Text(refused), StringComparison.Ordinal);

        var understood = await _bot.InvokeAsync(_bot.Moderator("streams", Subcommand("schedule", Focused("start", "morgen 18 Uhr"))) with { Type = 4 });
        var choice = Assert.Single(understood.Callback!["data"]!["choices"]!.AsArray());
        Assert.Equal("Di., 5. März 2030, 18:00 (Europe/Berlin)", choice!["name"]!.GetValue<string>());

        var hint = await _bot.InvokeAsync(_bot.Moderator("streams", Subcommand("schedule", Focused("start", "irgendwann"))) with { Type = 4 });
        Assert.StartsWith("❓ Nicht verstanden", Assert.Single(hint.Callback!["data"]!["choices"]!.AsArray())!["name"]!.GetValue<string>(), StringComparison.Ordinal);

        var bad = await StreamsAsync("schedule", "de", Option("discussion", DiscussionId), Option("start", "irgendwann"));
        Assert.Contains("Den Beginn „irgendwann“ verstehe ich nicht.", Text(bad), StringComparison.Ordinal);
        var gap = await StreamsAsync("schedule", "en-US", Option("discussion", DiscussionId), Option("start", "2030-03-31 02:30"));
        Assert.Contains("2030-03-31 02:30 does not exist in Europe/Berlin", Text(gap), StringComparison.Ordinal);
        Assert.Empty(await _bot.Services.GetRequiredService<IGuildStreamStore>().ListAsync(Now.AddDays(-1), CancellationToken.None));
    }

    private static JsonObject Focused(string name, string value) =>
        new() { ["name"] = name, ["type"] = 3, ["value"] = value, ["focused"] = true };

    private List<JsonNode?> ScheduledEvents(ulong guildId) =>
        [.. _bot.Sandbox.Control.ScheduledEvents(guildId).Where(e => e?["status"]?.GetValue<int>() == 1)];
}
