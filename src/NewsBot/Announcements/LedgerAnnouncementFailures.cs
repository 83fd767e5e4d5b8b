namespace NewsBot.Announcements;

/// <summary>/config show's recent failures, read from the announcement ledger (failed announcements and mirrored events).</summary>
internal sealed class LedgerAnnouncementFailures(IAnnouncementLedger ledger) : IAnnouncementFailures
{
    /// <summary>How many failures are read; /config show displays fewer.</summary>
    internal const int Limit = 10;

    public Task<IReadOnlyList<AnnouncementFailure>> RecentFailuresAsync(ulong guildId, CancellationToken cancellationToken) =>
        ledger.RecentFailuresAsync(guildId, Limit, cancellationToken);
}
