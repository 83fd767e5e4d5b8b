using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Gateway;

/// <summary>The fixed gateway payloads and the HELLO, as Discord sends them.</summary>
internal static class GatewayPayloads
{
    public const string InvalidSessionResumable = """{"op":9,"d":true,"s":null,"t":null}""";
    public const string InvalidSessionNotResumable = """{"op":9,"d":false,"s":null,"t":null}""";
    public const string HeartbeatAck = """{"op":11,"d":null,"s":null,"t":null}""";

    public static string Hello(TimeSpan heartbeatInterval) => new JsonObject
    {
        ["op"] = 10,
        ["d"] = new JsonObject
        {
            ["heartbeat_interval"] = (long)heartbeatInterval.TotalMilliseconds,
            ["_trace"] = new JsonArray("[\"newsbot-sandbox\"]"),
        },
        ["s"] = null,
        ["t"] = null,
    }.ToJsonString();
}
