using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Wire;

namespace NewsBot.Sandbox.Gateway;

/// <summary>The gateway: accepts bot connections, runs identify/resume/heartbeat, and dispatches events to sessions.</summary>
internal sealed class GatewayHub(SandboxState state)
{
    private const int MaxPayloadBytes = 4096;
    private const long KnownIntents = 0x1FFFF | (1L << 20) | (1L << 21) | (1L << 24) | (1L << 25);
    private const long PrivilegedIntents = (1L << 1) | (1L << 8) | (1L << 15);
    private static readonly TimeSpan CloseHandshakeGrace = TimeSpan.FromSeconds(5);
    private const string InvalidSessionResumable = """{"op":9,"d":true,"s":null,"t":null}""";
    private const string InvalidSessionNotResumable = """{"op":9,"d":false,"s":null,"t":null}""";

    private readonly ConcurrentDictionary<string, GatewaySession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<GatewayConnection, byte> _connections = new();
    private readonly Dictionary<int, DateTimeOffset> _lastIdentify = [];
    private TaskCompletionSource _sessionsChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _connectionsAccepted;

    /// <summary>WebSocket connections accepted so far (every connect, identify or resume attempt of a bot).</summary>
    public int ConnectionsAccepted => Volatile.Read(ref _connectionsAccepted);

