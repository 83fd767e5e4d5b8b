using System.Text.Json.Nodes;
using NewsBot.Sandbox.Wire;

namespace NewsBot.Sandbox.Gateway;

/// <summary>Numbers, remembers (for a resume) and sends one dispatch to one session, in order.</summary>
internal static class SessionDispatch
{
    /// <summary>Sends under the session's gate, so sequence numbers and sends never interleave.</summary>
    public static async Task SendAsync(GatewaySession session, string eventName, byte[] utf8Data, CancellationToken cancellationToken)
    {
        await session.Gate.WaitAsync(cancellationToken);
        try
        {
            await SendLockedAsync(session, eventName, utf8Data, cancellationToken);
        }
        finally
        {
            session.Gate.Release();
        }
    }

    /// <summary>For callers that already hold the session's gate (READY, GUILD_CREATE, RESUMED).</summary>
    public static Task SendLockedAsync(GatewaySession session, string eventName, JsonObject data, CancellationToken cancellationToken) =>
        SendLockedAsync(session, eventName, Utf8Json.Bytes(data), cancellationToken);

    public static async Task SendLockedAsync(GatewaySession session, string eventName, byte[] utf8Data, CancellationToken cancellationToken)
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
}
