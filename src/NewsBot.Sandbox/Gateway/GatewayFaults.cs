using System.Collections.Concurrent;

namespace NewsBot.Sandbox.Gateway;

/// <summary>The gateway faults a test or the control API injects into every open connection.</summary>
internal sealed class GatewayFaults(ConcurrentDictionary<GatewayConnection, byte> connections, SessionRegistry sessions)
{
    /// <summary>Cuts every connection without a close frame; the sessions stay resumable.</summary>
    public void DropConnections()
    {
        foreach (var connection in connections.Keys)
            connection.Abort();
    }

    /// <summary>Op 7: asks every bot to reconnect and resume.</summary>
    public async Task SendReconnectAsync()
    {
        foreach (var connection in connections.Keys)
            await connection.SendAsync("""{"op":7,"d":null,"s":null,"t":null}""", CancellationToken.None);
    }

    /// <summary>Op 9: resumable, or not (then the sessions end).</summary>
    public async Task SendInvalidSessionAsync(bool resumable)
    {
        foreach (var connection in connections.Keys)
        {
            if (!resumable && connection.Session is { } session)
                sessions.Invalidate(session);
            await connection.SendAsync(resumable ? GatewayPayloads.InvalidSessionResumable : GatewayPayloads.InvalidSessionNotResumable, CancellationToken.None);
        }
    }

    /// <summary>Op 1 from the server: the bot must heartbeat at once.</summary>
    public async Task RequestHeartbeatAsync()
    {
        foreach (var connection in connections.Keys)
            await connection.SendAsync("""{"op":1,"d":null,"s":null,"t":null}""", CancellationToken.None);
    }

    /// <summary>Heartbeats are still accepted but never acknowledged: a client sees a zombie connection.</summary>
    public void StopHeartbeatAcks()
    {
        foreach (var connection in connections.Keys)
            connection.WithholdAcks = true;
    }

    /// <summary>Closes every connection with 1001, as a stopping server does.</summary>
    public async Task CloseAllAsync()
    {
        foreach (var connection in connections.Keys)
            await connection.CloseAsync(1001, "Sandbox stopping.");
    }
}
