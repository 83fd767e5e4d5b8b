namespace NewsBot.Commands.Config;

/// <summary>Recent announcement deliveries that failed in a guild, shown by /config show (the delivery ledger adapts to it).</summary>
internal interface IAnnouncementFailures
{
    /// <summary>The most recent failures first; empty when there are none.</summary>
    Task<IReadOnlyList<AnnouncementFailure>> RecentFailuresAsync(ulong guildId, CancellationToken cancellationToken);
}

/// <summary>One failed delivery: when, what (e.g. the discussion and step) and why, in words a moderator can act on.</summary>
internal sealed record AnnouncementFailure(DateTimeOffset At, string What, string Reason);
