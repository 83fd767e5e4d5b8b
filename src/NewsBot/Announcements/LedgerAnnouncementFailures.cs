using NewsBot.Commands.Config;
using CommandFailure = NewsBot.Commands.Config.AnnouncementFailure;

namespace NewsBot.Announcements;

/// <summary>/config show's recent failures, read from the announcement ledger (failed announcements and mirrored events).</summary>
internal sealed class LedgerAnnouncementFailures(IAnnouncementLedger ledger) : IAnnouncementFailures
{
    /// <summary>How many failures are read; /config show displays fewer.</summary>
    internal const int Limit = 10;

    public async Task<IReadOnlyList<CommandFailure>> RecentFailuresAsync(ulong guildId, CancellationToken cancellationToken)
    {
        var failures = await ledger.RecentFailuresAsync(guildId, Limit, cancellationToken);
        return [.. failures.Select(f => new CommandFailure(f.At, f.What, f.Reason))];
    }
}
