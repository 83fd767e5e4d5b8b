using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Announcements;
using NewsBot.Tests.Settings;

namespace NewsBot.Tests.Announcements;

public sealed class InstanceIdentityTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 19, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("  ", null)]
    [InlineData(" bot-1 ", "bot-1")]
    public async Task The_instance_id_is_the_configured_one_trimmed_or_else_the_machine_name(string? configured, string? expected)
    {
        await using var temp = TestDatabases.Sqlite();
        await using var database = temp.Open();
        var ledger = new SqlAnnouncementLedger(database);

        var holder = await new InstanceIdentity(ledger, configured, NullLogger.Instance).HolderAsync(Now, CancellationToken.None);

        Assert.Equal(expected ?? Environment.MachineName, holder.InstanceId);
        Assert.Equal(new InstanceRun(holder.RunId, Now), await ledger.CurrentRunAsync(holder.InstanceId, CancellationToken.None));
    }

    [Fact]
    public async Task A_process_whose_id_another_process_started_with_goes_on_under_an_id_of_its_own_and_keeps_its_run()
    {
        await using var temp = TestDatabases.Sqlite();
        await using var database = temp.Open();
        var ledger = new SqlAnnouncementLedger(database);
        var first = new InstanceIdentity(ledger, "bot", NullLogger.Instance);
        var mine = await first.HolderAsync(Now, CancellationToken.None);
        Assert.Equal(mine, await first.HolderAsync(Now, CancellationToken.None));

        var other = await new InstanceIdentity(ledger, "bot", NullLogger.Instance).HolderAsync(Now.AddMinutes(1), CancellationToken.None);
        var own = await first.HolderAsync(Now.AddMinutes(2), CancellationToken.None);

        Assert.Equal(new ClaimHolder($"bot~{mine.RunId}", mine.RunId), own);
        Assert.Equal(own, await first.HolderAsync(Now.AddMinutes(3), CancellationToken.None));
        Assert.Equal(other.RunId, (await ledger.CurrentRunAsync("bot", CancellationToken.None))!.RunId);
        Assert.Equal(mine.RunId, (await ledger.CurrentRunAsync(own.InstanceId, CancellationToken.None))!.RunId);
    }
}
