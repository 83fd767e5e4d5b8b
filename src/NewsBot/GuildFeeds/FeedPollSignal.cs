using System.Threading.Channels;

namespace NewsBot.GuildFeeds;

/// <summary>Wakes the poller before its next round, e.g. after a feed was followed, so its first poll comes at once.</summary>
internal sealed class FeedPollSignal
{
    private readonly Channel<bool> _wakes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wakes.Writer.TryWrite(true);

    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => _wakes.Reader.ReadAsync(cancellationToken);
}
