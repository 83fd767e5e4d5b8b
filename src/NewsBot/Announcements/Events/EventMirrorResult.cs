namespace NewsBot.Announcements.Events;

/// <summary>The outcome of one event call.</summary>
public abstract record EventMirrorResult
{
    private EventMirrorResult() { }

    /// <param name="EventId">The event created, updated or cancelled.</param>
    public sealed record Done(ulong EventId) : EventMirrorResult;

    public sealed record Failed(EventMirrorFailure Kind, string Reason) : EventMirrorResult;
}

public enum EventMirrorFailure
{
    /// <summary>Discord error 30038: the guild has the maximum number of scheduled events.</summary>
    TooManyEvents,
    /// <summary>The bot lacks Manage Events (or the guild is not reachable).</summary>
    MissingPermission,
    /// <summary>The event was deleted in Discord (e.g. by a moderator).</summary>
    UnknownEvent,
    /// <summary>Rate limit, 5xx, timeout: tried again next round.</summary>
    Transient,
}
