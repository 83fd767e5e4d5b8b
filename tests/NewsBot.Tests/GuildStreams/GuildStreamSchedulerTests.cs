using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Schedule;
using NewsBot.GuildStreams;
using NewsBot.Tests.Commands;
using NewsBot.Tests.Commands.Fakes;

namespace NewsBot.Tests.GuildStreams;

public sealed class GuildStreamSchedulerTests
{
    private const ulong GuildA = 1;
    private const ulong GuildB = 2;
    private static readonly DateTimeOffset Now = TestData.Now;
    private readonly FakeTimeProvider _time = new(Now);
    private readonly InMemoryDiscussionCatalog _catalog = new(TestData.Europa);
    private readonly StoredStreamTestKit _kit;

    public GuildStreamSchedulerTests()
    {
        _catalog.GuildDiscussions.Add((TestData.Climate, GuildA));
        _kit = new StoredStreamTestKit(_catalog, _time, new ScheduleOptions { MaxStreamsPerGuild = 2, DefaultTimeZone = "Europe/London" });
    }

    private Task<GuildStreamChange> ScheduleAsync(ulong guild, string discussion, DateTimeOffset start, DateTimeOffset? end = null) =>
        _kit.Scheduler.ScheduleAsync(guild, discussion, start, end, new Uri("https://example.org/live"), "Europe/Berlin", 501, CancellationToken.None);

    [Fact]
    public async Task Scheduling_stores_the_stream_with_who_and_when_shows_it_at_once_and_replans()
    {
        var done = Assert.IsType<GuildStreamChange.Done>(await ScheduleAsync(GuildA, TestData.Europa.Id, Now.AddDays(1), Now.AddDays(1).AddHours(1)));

        var stored = await _kit.Store.FindAsync(GuildA, done.Stream.StreamKey, CancellationToken.None);
        Assert.Equal(done.Stream, stored);
        Assert.Equal(501UL, stored!.CreatedBy);
        Assert.Equal(Now, stored.CreatedAt);
        var entry = Assert.Single(_kit.Cache.Streams);
        Assert.Equal(new StreamOwner(GuildA, done.Stream.StreamKey), entry.Owner);
        Assert.Equal(1, _kit.Replanner.Calls);
    }

    [Fact]
    public async Task A_guild_may_schedule_its_own_discussion_but_not_another_guilds()
    {
        Assert.IsType<GuildStreamChange.Done>(await ScheduleAsync(GuildA, TestData.Climate.Id, Now.AddDays(1)));

        var refused = Assert.IsType<GuildStreamChange.Refused>(await ScheduleAsync(GuildB, TestData.Climate.Id, Now.AddDays(1)));
        Assert.Equal(GuildStreamRefusal.UnknownDiscussion, refused.Reason);
        Assert.Single(await _kit.Store.ListAsync(Now, CancellationToken.None));
    }

    [Fact]
    public async Task A_start_in_the_past_an_end_before_the_start_and_an_unknown_zone_are_refused_and_nothing_is_stored()
    {
        Assert.Equal(GuildStreamRefusal.StartInThePast, Assert.IsType<GuildStreamChange.Refused>(await ScheduleAsync(GuildA, TestData.Europa.Id, Now)).Reason);
        Assert.Equal(GuildStreamRefusal.EndNotAfterStart,
            Assert.IsType<GuildStreamChange.Refused>(await ScheduleAsync(GuildA, TestData.Europa.Id, Now.AddHours(2), Now.AddHours(2))).Reason);
        var zone = await _kit.Scheduler.ScheduleAsync(GuildA, TestData.Europa.Id, Now.AddHours(2), null, null, "Mars/Olympus", 501, CancellationToken.None);
        Assert.Equal(GuildStreamRefusal.UnknownTimeZone, Assert.IsType<GuildStreamChange.Refused>(zone).Reason);

        Assert.Empty(await _kit.Store.ListAsync(Now.AddDays(-1), CancellationToken.None));
        Assert.Equal(0, _kit.Replanner.Calls);
    }

    [Fact]
    public async Task The_per_server_limit_counts_streams_not_yet_over_and_is_per_guild()
    {
        await ScheduleAsync(GuildA, TestData.Europa.Id, Now.AddHours(1));
        await ScheduleAsync(GuildA, TestData.Europa.Id, Now.AddDays(1));

        var refused = Assert.IsType<GuildStreamChange.Refused>(await ScheduleAsync(GuildA, TestData.Europa.Id, Now.AddDays(2)));
        Assert.Equal(GuildStreamRefusal.LimitReached, refused.Reason);
        Assert.Equal(2, refused.Limit);
        Assert.IsType<GuildStreamChange.Done>(await ScheduleAsync(GuildB, TestData.Europa.Id, Now.AddDays(2)));

        _time.Advance(TimeSpan.FromHours(2.5)); // the first stream (one hour by default) is over
        Assert.IsType<GuildStreamChange.Done>(await ScheduleAsync(GuildA, TestData.Europa.Id, Now.AddDays(2)));
    }

