namespace NewsBot.Core.Documents.Sources;

/// <summary>
/// A place discussions come from: the documents folder; next a database, web pages, feeds. The
/// <see cref="DiscussionCatalog"/> reads every source (never two reads of one source at once), merges what they offer into
/// one snapshot, and lets each source say when to read it again. Register one with <c>AddDiscussionSource&lt;T&gt;()</c>.
/// </summary>
public interface IDiscussionSource
{
    /// <summary>Names the source in the log, e.g. "documents folder /srv/newsbot/config/documents".</summary>
    string Name { get; }

    /// <summary>
    /// Everything the source offers now, each discussion with its scope and origin, and the documents it refused with the
    /// reason. A document that now fails should stay offered in its last good version (and be reported). Throwing (an I/O
    /// error, the database is down) is logged and keeps the source's previous reading.
    /// </summary>
    Task<SourceReading> ReadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs from the bot's start until <paramref name="stoppingToken"/> is cancelled and calls <paramref name="refresh"/>
    /// whenever the source may have changed (a file watcher, a poll, a notification). A source that changes only when
    /// someone calls <see cref="DiscussionCatalog.RefreshAsync(IDiscussionSource, CancellationToken)"/> returns at once.
    /// </summary>
    Task WatchAsync(Func<CancellationToken, Task> refresh, CancellationToken stoppingToken);
}
