using NewsBot.Announcements;
using NewsBot.Tests.Settings;

namespace NewsBot.Tests.Announcements;

public sealed class LedgerAnnouncementFailuresTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 19, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_guilds_failed_announcements_are_shown_newest_first_with_what_and_why()
    {
        await using var temp = TestDatabases.Sqlite();
        await using var database = temp.Open();
        var ledger = new SqlAnnouncementLedger(database);
        await FailAsync(ledger, guild: 1, minutes: 15, "missing permission: Send Messages", Now);
        await FailAsync(ledger, guild: 1, minutes: 30, "unknown channel", Now.AddMinutes(2));
        await FailAsync(ledger, guild: 2, minutes: 15, "another guild's problem", Now.AddMinutes(5));

        var failures = await new LedgerAnnouncementFailures(ledger).RecentFailuresAsync(1, CancellationToken.None);

        var expected = await ledger.RecentFailuresAsync(1, 10, CancellationToken.None);
        Assert.Equal(["unknown channel", "missing permission: Send Messages"], failures.Select(f => f.Reason));
        Assert.Equal([Now.AddMinutes(2), Now], failures.Select(f => f.At));
        Assert.Equal(expected.Select(f => f.What), failures.Select(f => f.What));
        Assert.All(failures, f => Assert.Contains("d1", f.What, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_guild_without_failures_gets_none()
    {
        await using var temp = TestDatabases.Sqlite();
        await using var database = temp.Open();
        var ledger = new SqlAnnouncementLedger(database);
        await FailAsync(ledger, guild: 2, minutes: 15, "another guild's problem", Now);

        Assert.Empty(await new LedgerAnnouncementFailures(ledger).RecentFailuresAsync(1, CancellationToken.None));
    }

    [Fact]
    public async Task Only_the_latest_few_are_read_however_many_failed()
    {
        await using var temp = TestDatabases.Sqlite();
        await using var database = temp.Open();
        var ledger = new SqlAnnouncementLedger(database);
        for (var i = 1; i <= LedgerAnnouncementFailures.Limit + 3; i++)
            await FailAsync(ledger, guild: 1, minutes: i, $"failure {i}", Now.AddMinutes(i));

        var failures = await new LedgerAnnouncementFailures(ledger).RecentFailuresAsync(1, CancellationToken.None);

        Assert.Equal(LedgerAnnouncementFailures.Limit, failures.Count);
        Assert.Equal($"failure {LedgerAnnouncementFailures.Limit + 3}", failures[0].Reason);
        Assert.Equal("failure 4", failures[^1].Reason);
    }

    private static async Task FailAsync(SqlAnnouncementLedger ledger, ulong guild, int minutes, string reason, DateTimeOffset at)
    {
        var start = Now.AddMinutes(15);
        var key = new AnnouncementKey("d1@2026-12-03T19:15:00Z", guild, TimeSpan.FromMinutes(minutes));
        await ledger.AddPlannedAsync([new PlannedAnnouncement(key, "d1", start, start.AddHours(1), Now.AddHours(-1), 100)], Now.AddHours(-1), CancellationToken.None);
        var holder = await ledger.StartRunAsync("test", Now);
        Assert.NotNull(await ledger.TryClaimAsync(key, holder, Now, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.True(await ledger.MarkFailedAsync(key, holder, reason, at, CancellationToken.None));
    }
}
