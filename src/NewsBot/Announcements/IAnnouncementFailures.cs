namespace NewsBot.Announcements;

/// <summary>A guild's recent failed announcements and mirrored events, for /config show (read from the ledger).</summary>
public interface IAnnouncementFailures
{
    /// <summary>The most recent failures first; empty when there are none.</summary>
    Task<IReadOnlyList<AnnouncementFailure>> RecentFailuresAsync(ulong guildId, CancellationToken cancellationToken);
}