    [Fact]
    public async Task A_move_keeps_the_key_and_creator_and_only_the_owning_guild_may_move_or_cancel()
    {
        var done = Assert.IsType<GuildStreamChange.Done>(await ScheduleAsync(GuildA, TestData.Europa.Id, Now.AddDays(1)));
        var key = done.Stream.StreamKey;

        Assert.Equal(GuildStreamRefusal.UnknownStream, Assert.IsType<GuildStreamChange.Refused>(
            await _kit.Scheduler.MoveAsync(GuildB, key, Now.AddDays(2), null, null, "Europe/Berlin", 9, CancellationToken.None)).Reason);
        Assert.Equal(GuildStreamRefusal.UnknownStream, Assert.IsType<GuildStreamChange.Refused>(
            await _kit.Scheduler.CancelAsync(GuildB, key, 9, CancellationToken.None)).Reason);

        var moved = Assert.IsType<GuildStreamChange.Done>(
            await _kit.Scheduler.MoveAsync(GuildA, key, Now.AddDays(2), null, null, "Europe/Berlin", 777, CancellationToken.None));
        Assert.Equal(done.Stream, moved.Before);
        Assert.Equal((key, 501UL, 777UL, Now.AddDays(2)), (moved.Stream.StreamKey, moved.Stream.CreatedBy, moved.Stream.UpdatedBy, moved.Stream.StartsAt));
        Assert.Equal(Now.AddDays(2), Assert.Single(_kit.Cache.Streams).StartsAt);

        Assert.IsType<GuildStreamChange.Done>(await _kit.Scheduler.CancelAsync(GuildA, key, 777, CancellationToken.None));
        Assert.Empty(_kit.Cache.Streams);
        Assert.Equal(3, _kit.Replanner.Calls);
    }

    [Fact]
    public async Task The_default_zone_is_the_servers_own_then_the_setting_and_never_that_of_a_stream()
    {
        Assert.Equal("Europe/London", await _kit.Scheduler.DefaultTimeZoneAsync(GuildA, CancellationToken.None));

        await ScheduleAsync(GuildA, TestData.Europa.Id, Now.AddDays(1));
        Assert.Equal("Europe/London", await _kit.Scheduler.DefaultTimeZoneAsync(GuildA, CancellationToken.None));

        _kit.Settings.Put(NewsBot.Settings.GuildSettings.Default(GuildA) with { TimeZone = "America/New_York" });
        Assert.Equal("America/New_York", await _kit.Scheduler.DefaultTimeZoneAsync(GuildA, CancellationToken.None));
        Assert.Equal("Europe/London", await _kit.Scheduler.DefaultTimeZoneAsync(GuildB, CancellationToken.None));
    }

    [Fact]
    public async Task The_merged_schedule_leaves_out_a_stored_stream_whose_discussion_its_guild_no_longer_sees()
    {
        await ScheduleAsync(GuildA, TestData.Climate.Id, Now.AddDays(1));
        StreamEntry shared = TestData.EuropaStream;
        Assert.Equal(2, _kit.Cache.With([shared]).Count);

        _catalog.GuildDiscussions.Clear();

        Assert.Equal([shared], _kit.Cache.With([shared]));
    }

    [Fact]
    public async Task Another_instance_picks_a_stored_stream_up_at_a_later_rescan_and_replans()
    {
        var options = new ScheduleOptions { RescanInterval = TimeSpan.FromSeconds(30) };
        var other = new StoredStreamTestKit(_catalog, _time, options, _kit.Store);
        await ScheduleAsync(GuildA, TestData.Europa.Id, Now.AddDays(1));
        var loaded = other.Replanner.Next.Task;
        await other.Cache.StartAsync(CancellationToken.None);
        try
        {
            // The first read (on the service's own thread) finds the first stream and re-plans.
            await loaded.WaitAsync(TimeSpan.FromSeconds(30));
            var replanned = other.Replanner.Next.Task;
            var second = Assert.IsType<GuildStreamChange.Done>(await ScheduleAsync(GuildA, TestData.Europa.Id, Now.AddDays(2)));

            // Only a rescan on the injected clock can find the second one; the clock moves on until the loop has taken it.
            for (var i = 0; i < 200 && !replanned.IsCompleted; i++)
            {
                _time.Advance(options.RescanInterval);
                await Task.WhenAny(replanned, Task.Delay(TimeSpan.FromMilliseconds(25)));
            }

            Assert.True(replanned.IsCompleted, "the other instance never re-read the stored streams");
            Assert.Contains(second.Stream.ToEntry(), other.Cache.Streams);
            Assert.Equal(2, other.Cache.Streams.Count);
        }
        finally
        {
            await other.Cache.StopAsync(CancellationToken.None);
        }
    }
}
