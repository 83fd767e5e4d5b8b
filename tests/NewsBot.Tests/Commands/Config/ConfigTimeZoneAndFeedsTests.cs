using NewsBot.Commands;
using NewsBot.GuildFeeds;
using NewsBot.Settings;
using NewsBot.Web.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Tests.Commands.Config;

/// <summary>/config timezone, and what /config show says about the time zone and the server's feeds.</summary>
public sealed class ConfigTimeZoneAndFeedsTests
{
    private const ulong Moderator = Permissions.ManageGuild;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_known_zone_is_saved_as_the_system_spells_it_and_replans()
    {
        var harness = new CommandHarness();

        var reply = await harness.RunAsync("config", "timezone", new() { ["zone"] = " america/new_york " }, permissions: Moderator);

        Assert.Equal("America/New_York", Assert.Single(harness.Store.Saves).Settings.TimeZone);
        Assert.True(reply.Ephemeral);
        Assert.Equal("This server's time zone is now America/New_York: /streams reads a start typed without a zone in it.", reply.Content);
        Assert.Equal(1, harness.Replanner.Calls);
    }

    [Theory]
    [InlineData("Mars/Olympus", "en-US", "\"Mars/Olympus\" is not a known time zone.")]
    [InlineData("Berlin", "de", "„Berlin“ ist keine bekannte Zeitzone.")]
    [InlineData("", "de", "„“ ist keine bekannte Zeitzone.")]
    public async Task An_unknown_zone_is_refused_in_the_moderators_language_and_nothing_is_saved(string typed, string locale, string expected)
    {
        var harness = new CommandHarness();

        var reply = await harness.RunAsync("config", "timezone", new() { ["zone"] = typed }, userLocale: locale, permissions: Moderator);

        Assert.StartsWith(expected, reply.Content, StringComparison.Ordinal);
        Assert.Empty(harness.Store.Saves);
        Assert.Equal(0, harness.Replanner.Calls);
    }

    [Fact]
    public async Task The_zone_autocomplete_offers_matching_zones_and_with_nothing_typed_the_servers_own_first()
    {
        var harness = new CommandHarness();
        harness.Store.Put(GuildSettings.Default(CommandHarness.GuildId) with { TimeZone = "Asia/Tokyo" });

        var typed = await SuggestAsync(harness, "new_y");
        var empty = await SuggestAsync(harness, "");

        Assert.Equal("America/New_York", typed[0].Value);
        Assert.Equal("Asia/Tokyo", empty[0].Value);
        Assert.InRange(empty.Count, 2, 25);
    }

    [Fact]
    public async Task Streams_read_a_start_in_the_servers_zone_when_none_is_given()
    {
        var harness = new CommandHarness();
        harness.Store.Put(GuildSettings.Default(CommandHarness.GuildId) with { TimeZone = "America/New_York" });

        await harness.RunAsync("streams", "schedule", new() { ["discussion"] = TestData.Security.Id, ["start"] = "2025-03-06 20:00" }, permissions: Moderator);

        var stored = Assert.Single(await harness.StreamStore.ListAsync(TestData.Now, None));
        Assert.Equal(("America/New_York", new DateTimeOffset(2025, 3, 7, 1, 0, 0, TimeSpan.Zero)), (stored.TimeZoneId, stored.StartsAt));
    }

    [Fact]
    public async Task Show_names_the_zone_or_the_default_in_both_languages()
    {
        var harness = new CommandHarness();
        var english = await ShowAsync(harness, "en-US");
        var german = await ShowAsync(harness, "de");
        harness.Store.Put(GuildSettings.Default(CommandHarness.GuildId) with { TimeZone = "Asia/Tokyo" });
        var set = await ShowAsync(harness, "en-US");

        Assert.Equal("Europe/Berlin (the bot's default)", english["Time zone"]);
        Assert.Equal("Europe/Berlin (Standard des Bots)", german["Zeitzone"]);
        Assert.Equal("Asia/Tokyo", set["Time zone"]);
    }

    [Fact]
    public async Task Show_lists_broken_feeds_with_url_error_and_next_try_and_counts_given_up_items()
    {
        var harness = new CommandHarness();
        var feeds = harness.Provider.GetRequiredService<IGuildFeedStore>();
        const string Broken = "https://example.org/broken.xml";
        await feeds.FollowAsync(CommandHarness.GuildId, Broken, 42, TestData.Now, 20, None);
        await feeds.FollowAsync(CommandHarness.GuildId, "https://example.org/fine.xml", 42, TestData.Now, 20, None);
        var next = TestData.Now.AddHours(2);
        Assert.Equal(2, (await feeds.ClaimDueAsync("test", TestData.Now, TimeSpan.FromMinutes(10), 10, None)).Count);
        await feeds.CompleteAsync(CommandHarness.GuildId, Broken, "test", new FeedPollRecord(new FetchValidators(null, null), next, null, 3, "HttpError: 404 Not Found"), None);
        for (var i = 0; i < 3; i++)
            await feeds.CountItemFailureAsync(CommandHarness.GuildId, "https://example.org/fine.xml", "id:x", "https://example.org/x: 503", TestData.Now, None);

        var english = await ShowAsync(harness, "en-US");
        var german = await ShowAsync(harness, "de");

        Assert.Equal("2 followed, 1 broken", english["Feeds"]);
        Assert.Contains($"Feed {Broken} is broken (3 failed checks in a row): HttpError: 404 Not Found. Next try <t:{next.ToUnixTimeSeconds()}:R>.",
            english["Problems"], StringComparison.Ordinal);
        Assert.Contains("1 feed items were given up", english["Problems"], StringComparison.Ordinal);
        Assert.Contains($"Feed {Broken} ist gestört (3 Prüfungen in Folge fehlgeschlagen)", german["Probleme"], StringComparison.Ordinal);
        Assert.DoesNotContain("fine.xml", english["Problems"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_keeps_the_problems_within_discords_field_limit()
    {
        var harness = new CommandHarness();
        var feeds = harness.Provider.GetRequiredService<IGuildFeedStore>();
        for (var i = 0; i < 6; i++)
        {
            var url = $"https://example.org/{new string('x', 90)}/{i}.xml";
            await feeds.FollowAsync(CommandHarness.GuildId, url, 42, TestData.Now, 20, None);
            await feeds.ClaimDueAsync("test", TestData.Now, TimeSpan.FromMinutes(10), 10, None);
            await feeds.CompleteAsync(CommandHarness.GuildId, url, "test",
                new FeedPollRecord(new FetchValidators(null, null), TestData.Now.AddHours(1), null, 2, "ConnectionFailed: " + new string('y', 200)), None);
        }
        for (var i = 0; i < 5; i++)
            harness.Failures.Failures.Add(new NewsBot.Announcements.AnnouncementFailure(CommandHarness.GuildId, "step " + i, new string('z', 150), TestData.Now));

        var problems = (await ShowAsync(harness, "en-US"))["Problems"];

        Assert.InRange(problems.Length, 500, 1024);
        Assert.EndsWith("…", problems, StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, string>> ShowAsync(CommandHarness harness, string locale) =>
        (await harness.RunAsync("config", "show", userLocale: locale, permissions: Moderator)).Embeds[0].Fields.ToDictionary(f => f.Name, f => f.Value);

    private static async Task<IReadOnlyList<AutocompleteChoice>> SuggestAsync(CommandHarness harness, string typed) =>
        await harness.Router.AutocompleteAsync(
            CommandHarness.Context("config", "timezone", new() { ["zone"] = typed }, permissions: Moderator) with { FocusedOption = "zone" }, None);
}
