namespace NewsBot.Companion;

/// <summary>
/// Finds a message the bot itself posted, by what it shows: Discord keeps a nonce only a few minutes, so a post retried
/// later (a crash, then a restart after the nonce window) must look whether its first attempt arrived.
/// </summary>
public interface IOwnMessageFinder
{
    /// <summary>Looks through the channel's messages posted after <paramref name="since"/> for one of the bot's with <paramref name="mark"/>.</summary>
    Task<OwnMessageSearch> FindAsync(ulong channelId, DateTimeOffset since, OwnMessageMark mark, CancellationToken cancellationToken);
}

/// <summary>What one of the bot's posts is recognised by: an embed title (in either language), or an attachment's file name.</summary>
public sealed record OwnMessageMark(IReadOnlyCollection<string> EmbedTitles, string? FileName = null);

/// <summary>The message found (<see cref="MessageId"/>), none (both null), or the channel could not be read (<see cref="Problem"/>: try later).</summary>
public sealed record OwnMessageSearch(ulong? MessageId, string? Problem = null)
{
    public static OwnMessageSearch None { get; } = new((ulong?)null);
}
