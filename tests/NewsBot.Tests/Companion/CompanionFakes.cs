using NewsBot.Announcements;
using NewsBot.Companion;
using NewsBot.Messages;

namespace NewsBot.Tests.Companion;

/// <summary>The companion's Discord side, answering every call as done (for wiring tests).</summary>
internal sealed class FakeCompanionDiscord : ILiveThreadStarter, IMessageEditor, IFilePublisher, IOwnMessageFinder
{
    public Task<OwnMessageSearch> FindAsync(ulong channelId, DateTimeOffset since, OwnMessageMark mark, CancellationToken cancellationToken) =>
        Task.FromResult(OwnMessageSearch.None);

    public Task<ThreadStartResult> StartAsync(ulong channelId, ulong messageId, string name, int autoArchiveMinutes, CancellationToken cancellationToken) =>
        Task.FromResult<ThreadStartResult>(new ThreadStartResult.Started(messageId));

    public Task<PublishResult> EditAsync(ulong channelId, ulong messageId, BotMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<PublishResult>(new PublishResult.Posted(messageId));

    public Task<PublishResult> PublishFileAsync(
        ulong channelId, BotMessage message, string fileName, string contentType, ReadOnlyMemory<byte> content, string nonce, CancellationToken cancellationToken) =>
        Task.FromResult<PublishResult>(new PublishResult.Posted(1));
}
