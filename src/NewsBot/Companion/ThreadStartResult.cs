namespace NewsBot.Companion;

/// <summary>What came of starting a thread on a message: the thread (new, or the one it already had), or a failure.</summary>
public abstract record ThreadStartResult
{
    private ThreadStartResult() { }

    public sealed record Started(ulong ThreadId) : ThreadStartResult;

    /// <summary>Missing permission, unknown message or channel: a moderator's to fix; not retried.</summary>
    public sealed record PermanentFailure(string Reason) : ThreadStartResult;

    /// <summary>Rate limit, 5xx, timeout: tried again after the claim lease.</summary>
    public sealed record TransientFailure(string Reason) : ThreadStartResult;
}
