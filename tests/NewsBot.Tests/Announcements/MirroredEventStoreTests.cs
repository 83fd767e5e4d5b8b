using NewsBot.Announcements;
using NewsBot.Announcements.Events;
using NewsBot.Storage;
using NewsBot.Tests.Settings;

namespace NewsBot.Tests.Announcements;

public sealed class MirroredEventStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Sqlite_keeps_one_row_per_stream_and_guild_and_surfaces_failures()
    {
        await using var temp = TestDatabases.Sqlite();
        await using var database = temp.Open();
        await KeepsOneRowAsync(database);
    }

    [PostgresFact]
    public async Task Postgres_keeps_one_row_per_stream_and_guild_and_surfaces_failures()
    {
        await using var temp = await TestDatabases.PostgresAsync();
        await using var database = temp.Open();
        await KeepsOneRowAsync(database);
    }

    [Fact]
    public async Task Sqlite_deletes_only_rows_of_streams_ended_before_the_cutoff()
    {
        await using var temp = TestDatabases.Sqlite();
        await using var database = temp.Open();
        await DeletesOnlyEndedBeforeAsync(new SqlMirroredEventStore(database));
    }

    [PostgresFact]
    public async Task Postgres_deletes_only_rows_of_streams_ended_before_the_cutoff()
    {
        await using var temp = await TestDatabases.PostgresAsync();
        await using var database = temp.Open();
        await DeletesOnlyEndedBeforeAsync(new SqlMirroredEventStore(database));
    }

    private static async Task DeletesOnlyEndedBeforeAsync(SqlMirroredEventStore store)
    {
        var ended = new MirroredEvent(7, "d1#1", 98, "abc", Now, MirroredEventState.Ended, null, Now);
        await store.SaveAsync(ended, CancellationToken.None);
        await store.SaveAsync(ended with { MirrorKey = "d2#1", EventId = 99, EndsAt = Now.AddDays(1), State = MirroredEventState.Active }, CancellationToken.None);

        Assert.Equal(0, await store.DeleteEndedBeforeAsync(Now, CancellationToken.None));
        Assert.Equal(1, await store.DeleteEndedBeforeAsync(Now.AddMilliseconds(1), CancellationToken.None));

        Assert.Equal("d2#1", Assert.Single(await store.ListAsync(7, CancellationToken.None)).MirrorKey);
    }

    private static async Task KeepsOneRowAsync(SqlDatabase database)
    {
        var store = new SqlMirroredEventStore(database);
        var ledger = new SqlAnnouncementLedger(database);
        var failed = new MirroredEvent(7, "d1#1", null, "abc", Now.AddHours(8), MirroredEventState.Failed, "missing permission Manage Events", Now);
        await store.SaveAsync(failed, CancellationToken.None);
        Assert.Equal("missing permission Manage Events", Assert.Single(await ledger.RecentFailuresAsync(7, 5, CancellationToken.None)).Reason);

        await store.SaveAsync(failed with { EventId = 99, State = MirroredEventState.Active, Reason = null, UpdatedAt = Now.AddMinutes(1) }, CancellationToken.None);

        var row = Assert.Single(await store.ListAsync(7, CancellationToken.None));
        Assert.Equal(99UL, row.EventId);
        Assert.Equal(MirroredEventState.Active, row.State);
        Assert.Equal(Now.AddHours(8), row.EndsAt);
        Assert.Empty(await store.ListAsync(8, CancellationToken.None));
        Assert.Empty(await ledger.RecentFailuresAsync(7, 5, CancellationToken.None));
    }
}
