using System.Collections.Concurrent;

namespace NewsBot.Sandbox.Gateway;

/// <summary>
/// The gateway's sessions: live while connected or disconnected within the resume window, ended (and their buffered
/// dispatches freed) once it has passed. Waiters learn of every change through <see cref="Changed"/>.
/// </summary>
internal sealed class SessionRegistry(SandboxState state)
{
    private readonly ConcurrentDictionary<string, GatewaySession> _sessions = new(StringComparer.Ordinal);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The live sessions: connected, or disconnected and still resumable.</summary>
    public IReadOnlyCollection<GatewaySession> Live => [.. _sessions.Values.Where(s => !Expired(s))];

    /// <summary>Completes when a session appears, disappears or (re)connects.</summary>
    public Task Changed => Volatile.Read(ref _changed).Task;

    public void Add(GatewaySession session) => _sessions[session.Id] = session;

    /// <summary>The session a RESUME names, if it is still resumable.</summary>
    public GatewaySession? FindResumable(string? sessionId)
    {
        ForgetExpired();
        return sessionId is not null && _sessions.TryGetValue(sessionId, out var session) && !session.Invalidated ? session : null;
    }

    /// <summary>
    /// Every live session owning <paramref name="guildId"/> (null: shard 0) with <paramref name="requiredIntent"/>
    /// (0: any), walked in place: this runs for every event the world raises.
    /// </summary>
    public IEnumerable<GatewaySession> Receiving(ulong? guildId, long requiredIntent)
    {
        foreach (var (_, session) in _sessions)
        {
            if (!session.Invalidated && session.Owns(guildId) && (requiredIntent == 0 || (session.Intents & requiredIntent) != 0) && !Expired(session))
                yield return session;
        }
    }

    /// <summary>Walks the sessions in place (Values would copy them into a new list on every interaction).</summary>
    public bool HasSession(ulong guildId, bool connected)
    {
        foreach (var (_, session) in _sessions)
        {
            if (!session.Invalidated && session.Owns(guildId) && (!connected || session.Connection is not null) && !Expired(session))
                return true;
        }
        return false;
    }

    /// <summary>Ends the sessions whose resume window has passed, freeing their buffered dispatches.</summary>
    public void ForgetExpired()
    {
        foreach (var (_, session) in _sessions)
        {
            if (Expired(session))
                Invalidate(session);
        }
    }

    /// <summary>Ends a session for good: a later RESUME of it gets INVALID_SESSION.</summary>
    public void Invalidate(GatewaySession session)
    {
        session.Invalidated = true;
        _sessions.TryRemove(session.Id, out _);
        NotifyChanged();
    }

    public void NotifyChanged()
    {
        var previous = Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        previous.TrySetResult();
    }

    /// <summary>Only a disconnected session can expire, so a connected one costs no clock read.</summary>
    private bool Expired(GatewaySession session) =>
        session.Connection is null && session.HasExpired(state.Time.GetUtcNow(), state.Options.SessionResumeWindow);
}
