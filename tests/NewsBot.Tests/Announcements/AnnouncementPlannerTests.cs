using NewsBot.Announcements;
using NewsBot.Settings;
using NewsBot.Texts;

namespace NewsBot.Tests.Announcements;

public sealed class AnnouncementPlannerTests
{
    private static readonly DateTimeOffset Start = AnnouncementHarness.Start;

    [Fact]
    public void Plans_every_stream_times_every_guild_with_a_channel_times_each_offset()
    {
        var streams = new[] { AnnouncementHarness.Stream(), AnnouncementHarness.Stream(Start.AddDays(1)) };
        var guilds = new[]
        {
            new GuildSettings(1, 10, null, [TimeSpan.FromMinutes(15), TimeSpan.Zero, TimeSpan.Zero], BotLanguage.German, false),
            new GuildSettings(2, 20, null, [TimeSpan.FromHours(1)], BotLanguage.English, false),
            GuildSettings.Default(3),
        };

        var plan = AnnouncementPlanner.Plan(streams, guilds, Start.AddHours(-2), TimeSpan.FromHours(1));

        Assert.Equal(6, plan.Count);
        var first = plan[0];
        Assert.Equal(new AnnouncementKey("d1@2026-12-03T19:15:00Z", 1, TimeSpan.FromMinutes(15)), first.Key);
        Assert.Equal(Start.AddMinutes(-15), first.DueAt);
        Assert.Equal(10UL, first.ChannelId);
        Assert.Contains(plan, p => p.Key.GuildId == 2 && p.DueAt == Start.AddDays(1).AddHours(-1));
        Assert.DoesNotContain(plan, p => p.Key.GuildId == 3);
    }

    [Fact]
    public void A_stream_a_guild_scheduled_itself_is_planned_for_that_guild_only_under_its_own_key()
    {
        var shared = AnnouncementHarness.Stream();
        var own = shared with { Owner = new Core.Schedule.StreamOwner(2, "abc") };
        var guilds = new[]
        {
            new GuildSettings(1, 10, null, [TimeSpan.Zero], BotLanguage.German, false),
            new GuildSettings(2, 20, null, [TimeSpan.Zero], BotLanguage.German, false),
        };

        var plan = AnnouncementPlanner.Plan([shared, own], guilds, Start.AddHours(-2), TimeSpan.FromHours(1));

        Assert.Equal(3, plan.Count);
        var guildOne = Assert.Single(plan, p => p.Key.GuildId == 1);
        Assert.Equal("d1@2026-12-03T19:15:00Z", guildOne.Key.StreamKey);
        Assert.Equal(["d1@2026-12-03T19:15:00Z", "d1@2026-12-03T19:15:00Z#abc"], plan.Where(p => p.Key.GuildId == 2).Select(p => p.Key.StreamKey).Order());
    }

    [Fact]
    public void A_stream_that_is_over_is_not_planned_but_a_running_one_is()
    {
        var guilds = new[] { new GuildSettings(1, 10, null, [TimeSpan.Zero], BotLanguage.German, false) };

        Assert.Single(AnnouncementPlanner.Plan([AnnouncementHarness.Stream()], guilds, Start.AddMinutes(44), TimeSpan.FromHours(1)));
        Assert.Empty(AnnouncementPlanner.Plan([AnnouncementHarness.Stream()], guilds, Start.AddMinutes(45), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void The_nonce_is_stable_short_and_differs_per_step()
    {
        var key = new AnnouncementKey("d1@2026-12-03T19:15:00Z", 1, TimeSpan.FromMinutes(15));

        Assert.Equal(AnnouncementNonce.For(key), AnnouncementNonce.For(key with { }));
        Assert.Equal(25, AnnouncementNonce.For(key).Length);
        Assert.NotEqual(AnnouncementNonce.For(key), AnnouncementNonce.For(key with { Offset = TimeSpan.Zero }));
        Assert.NotEqual(AnnouncementNonce.For(key), AnnouncementNonce.For(key with { GuildId = 2 }));
    }

    [Theory]
    [InlineData(15, -15, -15, 60, null)]
    [InlineData(15, -1, -1, 60, null)]
    [InlineData(15, 0, 0, 60, "too late: the stream already started")]
    [InlineData(30, -15, -15, 60, null)]
    [InlineData(30, -14, -14, 60, "too late: due")]
    [InlineData(5, 1, 1, 60, "too late: the stream already started")]
    [InlineData(0, 0, 0, 60, null)]
    [InlineData(0, 15, 15, 60, null)]
    [InlineData(0, 16, 16, 60, "too late: due")]
    [InlineData(0, 10, 10, 10, "too late: the stream already ended")]
    // Judged at the first claim: a retry or take-over finishes a step that was on time, until the stream ends.
    [InlineData(1, -1, 2, 60, null)]
    [InlineData(15, -15, 30, 60, null)]
    [InlineData(0, 0, 40, 60, null)]
    [InlineData(1, -1, 60, 60, "too late: the stream already ended")]
    [InlineData(0, 5, 70, 60, "too late: the stream already ended")]
    [InlineData(30, -14, -10, 60, "too late: due")]
    [InlineData(1, 0, 1, 60, "too late: the stream already started")]
    public void The_catch_up_rule(int offsetMinutes, int firstClaimMinutesFromStart, int nowMinutesFromStart, int endMinutesFromStart, string? expectedReason)
    {
        var offset = TimeSpan.FromMinutes(offsetMinutes);

        var reason = CatchUpRule.WhyNotPost(
            offset, Start - offset, Start, Start.AddMinutes(endMinutesFromStart), Start.AddMinutes(firstClaimMinutesFromStart),
            Start.AddMinutes(nowMinutesFromStart), TimeSpan.FromMinutes(15));

        if (expectedReason is null)
            Assert.Null(reason);
        else
            Assert.StartsWith(expectedReason, reason, StringComparison.Ordinal);
    }
}
