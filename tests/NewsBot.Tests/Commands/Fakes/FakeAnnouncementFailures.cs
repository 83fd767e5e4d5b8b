using NewsBot.Announcements;

namespace NewsBot.Tests.Commands.Fakes;

internal sealed class FakeAnnouncementFailures : IAnnouncementFailures
{
    public List<AnnouncementFailure> Failures { get; } = [];

    public Task<IReadOnlyList<AnnouncementFailure>> RecentFailuresAsync(ulong guildId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AnnouncementFailure>>(Failures);
}
