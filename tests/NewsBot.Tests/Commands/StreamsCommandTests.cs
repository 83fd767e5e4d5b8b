using NewsBot.Commands;
using NewsBot.Messages;

namespace NewsBot.Tests.Commands;

public sealed class StreamsCommandTests
{
    // TestData.Now is Tuesday, 4 March 2025, 18:00 in Berlin.
    private readonly CommandHarness _harness = new();

    private Task<BotMessage> RunAsync(string subcommand, Dictionary<string, string> options, string locale = "en-US", ulong permissions = Permissions.ManageGuild) =>
        _harness.RunAsync("streams", subcommand, options, userLocale: locale, permissions: permissions);

    private Task<IReadOnlyList<AutocompleteChoice>> SuggestAsync(string subcommand, string focused, Dictionary<string, string> options,
        string locale = "en-US", ulong permissions = Permissions.ManageGuild) =>
        _harness.Router.AutocompleteAsync(
            CommandHarness.Context("streams", subcommand, options, userLocale: locale, permissions: permissions) with { FocusedOption = focused },
            CancellationToken.None).AsTask();

    private async Task<string> ScheduledKeyAsync() =>
        Assert.Single(await _harness.StreamStore.ListAsync(TestData.Now, CancellationToken.None)).StreamKey;

    [Fact]
    public async Task A_member_without_manage_server_is_refused_and_gets_no_suggestions()
    {
        var refused = await RunAsync("schedule", new() { ["discussion"] = TestData.Security.Id, ["start"] = "tomorrow 6 pm" }, "de", permissions: 0);

        Assert.True(refused.Ephemeral);
        Assert.Equal("Nur Mitglieder mit der Berechtigung „Server verwalten“ können Streams planen.", refused.Content);
        Assert.Empty(await SuggestAsync("schedule", "start", new() { ["start"] = "morgen 18 Uhr" }, permissions: 0));
        Assert.Empty(await _harness.StreamStore.ListAsync(TestData.Now.AddDays(-1), CancellationToken.None));
        Assert.Equal(0, _harness.Replanner.Calls);
    }

    [Fact]
    public async Task Scheduling_from_typed_german_text_stores_the_stream_replans_and_says_how_it_was_understood()
    {
        var reply = await RunAsync("schedule",
            new() { ["discussion"] = TestData.Security.Id, ["start"] = "morgen 18 Uhr", ["end"] = "19:30", ["link"] = "https://example.org/live" }, "de");

        Assert.True(reply.Ephemeral);
        Assert.Contains("Geplant: **Äußere Sicherheit: Café-Gespräch**", reply.Content, StringComparison.Ordinal);
        Assert.Contains("Beginn: Mi., 5. März 2025, 18:00 (Europe/Berlin)", reply.Content, StringComparison.Ordinal);
        Assert.Contains("Ende: Mi., 5. März 2025, 19:30 (Europe/Berlin)", reply.Content, StringComparison.Ordinal);
        var stored = Assert.Single(await _harness.StreamStore.ListAsync(TestData.Now, CancellationToken.None));
        Assert.Equal((CommandHarness.GuildId, TestData.Security.Id, TestData.Now.AddHours(24), TestData.Now.AddHours(25.5), CommandHarness.UserId),
            (stored.GuildId, stored.DiscussionId, stored.StartsAt, stored.EndsAt, stored.CreatedBy));
        Assert.Equal(new Uri("https://example.org/live"), stored.Link);
        Assert.Equal(1, _harness.Replanner.Calls);
    }

    [Fact]
    public async Task The_start_autocomplete_shows_how_the_input_was_understood_in_the_moderators_language_or_a_hint()
    {
        var german = Assert.Single(await SuggestAsync("schedule", "start", new() { ["start"] = "Do 20:15" }, "de"));
        Assert.Equal(new AutocompleteChoice("Do., 6. März 2025, 20:15 (Europe/Berlin)", "2025-03-06 20:15"), german);

        var english = Assert.Single(await SuggestAsync("schedule", "start", new() { ["start"] = "today 8pm", ["time_zone"] = "America/New_York" }));
        Assert.Equal(new AutocompleteChoice("Tue, March 4, 2025, 8:00 PM (America/New_York)", "2025-03-04 20:00"), english);

        var hint = Assert.Single(await SuggestAsync("schedule", "start", new() { ["start"] = "bald" }, "de"));
        Assert.StartsWith("❓ Nicht verstanden – z. B. 03.12.2026 20:15", hint.Name, StringComparison.Ordinal);
        Assert.True(hint.Name.Length <= 100);

        var gap = Assert.Single(await SuggestAsync("schedule", "start", new() { ["start"] = "30.3.2025 02:30" }));
        Assert.StartsWith("❓ 2025-03-30 02:30 does not exist in Europe/Berlin", gap.Name, StringComparison.Ordinal);

        var end = Assert.Single(await SuggestAsync("schedule", "end", new() { ["start"] = "Do 20:15", ["end"] = "21:00" }, "de"));
        Assert.Equal("Do., 6. März 2025, 21:00 (Europe/Berlin)", end.Name);
    }

