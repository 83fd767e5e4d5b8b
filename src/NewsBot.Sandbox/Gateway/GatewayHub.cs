using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Wire;

namespace NewsBot.Sandbox.Gateway;

/// <summary>
/// The gateway's front: accepts bot connections, reads their payloads and routes each opcode; sessions, the
/// handshake, heartbeat watching, identify limits and fault injection each live in their own class beside it.
/// </summary>
internal sealed class GatewayHub
{
    private const int MaxPayloadBytes = 4096;

    private readonly SandboxState _state;
    private readonly SessionRegistry _sessions;
    private readonly SessionHandshake _handshake;
    private readonly ConcurrentDictionary<GatewayConnection, byte> _connections = new();
    private int _connectionsAccepted;

    public GatewayHub(SandboxState state)
    {
        _state = state;
        _sessions = new SessionRegistry(state);
        _handshake = new SessionHandshake(state, _sessions, new IdentifyLimiter(state));
        Faults = new GatewayFaults(_connections, _sessions);
    }

    /// <summary>Faults injected into every open connection (drops, reconnect and invalid-session requests, withheld ACKs).</summary>
    public GatewayFaults Faults { get; }

    /// <summary>WebSocket connections accepted so far (every connect, identify or resume attempt of a bot).</summary>
    public int ConnectionsAccepted => Volatile.Read(ref _connectionsAccepted);

    /// <summary>The live sessions: connected, or disconnected and still resumable.</summary>
    public IReadOnlyCollection<GatewaySession> Sessions => _sessions.Live;

    /// <summary>Completes when a session appears, disappears or (re)connects.</summary>
    public Task SessionsChanged => _sessions.Changed;

    public bool HasSessionFor(ulong guildId) => _sessions.HasSession(guildId, connected: false);

    public bool HasConnectedSessionFor(ulong guildId) => _sessions.HasSession(guildId, connected: true);

    /// <summary>Sends an event to every live session owning the guild (null: shard 0); returns how many sessions got it.</summary>
    public Task<int> DispatchAsync(ulong? guildId, string eventName, JsonObject data, long requiredIntent, CancellationToken cancellationToken) =>
        DispatchAsync(guildId, eventName, Utf8Json.Bytes(data), requiredIntent, cancellationToken);

    /// <summary>As above, with the event's data already written as UTF-8 JSON (serialized once for every session).</summary>
    public async Task<int> DispatchAsync(ulong? guildId, string eventName, byte[] utf8Data, long requiredIntent, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var session in _sessions.Receiving(guildId, requiredIntent))
        {
            await SessionDispatch.SendAsync(session, eventName, utf8Data, cancellationToken);
            count++;
        }
        return count;
    }

    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        var version = context.Request.Query["v"].ToString();
        var encoding = context.Request.Query["encoding"].ToString();
        var compress = context.Request.Query["compress"].ToString();
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        Interlocked.Increment(ref _connectionsAccepted);
        using var connection = new GatewayConnection(socket) { SendWindowStart = _state.Time.GetUtcNow() };
        if (version != "10")
        {
            await connection.CloseAsync(GatewayCloseCodes.InvalidApiVersion, "Invalid API version.");
            return;
        }
        if ((encoding.Length > 0 && encoding != "json") || compress.Length > 0)
        {
            await connection.CloseAsync(GatewayCloseCodes.DecodeError, "The sandbox speaks only encoding=json without compression.");
            return;
        }
        _connections[connection] = 0;
        using var watchdogStop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var watchdog = Task.CompletedTask;
        try
        {
            connection.LastHeartbeat = _state.Time.GetUtcNow();
            await connection.SendAsync(GatewayPayloads.Hello(_state.Options.HeartbeatInterval), context.RequestAborted);
            watchdog = HeartbeatWatchdog.WatchAsync(connection, _state, watchdogStop.Token);
            await ReceiveLoopAsync(connection, context.RequestAborted);
        }
        finally
        {
            await watchdogStop.CancelAsync();
            await watchdog;
            _connections.TryRemove(connection, out _);
            if (connection.Session is { } session && session.Connection == connection)
            {
                session.Connection = null;
                session.DisconnectedAt = _state.Time.GetUtcNow();
            }
            _sessions.ForgetExpired();
            _sessions.NotifyChanged();
        }
    }

    private async Task ReceiveLoopAsync(GatewayConnection connection, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxPayloadBytes * 4];
        while (connection.Socket.State == WebSocketState.Open)
        {
            var length = 0;
            var messageType = WebSocketMessageType.Text;
            try
            {
                var end = false;
                while (!end)
                {
                    if (length == buffer.Length)
                    {
                        await connection.CloseAsync(GatewayCloseCodes.DecodeError, "Payload too large.");
                        return;
                    }
                    var received = await connection.Socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
                    length += received.Count;
                    messageType = received.MessageType;
                    end = received.EndOfMessage || received.MessageType == WebSocketMessageType.Close;
                }
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            if (messageType == WebSocketMessageType.Close)
            {
                var code = (int?)connection.Socket.CloseStatus ?? 1005;
                if (code is 1000 or 1001 && connection.Session is { } ending)
                    _sessions.Invalidate(ending);
                await connection.CloseAsync(code == 1005 ? 1000 : code, "");
                return;
            }
            if (!connection.CountSend(_state.Time.GetUtcNow(), _state.Options.GatewaySendLimit))
            {
                await connection.CloseAsync(GatewayCloseCodes.RateLimited, "You are being rate limited.");
                return;
            }
            if (messageType == WebSocketMessageType.Binary || length > MaxPayloadBytes)
            {
                await connection.CloseAsync(GatewayCloseCodes.DecodeError, "Error while decoding payload.");
                return;
            }
            JsonObject? payload;
            try
            {
                payload = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, length)) as JsonObject;
            }
            catch (JsonException)
            {
                payload = null;
            }
            if (payload is null || payload["op"] is not JsonValue opValue || !opValue.TryGetValue<int>(out var op))
            {
                await connection.CloseAsync(GatewayCloseCodes.DecodeError, "Error while decoding payload.");
                return;
            }
            if (!await HandlePayloadAsync(connection, op, payload, cancellationToken))
                return;
        }
    }

    /// <summary>Returns false when the connection was closed.</summary>
    private async Task<bool> HandlePayloadAsync(GatewayConnection connection, int op, JsonObject payload, CancellationToken cancellationToken)
    {
        switch (op)
        {
            case 1:
                connection.LastHeartbeat = _state.Time.GetUtcNow();
                if (!connection.WithholdAcks)
                    await connection.SendAsync(GatewayPayloads.HeartbeatAck, cancellationToken);
                return true;
            case 2:
                return await _handshake.IdentifyAsync(connection, payload["d"] as JsonObject, cancellationToken);
            case 6:
                return await _handshake.ResumeAsync(connection, payload["d"] as JsonObject, cancellationToken);
            case 3 or 4 or 8:
                if (connection.Session is null)
                {
                    await connection.CloseAsync(GatewayCloseCodes.NotAuthenticated, "Not authenticated.");
                    return false;
                }
                return true;
            default:
                await connection.CloseAsync(GatewayCloseCodes.UnknownOpcode, "Unknown opcode.");
                return false;
        }
    }
}
