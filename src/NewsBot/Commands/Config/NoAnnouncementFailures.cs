namespace NewsBot.Commands.Config;

/// <summary>The default until a delivery ledger is registered: no failures known.</summary>
internal sealed class NoAnnouncementFailures : IAnnouncementFailures
{
    public Task<IReadOnlyList<AnnouncementFailure>> RecentFailuresAsync(ulong guildId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AnnouncementFailure>>([]);
}
