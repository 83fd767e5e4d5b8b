namespace NewsBot.Announcements;

/// <summary>What came of one post: the message, a failure that will not go away by retrying, or one that may.</summary>
public abstract record PublishResult
{
    private PublishResult() { }

    public sealed record Posted(ulong MessageId) : PublishResult;

    /// <summary>Missing permission, unknown channel, …: recorded as failed, not retried, shown in <c>/config</c>.</summary>
    public sealed record PermanentFailure(PublishFailureKind Kind, string Reason) : PublishResult;

    /// <summary>Rate limit, 5xx, timeout: retried with backoff (same nonce, so still once).</summary>
    public sealed record TransientFailure(string Reason, TimeSpan? RetryAfter = null) : PublishResult;
}

public enum PublishFailureKind
{
    MissingPermission,
    UnknownChannel,
    Other,
}
