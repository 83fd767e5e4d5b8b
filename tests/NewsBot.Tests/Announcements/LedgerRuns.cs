using NewsBot.Announcements;

namespace NewsBot.Tests.Announcements;

internal static class LedgerRuns
{
    /// <summary>A new run of <paramref name="instanceId"/>, started in the ledger (so it may claim), as a process does at start.</summary>
    public static async Task<ClaimHolder> StartRunAsync(this IAnnouncementLedger ledger, string instanceId, DateTimeOffset at)
    {
        var holder = ClaimHolder.NewRun(instanceId);
        await ledger.StartRunAsync(holder, at, CancellationToken.None);
        return holder;
    }
}
