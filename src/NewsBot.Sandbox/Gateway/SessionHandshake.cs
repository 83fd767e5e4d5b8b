using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Wire;

namespace NewsBot.Sandbox.Gateway;

/// <summary>IDENTIFY (a new session, READY and the shard's GUILD_CREATEs) and RESUME (replay, then RESUMED), with the closes Discord sends.</summary>
internal sealed class SessionHandshake(SandboxState state, SessionRegistry sessions, IdentifyLimiter identifyLimiter)
{
    private const long KnownIntents = 0x1FFFF | (1L << 20) | (1L << 21) | (1L << 24) | (1L << 25);
    private const long PrivilegedIntents = (1L << 1) | (1L << 8) | (1L << 15);

    /// <summary>Returns false when the connection was closed.</summary>
    public async Task<bool> IdentifyAsync(GatewayConnection connection, JsonObject? data, CancellationToken cancellationToken)
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
        if (JsonNull(data["shard"]) is { } shardNode)
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
        if (!identifyLimiter.TryTake(shardId))
        {
            state.CountRefusedIdentify();
            await connection.SendAsync(GatewayPayloads.InvalidSessionNotResumable, cancellationToken);
            return true;
        }
        state.CountIdentify();
        sessions.ForgetExpired();
        var session = new GatewaySession(RandomNumberGenerator.GetHexString(32, lowercase: true), shardId, shardCount, intents, state.Options.ResumeBufferSize)
        {
            Connection = connection,
        };
        connection.Session = session;
        // READY and the GUILD_CREATEs go out before any other dispatch can reach the new session
        await session.Gate.WaitAsync(cancellationToken);
        try
        {
            sessions.Add(session);
            var guilds = state.World.Guilds.Where(g => session.Owns(g.Id)).ToList();
            await SessionDispatch.SendLockedAsync(session, "READY", Ready(session, guilds), cancellationToken);
            if ((intents & 1) != 0)
            {
                foreach (var guild in guilds)
                {
                    var joined = state.World.BotMember(guild).JoinedAt;
                    await SessionDispatch.SendLockedAsync(session, "GUILD_CREATE", WorldJson.GuildCreate(guild, joined, state.Events.List(guild.Id)), cancellationToken);
                }
            }
        }
        finally
        {
            session.Gate.Release();
        }
        sessions.NotifyChanged();
        return true;
    }

    /// <summary>Returns false when the connection was closed.</summary>
    public async Task<bool> ResumeAsync(GatewayConnection connection, JsonObject? data, CancellationToken cancellationToken)
    {
        if (!await AcceptsCredentialsAsync(connection, data) || data is null)
            return false;
        long? seq = data["seq"] is JsonValue sv && sv.TryGetValue<long>(out var s) ? s : null;
        if (sessions.FindResumable(Text(data["session_id"])) is not { } session)
        {
            await connection.SendAsync(GatewayPayloads.InvalidSessionNotResumable, cancellationToken);
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
                await connection.SendAsync(GatewayPayloads.InvalidSessionNotResumable, cancellationToken);
                return true;
            }
            if (session.Connection is { } old && old != connection)
                old.Abort();
            session.Connection = connection;
            session.DisconnectedAt = null;
            connection.Session = session;
            foreach (var json in session.Buffer.After(from))
                await connection.SendAsync(json, cancellationToken);
            await SessionDispatch.SendLockedAsync(session, "RESUMED", new JsonObject { ["_trace"] = new JsonArray("[\"newsbot-sandbox\"]") }, cancellationToken);
        }
        finally
        {
            session.Gate.Release();
        }
        sessions.NotifyChanged();
        return true;
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

    private JsonObject Ready(GatewaySession session, IEnumerable<World.SandboxGuild> guilds) => new()
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
        ["shard"] = new JsonArray(session.ShardId, session.ShardCount),
        ["application"] = new JsonObject { ["id"] = WireFormat.Id(state.World.ApplicationId), ["flags"] = 0 },
        ["_trace"] = new JsonArray("[\"newsbot-sandbox\"]"),
    };

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static JsonNode? JsonNull(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.Null ? null : node;
}
