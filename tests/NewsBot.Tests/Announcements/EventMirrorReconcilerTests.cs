using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Announcements;
using NewsBot.Announcements.Events;
using NewsBot.Settings;
using NewsBot.Texts;
using static NewsBot.Tests.Announcements.AnnouncementHarness;

namespace NewsBot.Tests.Announcements;

public sealed class EventMirrorReconcilerTests
{
    private readonly FakeEventMirror _mirror = new();

    private EventMirrorReconciler Reconciler(AnnouncementHarness h, NewsBot.Storage.SqliteDatabase database) => new(
        h.Schedule, h.Catalog, h.Settings, new SqlMirroredEventStore(database), _mirror, Options.Create(h.Options), h.Time,
        NullLogger<EventMirrorReconciler>.Instance);

    private static Task MirrorAsync(AnnouncementHarness h, ulong guild, bool on = true) =>
        h.Settings.SaveAsync(new GuildSettings(guild, null, null, [], BotLanguage.German, on), 9, CancellationToken.None);

    [Fact]
    public async Task Creates_one_event_per_stream_within_discords_limits_and_does_not_repeat_it()
    {
        await using var h = new AnnouncementHarness();
        await using var temp = NewsBot.Tests.Settings.TestDatabases.Sqlite();
        await using var database = temp.Open();
        await MirrorAsync(h, GuildA);
        await MirrorAsync(h, GuildB, on: false);
        var reconciler = Reconciler(h, database);

        await reconciler.ReconcileAsync(CancellationToken.None);
        await reconciler.ReconcileAsync(CancellationToken.None);

        var spec = Assert.Single(_mirror.Events.Values);
        Assert.Equal(["create 1"], _mirror.Calls);
        Assert.Equal("Wie sicher ist Europa? | ZDFheute live", spec.Name);
        Assert.Equal("https://example.org/live", spec.Location);
        Assert.Equal(Start, spec.StartsAt);
        Assert.Equal(Start.AddMinutes(45), spec.EndsAt);
        Assert.Contains("Anna Beispiel, Politologin, Universität Kiel", spec.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_moved_stream_updates_the_same_event_and_a_removed_one_cancels_it()
    {
        await using var h = new AnnouncementHarness();
        await using var temp = NewsBot.Tests.Settings.TestDatabases.Sqlite();
        await using var database = temp.Open();
        await MirrorAsync(h, GuildA);
        var reconciler = Reconciler(h, database);
        await reconciler.ReconcileAsync(CancellationToken.None);
        var eventId = Assert.Single(_mirror.Events.Keys);

        h.Schedule.Set(Stream(Start.AddHours(1)));
        await reconciler.ReconcileAsync(CancellationToken.None);
        Assert.Equal(Start.AddHours(1), Assert.Single(_mirror.Events).Value.StartsAt);
        Assert.Equal(eventId, Assert.Single(_mirror.Events).Key);

        h.Schedule.Set();
        await reconciler.ReconcileAsync(CancellationToken.None);
        await reconciler.ReconcileAsync(CancellationToken.None);

        Assert.Equal(["create 1", $"update 1 {eventId}", $"cancel 1 {eventId}"], _mirror.Calls);
    }

    [Fact]
    public async Task A_stream_a_guild_stored_is_mirrored_only_there_keeps_its_event_when_moved_and_loses_it_when_cancelled()
    {
        await using var h = new AnnouncementHarness();
        await using var temp = NewsBot.Tests.Settings.TestDatabases.Sqlite();
        await using var database = temp.Open();
        h.Schedule.Set();
        await MirrorAsync(h, GuildA);
        await MirrorAsync(h, GuildB);
        var kit = new GuildStreams.StoredStreamTestKit(h.Catalog, h.Time);
        var reconciler = new EventMirrorReconciler(h.Schedule, h.Catalog, h.Settings, new SqlMirroredEventStore(database), _mirror,
            Options.Create(h.Options), h.Time, NullLogger<EventMirrorReconciler>.Instance, kit.Cache);
        var scheduled = await kit.Scheduler.ScheduleAsync(GuildB, "d1", Start, null, null, "Europe/Berlin", 9, CancellationToken.None);
        var key = Assert.IsType<NewsBot.GuildStreams.GuildStreamChange.Done>(scheduled).Stream.StreamKey;

        await reconciler.ReconcileAsync(CancellationToken.None);
        var eventId = Assert.Single(_mirror.Events.Keys);
        Assert.Equal(["create 2"], _mirror.Calls);

        await kit.Scheduler.MoveAsync(GuildB, key, Start.AddHours(2), null, null, "Europe/Berlin", 9, CancellationToken.None);
        await reconciler.ReconcileAsync(CancellationToken.None);
        Assert.Equal(Start.AddHours(2), _mirror.Events[eventId].StartsAt);

        await kit.Scheduler.CancelAsync(GuildB, key, 9, CancellationToken.None);
        await reconciler.ReconcileAsync(CancellationToken.None);

        Assert.Equal(["create 2", $"update 2 {eventId}", $"cancel 2 {eventId}"], _mirror.Calls);
    }

    [Fact]
    public async Task Switching_mirroring_off_cancels_the_guilds_events()
    {
        await using var h = new AnnouncementHarness();
        await using var temp = NewsBot.Tests.Settings.TestDatabases.Sqlite();
        await using var database = temp.Open();
        await MirrorAsync(h, GuildA);
        var reconciler = Reconciler(h, database);
        await reconciler.ReconcileAsync(CancellationToken.None);

        await MirrorAsync(h, GuildA, on: false);
        await reconciler.ReconcileAsync(CancellationToken.None);

        Assert.True(_mirror.Cancelled.ContainsKey(Assert.Single(_mirror.Events.Keys)));
    }

    [Fact]
    public async Task Too_many_events_is_recorded_as_a_failure_not_retried_until_the_stream_changes_and_other_guilds_go_on()
    {
        await using var h = new AnnouncementHarness();
        await using var temp = NewsBot.Tests.Settings.TestDatabases.Sqlite();
        await using var database = temp.Open();
        await MirrorAsync(h, GuildA);
        await MirrorAsync(h, GuildB);
        _mirror.Failures.Enqueue(new EventMirrorResult.Failed(EventMirrorFailure.TooManyEvents, "Maximum number of guild scheduled events reached (100)"));
        var reconciler = Reconciler(h, database);

        await reconciler.ReconcileAsync(CancellationToken.None);
        await reconciler.ReconcileAsync(CancellationToken.None);

        Assert.Equal(["create 1", "create 2"], _mirror.Calls);
        Assert.Single(_mirror.Events);
        var failure = Assert.Single(await new SqlAnnouncementLedger(database).RecentFailuresAsync(GuildA, 5, CancellationToken.None));
        Assert.Contains("30038", failure.Reason, StringComparison.Ordinal);
        Assert.StartsWith("event d1#1", failure.What, StringComparison.Ordinal);

        h.Schedule.Set(Stream(Start.AddHours(1)));
        await reconciler.ReconcileAsync(CancellationToken.None);
        Assert.Equal(2, _mirror.Events.Count);
    }

    [Fact]
    public async Task Rows_of_streams_over_for_the_keep_time_are_deleted_and_no_event_is_touched_again()
    {
        await using var h = new AnnouncementHarness();
        h.Options.KeepFinishedFor = TimeSpan.FromDays(1);
        await using var temp = NewsBot.Tests.Settings.TestDatabases.Sqlite();
        await using var database = temp.Open();
        var store = new SqlMirroredEventStore(database);
        await MirrorAsync(h, GuildA);
        var reconciler = Reconciler(h, database);
        await reconciler.ReconcileAsync(CancellationToken.None);
        var streamEnd = Start.AddMinutes(45);

        h.AdvanceTo(streamEnd.AddDays(1));
        await reconciler.ReconcileAsync(CancellationToken.None);
        Assert.Equal(MirroredEventState.Ended, Assert.Single(await store.ListAsync(GuildA, CancellationToken.None)).State);

        h.AdvanceTo(streamEnd.AddDays(2));
        await reconciler.ReconcileAsync(CancellationToken.None);
        await reconciler.ReconcileAsync(CancellationToken.None);

        Assert.Empty(await store.ListAsync(GuildA, CancellationToken.None));
        Assert.Equal(["create 1"], _mirror.Calls);
    }

    [Fact]
    public async Task An_event_deleted_in_discord_is_created_again_on_the_next_change()
    {
        await using var h = new AnnouncementHarness();
        await using var temp = NewsBot.Tests.Settings.TestDatabases.Sqlite();
        await using var database = temp.Open();
        await MirrorAsync(h, GuildA);
        var reconciler = Reconciler(h, database);
        await reconciler.ReconcileAsync(CancellationToken.None);
        _mirror.Events.Clear();

        h.Schedule.Set(Stream(Start.AddHours(1)));
        await reconciler.ReconcileAsync(CancellationToken.None);

        Assert.Equal(Start.AddHours(1), Assert.Single(_mirror.Events.Values).StartsAt);
    }
}
