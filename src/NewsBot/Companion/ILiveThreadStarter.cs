namespace NewsBot.Companion;

/// <summary>
/// Starts a public thread on a message. Safe to repeat: a message has at most one thread, and the Discord implementation
/// answers a second start (error 160004) with the thread that exists (its id is the message's).
/// </summary>
public interface ILiveThreadStarter
{
    Task<ThreadStartResult> StartAsync(ulong channelId, ulong messageId, string name, int autoArchiveMinutes, CancellationToken cancellationToken);
}
