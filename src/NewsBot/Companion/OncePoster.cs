using NewsBot.Announcements;
using NewsBot.Messages;

namespace NewsBot.Companion;

/// <summary>
/// Posts a message the companion must post exactly once (the thread's intro, the recap, the CSV): first it looks for
/// the bot's own earlier post with the same mark (beyond Discord's nonce window only this finds it), then it posts
/// with the stable nonce (within the window Discord returns the earlier message). A failed look is tried again later
/// rather than risking a second post.
/// </summary>
internal sealed class OncePoster(IOwnMessageFinder finder, IAnnouncementPublisher publisher, IFilePublisher files)
{
    public async Task<PublishResult> PostAsync(
        ulong channelId, DateTimeOffset since, OwnMessageMark mark, BotMessage message, string nonce, CancellationToken cancellationToken) =>
        await EarlierAsync(channelId, since, mark, cancellationToken) ?? await publisher.PublishAsync(channelId, message, nonce, cancellationToken);

    public async Task<PublishResult> PostFileAsync(
        ulong channelId, DateTimeOffset since, BotMessage message, string fileName, string contentType, ReadOnlyMemory<byte> content, string nonce,
        CancellationToken cancellationToken) =>
        await EarlierAsync(channelId, since, new OwnMessageMark([], fileName), cancellationToken)
        ?? await files.PublishFileAsync(channelId, message, fileName, contentType, content, nonce, cancellationToken);

    private async Task<PublishResult?> EarlierAsync(ulong channelId, DateTimeOffset since, OwnMessageMark mark, CancellationToken cancellationToken)
    {
        var search = await finder.FindAsync(channelId, since, mark, cancellationToken);
        if (search.MessageId is { } found)
            return new PublishResult.Posted(found);
        return search.Problem is { } problem ? new PublishResult.TransientFailure($"looking for an earlier post: {problem}") : null;
    }
}
