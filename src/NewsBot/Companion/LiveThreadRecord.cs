namespace NewsBot.Companion;

/// <summary>
/// One live thread: (stream, guild) is its identity, as an announcement's. <c>Planned</c> until the thread is started on
/// the "live now" announcement and its intro posted (<c>Open</c>), or given up (<c>Failed</c>/<c>Skipped</c>, with a
/// reason). The recap waits until the stream ends and is posted once (<c>Posted</c>, its message <c>RecapMessageId</c>),
/// is kept up to date while questions may still be asked, and is <c>Final</c> once the question window closed and the
/// CSV went to the moderators. <c>ClaimedAt</c> is the lease of
/// the worker on it: another takes over only after the lease (every step is safe to repeat: a second thread start
/// answers 160004, posts carry stable nonces). <c>Link</c> is where to watch, kept from the schedule when the thread opened.
/// </summary>
public sealed record LiveThreadRecord(
    string StreamKey,
    ulong GuildId,
    string DiscussionId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    ulong ChannelId,
    ulong AnnouncementMessageId,
    ulong? ThreadId,
    LiveThreadState State,
    RecapState Recap,
    int Attempts,
    DateTimeOffset? ClaimedAt,
    string? Reason,
    string? Link = null,
    ulong? RecapMessageId = null)
{
    /// <summary>The stream as far as the thread knows it (the schedule forgets a stream once it is over).</summary>
    public Core.Schedule.StreamEntry Stream => new(DiscussionId, StartsAt, EndsAt, Link is null ? null : new Uri(Link), "UTC");
}

public enum LiveThreadState
{
    Planned,
    Open,
    Failed,
    Skipped,
}

public enum RecapState
{
    /// <summary>The stream is not over yet.</summary>
    Waiting,

    /// <summary>In the thread, edited as questions change until the question window closes.</summary>
    Posted,

    /// <summary>The question window closed: the recap shows its last state and the CSV was sent.</summary>
    Final,

    Failed,
}
