using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Announcements;
using NewsBot.Announcements.Events;
using NewsBot.GuildStreams;
using NewsBot.Settings;
using NewsBot.Tests.Commands.Fakes;
using NewsBot.Tests.GuildStreams;
using NewsBot.Texts;
using static NewsBot.Tests.Announcements.AnnouncementHarness;

namespace NewsBot.Tests.Announcements;

/// <summary>
/// Two instances on one database: instance B stores a stream (and plans or mirrors it) in the moment after instance A's
/// round read the streams and before it looked at the steps or events. A must not take B's fresh steps or event for those
/// of a removed stream.
/// </summary>
public sealed class ReplanRaceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_round_that_read_the_streams_before_another_instance_stored_one_keeps_that_streams_fresh_steps()
    {
        await using var h = new AnnouncementHarness();
        h.Schedule.Set();
        await h.ConfigureAsync(GuildA, ChannelA, 15, 0);
        var shared = new InMemoryGuildStreamStore();
        var kitA = new StoredStreamTestKit(h.Catalog, h.Time, store: shared);
        var kitB = new StoredStreamTestKit(h.Catalog, h.Time, store: shared);
        var processorB = Processor(h, h.Ledger, kitB.Cache, InstanceB);
        var hooked = new HookedLedger(h.Ledger);
        var processorA = Processor(h, hooked, kitA.Cache, InstanceA);
        await h.RunAsync(processorA);

        hooked.BeforeNextListOpen = async () =>
        {
            var scheduled = await kitB.Scheduler.ScheduleAsync(GuildA, "d1", Start, null, null, "Europe/Berlin", 9, None);
            Assert.IsType<GuildStreamChange.Done>(scheduled);
            await h.RunAsync(processorB);
        };
        await h.RunAsync(processorA);

        var stream = Assert.Single(kitB.Cache.Streams);
        foreach (var minutes in new[] { 15, 0 })
        {
            var key = new AnnouncementKey(AnnouncementKey.StreamKeyOf(stream), GuildA, TimeSpan.FromMinutes(minutes));
            Assert.Equal(AnnouncementState.Planned, (await h.Ledger.GetAsync(key, None))!.State);
        }

        // A stream really cancelled still loses its steps.
        await kitB.Scheduler.CancelAsync(GuildA, stream.Owner!.StreamKey, 9, None);
        await h.RunAsync(processorA);
        var gone = new AnnouncementKey(AnnouncementKey.StreamKeyOf(stream), GuildA, TimeSpan.FromMinutes(15));
        Assert.Equal(AnnouncementState.Skipped, (await h.Ledger.GetAsync(gone, None))!.State);
    }

    [Fact]
    public async Task A_mirror_pass_that_read_the_streams_before_another_instance_stored_one_keeps_that_streams_fresh_event()
    {
        await using var h = new AnnouncementHarness();
        await using var temp = Settings.TestDatabases.Sqlite();
        await using var database = temp.Open();
        h.Schedule.Set();
        await h.Settings.SaveAsync(new GuildSettings(GuildA, null, null, [], BotLanguage.German, true), 9, None);
        var mirror = new FakeEventMirror();
        var shared = new InMemoryGuildStreamStore();
        var kitA = new StoredStreamTestKit(h.Catalog, h.Time, store: shared);
        var kitB = new StoredStreamTestKit(h.Catalog, h.Time, store: shared);
        var eventStore = new SqlMirroredEventStore(database);
        var reconcilerB = Reconciler(h, eventStore, mirror, kitB.Cache);
        var hooked = new HookedEventStore(eventStore);
        var reconcilerA = Reconciler(h, hooked, mirror, kitA.Cache);
        await reconcilerA.ReconcileAsync(None);

        hooked.BeforeNextList = async () =>
        {
            await kitB.Scheduler.ScheduleAsync(GuildA, "d1", Start, null, null, "Europe/Berlin", 9, None);
            await reconcilerB.ReconcileAsync(None);
        };
        await reconcilerA.ReconcileAsync(None);

        Assert.Equal(["create 1"], mirror.Calls);
        Assert.Empty(mirror.Cancelled);
    }

    [Fact]
    public async Task A_mirror_pass_that_read_the_settings_before_another_instance_switched_mirroring_on_keeps_that_instances_event()
    {
        await using var h = new AnnouncementHarness();
        await using var temp = Settings.TestDatabases.Sqlite();
        await using var database = temp.Open();
        h.Schedule.Set();
        await h.Settings.SaveAsync(new GuildSettings(GuildA, null, null, [], BotLanguage.German, false), 9, None);
        var mirror = new FakeEventMirror();
        var shared = new InMemoryGuildStreamStore();
        var kitA = new StoredStreamTestKit(h.Catalog, h.Time, store: shared);
        var kitB = new StoredStreamTestKit(h.Catalog, h.Time, store: shared);
        await kitB.Scheduler.ScheduleAsync(GuildA, "d1", Start, null, null, "Europe/Berlin", 9, None);
        var eventStore = new SqlMirroredEventStore(database);
        var reconcilerB = Reconciler(h, eventStore, mirror, kitB.Cache);
        var hooked = new HookedEventStore(eventStore);
        var reconcilerA = Reconciler(h, hooked, mirror, kitA.Cache);

        // A has read the guild's settings (mirroring off) when B switches mirroring on and mirrors the stream.
        hooked.BeforeNextList = async () =>
        {
            await h.Settings.SaveAsync(new GuildSettings(GuildA, null, null, [], BotLanguage.German, true), 9, None);
            await reconcilerB.ReconcileAsync(None);
        };
        await reconcilerA.ReconcileAsync(None);

        Assert.Equal(["create 1"], mirror.Calls);
        Assert.Empty(mirror.Cancelled);

        // Mirroring really switched off still cancels the event.
        await h.Settings.SaveAsync(new GuildSettings(GuildA, null, null, [], BotLanguage.German, false), 9, None);
        await reconcilerA.ReconcileAsync(None);
        Assert.Single(mirror.Cancelled);
    }

    private static AnnouncementProcessor Processor(AnnouncementHarness h, IAnnouncementLedger ledger, GuildStreamCache cache, string instanceId)
    {
        var options = new AnnouncementOptions { InstanceId = instanceId };
        return new AnnouncementProcessor(h.Schedule, h.Catalog, h.Settings, ledger, new AnnouncementComposer(), h.Publisher,
            Options.Create(options), h.Time, NullLogger<AnnouncementProcessor>.Instance, storedStreams: cache);
    }

    private static EventMirrorReconciler Reconciler(AnnouncementHarness h, IMirroredEventStore store, FakeEventMirror mirror, GuildStreamCache cache) => new(
        h.Schedule, h.Catalog, h.Settings, store, mirror, Options.Create(h.Options), h.Time, NullLogger<EventMirrorReconciler>.Instance, cache);

    /// <summary>A ledger that runs <see cref="BeforeNextListOpen"/> once, just before the next listing of open steps.</summary>
    private sealed class HookedLedger(IAnnouncementLedger inner) : IAnnouncementLedger
    {
        public Func<Task>? BeforeNextListOpen { get; set; }

        public async Task<IReadOnlyList<AnnouncementRecord>> ListOpenAsync(CancellationToken cancellationToken)
        {
            if (BeforeNextListOpen is { } hook)
            {
                BeforeNextListOpen = null;
                await hook();
            }
            return await inner.ListOpenAsync(cancellationToken);
        }

        public Task<InstanceRun?> StartRunAsync(ClaimHolder holder, DateTimeOffset now, CancellationToken cancellationToken) => inner.StartRunAsync(holder, now, cancellationToken);
        public Task<InstanceRun?> CurrentRunAsync(string instanceId, CancellationToken cancellationToken) => inner.CurrentRunAsync(instanceId, cancellationToken);
        public Task AddPlannedAsync(IReadOnlyCollection<PlannedAnnouncement> plan, DateTimeOffset now, CancellationToken cancellationToken) => inner.AddPlannedAsync(plan, now, cancellationToken);
        public Task<AnnouncementRecord?> GetAsync(AnnouncementKey key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);
        public Task<LedgerClaim?> TryClaimAsync(AnnouncementKey key, ClaimHolder holder, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
            inner.TryClaimAsync(key, holder, now, lease, cancellationToken);
        public Task<bool> MarkPostedAsync(AnnouncementKey key, ClaimHolder holder, ulong messageId, DateTimeOffset now, CancellationToken cancellationToken) =>
            inner.MarkPostedAsync(key, holder, messageId, now, cancellationToken);
        public Task<bool> MarkFailedAsync(AnnouncementKey key, ClaimHolder holder, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
            inner.MarkFailedAsync(key, holder, reason, now, cancellationToken);
        public Task<bool> RetryLaterAsync(AnnouncementKey key, ClaimHolder holder, DateTimeOffset nextAttemptAt, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
            inner.RetryLaterAsync(key, holder, nextAttemptAt, reason, now, cancellationToken);
        public Task<bool> SkipClaimedAsync(AnnouncementKey key, ClaimHolder holder, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
            inner.SkipClaimedAsync(key, holder, reason, now, cancellationToken);
        public Task<bool> CancelPlannedAsync(AnnouncementKey key, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
            inner.CancelPlannedAsync(key, reason, now, cancellationToken);
        public Task<int> DeleteFinishedAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken) => inner.DeleteFinishedAsync(endedBefore, cancellationToken);
        public Task<IReadOnlyList<AnnouncementFailure>> RecentFailuresAsync(ulong guildId, int limit, CancellationToken cancellationToken) =>
            inner.RecentFailuresAsync(guildId, limit, cancellationToken);
    }

    /// <summary>An event store that runs <see cref="BeforeNextList"/> once, just before the next listing of a guild's events.</summary>
    private sealed class HookedEventStore(IMirroredEventStore inner) : IMirroredEventStore
    {
        public Func<Task>? BeforeNextList { get; set; }

        public async Task<IReadOnlyList<MirroredEvent>> ListAsync(ulong guildId, CancellationToken cancellationToken)
        {
            if (BeforeNextList is { } hook)
            {
                BeforeNextList = null;
                await hook();
            }
            return await inner.ListAsync(guildId, cancellationToken);
        }

        public Task SaveAsync(MirroredEvent mirrored, CancellationToken cancellationToken) => inner.SaveAsync(mirrored, cancellationToken);
        public Task<int> DeleteEndedBeforeAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken) => inner.DeleteEndedBeforeAsync(endedBefore, cancellationToken);
    }
}