    [Theory]
    [InlineData("soon", null, "I don't understand the start \"soon\". Examples:")]
    [InlineData("30.3.2025 02:30", null, "2025-03-30 02:30 does not exist in Europe/Berlin: the clocks jump forward then")]
    [InlineData("tomorrow", null, "A day without a time")]
    [InlineData("31.02.2026 20:15", null, "\"31.02.2026\" is not a date or time that exists.")]
    [InlineData("4.3.2025 08:00", null, "Tue, March 4, 2025, 8:00 AM (Europe/Berlin) has already passed")]
    [InlineData("tomorrow 6 pm", "ftp://example.org", "\"ftp://example.org\" is not a complete http(s) address.")]
    public async Task Bad_input_is_explained_and_nothing_is_saved(string start, string? link, string expected)
    {
        var options = new Dictionary<string, string> { ["discussion"] = TestData.Security.Id, ["start"] = start };
        if (link is not null)
            options["link"] = link;

        var reply = await RunAsync("schedule", options);

        Assert.True(reply.Ephemeral);
        Assert.Contains(expected, reply.Content, StringComparison.Ordinal);
        Assert.Empty(await _harness.StreamStore.ListAsync(TestData.Now.AddDays(-1), CancellationToken.None));
    }

    [Fact]
    public async Task An_unknown_discussion_an_unknown_zone_and_an_end_before_the_start_are_refused()
    {
        Assert.Contains("nope", (await RunAsync("schedule", new() { ["discussion"] = "nope", ["start"] = "tomorrow 6 pm" })).Content, StringComparison.Ordinal);
        Assert.Contains("\"Mars/Olympus\" is not a known time zone",
            (await RunAsync("schedule", new() { ["discussion"] = TestData.Security.Id, ["start"] = "tomorrow 6 pm", ["time_zone"] = "Mars/Olympus" })).Content,
            StringComparison.Ordinal);
        Assert.Equal("The end must be after the start.",
            (await RunAsync("schedule", new() { ["discussion"] = TestData.Security.Id, ["start"] = "tomorrow 6 pm", ["end"] = "2025-03-05 17:00" })).Content);
        Assert.Empty(await _harness.StreamStore.ListAsync(TestData.Now.AddDays(-1), CancellationToken.None));
    }

    [Fact]
    public async Task A_move_keeps_the_streams_length_and_link_and_a_cancel_removes_it()
    {
        await RunAsync("schedule", new() { ["discussion"] = TestData.Security.Id, ["start"] = "tomorrow 6 pm", ["end"] = "7:30 pm", ["link"] = "https://example.org/a" });
        var key = await ScheduledKeyAsync();
        var suggested = Assert.Single(await SuggestAsync("move", "stream", new() { ["stream"] = "sicher" }));
        Assert.Equal(new AutocompleteChoice("Äußere Sicherheit: Café-Gespräch – Wed, March 5, 2025, 6:00 PM (Europe/Berlin)", key), suggested);

        var moved = await RunAsync("move", new() { ["stream"] = key, ["start"] = "Thursday 8 pm" });

        Assert.Contains("from Wed, March 5, 2025, 6:00 PM (Europe/Berlin)\nto Thu, March 6, 2025, 8:00 PM (Europe/Berlin)", moved.Content, StringComparison.Ordinal);
        var stored = await _harness.StreamStore.FindAsync(CommandHarness.GuildId, key, CancellationToken.None);
        Assert.Equal((TestData.Now.AddHours(50), TestData.Now.AddHours(51.5), new Uri("https://example.org/a")), (stored!.StartsAt, stored.EndsAt, stored.Link));

        var cancelled = await RunAsync("cancel", new() { ["stream"] = key }, "de");
        Assert.StartsWith("Abgesagt: **Äußere Sicherheit: Café-Gespräch** am Do., 6. März 2025, 20:00 (Europe/Berlin).", cancelled.Content, StringComparison.Ordinal);
        Assert.Null(await _harness.StreamStore.FindAsync(CommandHarness.GuildId, key, CancellationToken.None));
        Assert.Equal(3, _harness.Replanner.Calls);
        Assert.Contains("That stream is not scheduled in this server", (await RunAsync("cancel", new() { ["stream"] = key })).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_lists_the_servers_own_stream_beside_the_shared_ones_and_another_server_never_sees_it()
    {
        await RunAsync("schedule", new() { ["discussion"] = TestData.Security.Id, ["start"] = "tomorrow 6 pm" });

        var here = await _harness.Router.HandleAsync(CommandHarness.Context("schedule"), CancellationToken.None);
        var elsewhere = await _harness.Router.HandleAsync(CommandHarness.Context("schedule") with { GuildId = 999 }, CancellationToken.None);

        var headlines = Assert.Single(here.Embeds).Fields.Select(f => f.Name).ToList();
        Assert.Equal(3, headlines.Count); // the two shared streams and the server's own
        Assert.Contains(headlines, h => h.Contains("Sicherheit", StringComparison.Ordinal));
        Assert.DoesNotContain(Assert.Single(elsewhere.Embeds).Fields, f => f.Name.Contains("Sicherheit", StringComparison.Ordinal));
        Assert.Single(await SuggestAsync("move", "stream", []));
        var otherServer = CommandHarness.Context("streams", "move", [], permissions: Permissions.ManageGuild) with { FocusedOption = "stream", GuildId = 999 };
        Assert.Empty(await _harness.Router.AutocompleteAsync(otherServer, CancellationToken.None));
    }
}