    /// <summary>The live sessions: connected, or disconnected and still resumable.</summary>
    public IReadOnlyCollection<GatewaySession> Sessions => [.. _sessions.Values.Where(s => !Expired(s))];

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
        using var connection = new GatewayConnection(socket) { SendWindowStart = state.Time.GetUtcNow() };
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
            var hello = new JsonObject
            {
                ["op"] = 10,
                ["d"] = new JsonObject
                {
                    ["heartbeat_interval"] = (long)state.Options.HeartbeatInterval.TotalMilliseconds,
                    ["_trace"] = new JsonArray("[\"newsbot-sandbox\"]"),
                },
                ["s"] = null,
                ["t"] = null,
            };
            connection.LastHeartbeat = state.Time.GetUtcNow();
            await connection.SendAsync(hello.ToJsonString(), context.RequestAborted);
            watchdog = WatchHeartbeatsAsync(connection, watchdogStop.Token);
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
                session.DisconnectedAt = state.Time.GetUtcNow();
            }
            ForgetExpiredSessions();
            NotifySessionsChanged();
        }
    }

    /// <summary>
    /// Closes a connection that stops heartbeating, as Discord does ("your connection will be closed and you will be
    /// forced to Resume"): with 4000, whose documented follow-up is a resume, while its session stays resumable for the
    /// resume window like any dropped one. A bot that does not answer the close is cut off.
    /// </summary>
    private async Task WatchHeartbeatsAsync(GatewayConnection connection, CancellationToken cancellationToken)
    {
        var timeout = state.Options.HeartbeatTimeout ?? state.Options.HeartbeatInterval * 2;
        if (timeout == Timeout.InfiniteTimeSpan)
            return;
        try
        {
            while (true)
            {
                var silentFor = state.Time.GetUtcNow() - connection.LastHeartbeat;
                if (silentFor >= timeout)
                    break;
                // Whole milliseconds, rounded up: Task.Delay drops a fraction, and a wait cut short would spin here.
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling((timeout - silentFor).TotalMilliseconds)), state.Time, cancellationToken);
            }
            await connection.CloseAsync(GatewayCloseCodes.UnknownError, "Heartbeat timed out.");
            await Task.Delay(CloseHandshakeGrace, state.Time, cancellationToken);
            connection.Abort();
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
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
                    Invalidate(ending);
                await connection.CloseAsync(code == 1005 ? 1000 : code, "");
                return;
            }
            if (!CountSend(connection))
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

    private bool CountSend(GatewayConnection connection)
    {
        var now = state.Time.GetUtcNow();
        if (now - connection.SendWindowStart >= TimeSpan.FromMinutes(1))
        {
            connection.SendWindowStart = now;
            connection.SendsInWindow = 0;
        }
        connection.SendsInWindow++;
        return connection.SendsInWindow <= state.Options.GatewaySendLimit;
    }

    /// <summary>Returns false when the connection was closed.</summary>
    private async Task<bool> HandlePayloadAsync(GatewayConnection connection, int op, JsonObject payload, CancellationToken cancellationToken)
    {
        switch (op)
        {
            case 1:
                connection.LastHeartbeat = state.Time.GetUtcNow();
                if (!connection.WithholdAcks)
                    await connection.SendAsync("""{"op":11,"d":null,"s":null,"t":null}""", cancellationToken);
                return true;
            case 2:
                return await IdentifyAsync(connection, payload["d"] as JsonObject, cancellationToken);
            case 6:
                return await ResumeAsync(connection, payload["d"] as JsonObject, cancellationToken);
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

    /// <summary>What IDENTIFY and RESUME both require: a fresh connection, a payload and a valid token; else the close Discord sends.</summary>
    private async Task<bool> AcceptsCredentialsAsync(GatewayConnection connection, JsonObject? data)
    {
        if (connection.Session is not null)
        {
            await connection.CloseAsync(GatewayCloseCodes.AlreadyAuthenticated, "Already authenticated.");
            return false;
        }
        if (data is null)
        {
            await connection.CloseAsync(GatewayCloseCodes.DecodeError, "Error while decoding payload.");
            return false;
        }
        if (!state.IsValidToken(Text(data["token"])))
        {
            await connection.CloseAsync(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.");
            return false;
        }
        return true;
    }

    private async Task<bool> IdentifyAsync(GatewayConnection connection, JsonObject? data, CancellationToken cancellationToken)
    {
        if (!await AcceptsCredentialsAsync(connection, data) || data is null)
            return false;
        if (data["intents"] is not JsonValue iv || !iv.TryGetValue<long>(out var intents) || intents < 0 || (intents & ~KnownIntents) != 0)
        {
            await connection.CloseAsync(GatewayCloseCodes.InvalidIntents, "Invalid intent(s).");
            return false;
        }
        if ((intents & PrivilegedIntents & ~state.Options.EnabledPrivilegedIntents) != 0)
        {
            await connection.CloseAsync(GatewayCloseCodes.DisallowedIntents, "Disallowed intent(s).");
            return false;
        }
        var (shardId, shardCount) = (0, 1);
        if (MessageNull(data["shard"]) is { } shardNode)
        {
            if (shardNode is not JsonArray { Count: 2 } shard
                || shard[0] is not JsonValue a || !a.TryGetValue(out shardId)
                || shard[1] is not JsonValue b || !b.TryGetValue(out shardCount)
                || shardCount < 1 || shardId < 0 || shardId >= shardCount)
            {
                await connection.CloseAsync(GatewayCloseCodes.InvalidShard, "Invalid shard.");
                return false;
            }
        }
        if (!TryTakeIdentifySlot(shardId))
        {
            state.CountRefusedIdentify();
            await connection.SendAsync(InvalidSessionNotResumable, cancellationToken);
            return true;
        }
        state.CountIdentify();
        ForgetExpiredSessions();
        var session = new GatewaySession(RandomNumberGenerator.GetHexString(32, lowercase: true), shardId, shardCount, intents, state.Options.ResumeBufferSize)
        {
            Connection = connection,
        };
        connection.Session = session;
        // READY and the GUILD_CREATEs go out before any other dispatch can reach the new session
        await session.Gate.WaitAsync(cancellationToken);
        try
        {
            _sessions[session.Id] = session;

            var guilds = state.World.Guilds.Where(g => session.Owns(g.Id)).ToList();
            var ready = new JsonObject
            {
                ["v"] = 10,
                ["user"] = WorldJson.User(state.World.BotUser),
                ["user_settings"] = new JsonObject(),
                ["private_channels"] = new JsonArray(),
                ["presences"] = new JsonArray(),
                ["relationships"] = new JsonArray(),
                ["guild_join_requests"] = new JsonArray(),
                ["geo_ordered_rtc_regions"] = new JsonArray("sandbox"),
                ["guilds"] = new JsonArray([.. guilds.Select(g => (JsonNode)new JsonObject { ["id"] = WireFormat.Id(g.Id), ["unavailable"] = true })]),
                ["session_id"] = session.Id,
                ["session_type"] = "normal",
                ["resume_gateway_url"] = state.GatewayUrl,
                ["shard"] = new JsonArray(shardId, shardCount),
                ["application"] = new JsonObject { ["id"] = WireFormat.Id(state.World.ApplicationId), ["flags"] = 0 },
                ["_trace"] = new JsonArray("[\"newsbot-sandbox\"]"),
            };
            await SendDispatchLockedAsync(session, "READY", ready, cancellationToken);
            if ((intents & 1) != 0)
            {
                foreach (var guild in guilds)
                {
                    var joined = state.World.BotMember(guild).JoinedAt;
                    await SendDispatchLockedAsync(session, "GUILD_CREATE", WorldJson.GuildCreate(guild, joined, state.Events.List(guild.Id)), cancellationToken);
                }
            }
        }
        finally
        {
            session.Gate.Release();
        }
        NotifySessionsChanged();
        return true;
    }

    /// <summary>One identify per concurrency bucket (<c>shard_id % max_concurrency</c>) per interval, as Discord allows.</summary>
    private bool TryTakeIdentifySlot(int shardId)
    {
        if (state.Options.IdentifyInterval <= TimeSpan.Zero)
            return true;
        var bucket = shardId % Math.Max(1, state.Options.MaxConcurrency);
        var now = state.Time.GetUtcNow();
        lock (_lastIdentify)
        {
            if (_lastIdentify.TryGetValue(bucket, out var last) && now - last < state.Options.IdentifyInterval)
                return false;
            _lastIdentify[bucket] = now;
            return true;
        }
    }

    private async Task<bool> ResumeAsync(GatewayConnection connection, JsonObject? data, CancellationToken cancellationToken)
    {
        if (!await AcceptsCredentialsAsync(connection, data) || data is null)
            return false;
        var sessionId = Text(data["session_id"]);
        long? seq = data["seq"] is JsonValue sv && sv.TryGetValue<long>(out var s) ? s : null;
        ForgetExpiredSessions();
        if (sessionId is null || !_sessions.TryGetValue(sessionId, out var session) || session.Invalidated)
        {
            await connection.SendAsync(InvalidSessionNotResumable, cancellationToken);
            return true;
        }
        await session.Gate.WaitAsync(cancellationToken);
        try
        {
            if (seq > session.Sequence)
            {
                await connection.CloseAsync(GatewayCloseCodes.InvalidSeq, "Invalid seq.");
                return false;
            }
            var from = seq ?? 0;
            if (session.Buffer.OldestSeq > from + 1)
            {
                await connection.SendAsync(InvalidSessionNotResumable, cancellationToken);
                return true;
            }
            if (session.Connection is { } old && old != connection)
                old.Abort();
            session.Connection = connection;
            session.DisconnectedAt = null;
            connection.Session = session;
            foreach (var json in session.Buffer.After(from))
                await connection.SendAsync(json, cancellationToken);
            await SendDispatchLockedAsync(session, "RESUMED", new JsonObject { ["_trace"] = new JsonArray("[\"newsbot-sandbox\"]") }, cancellationToken);
        }
        finally
        {
            session.Gate.Release();
        }
        NotifySessionsChanged();
        return true;
    }

    /// <summary>Sends an event to every live session owning the guild (null: shard 0); returns how many sessions got it.</summary>
    public Task<int> DispatchAsync(ulong? guildId, string eventName, JsonObject data, long requiredIntent, CancellationToken cancellationToken) =>
        DispatchAsync(guildId, eventName, Utf8Json.Bytes(data), requiredIntent, cancellationToken);

    /// <summary>As above, with the event's data already written as UTF-8 JSON (serialized once for every session).</summary>
    public async Task<int> DispatchAsync(ulong? guildId, string eventName, byte[] utf8Data, long requiredIntent, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var (_, session) in _sessions)
        {
            if (session.Invalidated || !session.Owns(guildId) || (requiredIntent != 0 && (session.Intents & requiredIntent) == 0) || Expired(session))
                continue;
            await DispatchToAsync(session, eventName, utf8Data, cancellationToken);
            count++;
        }
        return count;
    }

    public bool HasSessionFor(ulong guildId) => HasSession(guildId, connected: false);

    public bool HasConnectedSessionFor(ulong guildId) => HasSession(guildId, connected: true);

    /// <summary>Walks the sessions in place (Values would copy them into a new list on every interaction).</summary>
    private bool HasSession(ulong guildId, bool connected)
    {
        foreach (var (_, session) in _sessions)
        {
            if (!session.Invalidated && session.Owns(guildId) && (!connected || session.Connection is not null) && !Expired(session))
                return true;
        }
        return false;
    }

    /// <summary>Completes when a session appears, disappears or (re)connects.</summary>
    public Task SessionsChanged => Volatile.Read(ref _sessionsChanged).Task;

    private static async Task DispatchToAsync(GatewaySession session, string eventName, byte[] utf8Data, CancellationToken cancellationToken)
    {
        await session.Gate.WaitAsync(cancellationToken);
        try
        {
            await SendDispatchLockedAsync(session, eventName, utf8Data, cancellationToken);
        }
        finally
        {
            session.Gate.Release();
        }
    }

    private static Task SendDispatchLockedAsync(GatewaySession session, string eventName, JsonObject data, CancellationToken cancellationToken) =>
        SendDispatchLockedAsync(session, eventName, Utf8Json.Bytes(data), cancellationToken);

    private static async Task SendDispatchLockedAsync(GatewaySession session, string eventName, byte[] utf8Data, CancellationToken cancellationToken)
    {
        var seq = ++session.Sequence;
        var json = DispatchJson(eventName, utf8Data, seq);
        session.Remember(seq, json);
        if (session.Connection is { } connection)
            await connection.SendAsync(json, cancellationToken);
    }

    /// <summary>The dispatch payload as UTF-8 around the already written data; one exact-size array serves the send and the resume buffer.</summary>
    private static byte[] DispatchJson(string eventName, byte[] utf8Data, long seq) =>
        Utf8Json.Write((eventName, utf8Data, seq), static (writer, d) =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("op"u8, 0);
            writer.WritePropertyName("d"u8);
            writer.WriteRawValue(d.utf8Data, skipInputValidation: true);
            writer.WriteNumber("s"u8, d.seq);
            writer.WriteString("t"u8, d.eventName);
            writer.WriteEndObject();
        });

    public void DropConnections()
    {
        foreach (var connection in _connections.Keys)
            connection.Abort();
    }

    public async Task SendReconnectAsync()
    {
        foreach (var connection in _connections.Keys)
            await connection.SendAsync("""{"op":7,"d":null,"s":null,"t":null}""", CancellationToken.None);
    }

    public async Task SendInvalidSessionAsync(bool resumable)
    {
        foreach (var connection in _connections.Keys)
        {
            if (!resumable && connection.Session is { } session)
                Invalidate(session);
            await connection.SendAsync(resumable ? InvalidSessionResumable : InvalidSessionNotResumable, CancellationToken.None);
        }
    }

    public async Task RequestHeartbeatAsync()
    {
        foreach (var connection in _connections.Keys)
            await connection.SendAsync("""{"op":1,"d":null,"s":null,"t":null}""", CancellationToken.None);
    }

    public void StopHeartbeatAcks()
    {
        foreach (var connection in _connections.Keys)
            connection.WithholdAcks = true;
    }

    public async Task CloseAllAsync()
    {
        foreach (var connection in _connections.Keys)
            await connection.CloseAsync(1001, "Sandbox stopping.");
    }

    /// <summary>Only a disconnected session can expire, so a connected one costs no clock read.</summary>
    private bool Expired(GatewaySession session) =>
        session.Connection is null && session.HasExpired(state.Time.GetUtcNow(), state.Options.SessionResumeWindow);

    /// <summary>Ends the sessions whose resume window has passed, freeing their buffered dispatches.</summary>
    private void ForgetExpiredSessions()
    {
        foreach (var (_, session) in _sessions)
        {
            if (Expired(session))
                Invalidate(session);
        }
    }

    private void Invalidate(GatewaySession session)
    {
        session.Invalidated = true;
        _sessions.TryRemove(session.Id, out _);
        NotifySessionsChanged();
    }

    private void NotifySessionsChanged()
    {
        var previous = Interlocked.Exchange(ref _sessionsChanged, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        previous.TrySetResult();
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static JsonNode? MessageNull(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.Null ? null : node;
}
