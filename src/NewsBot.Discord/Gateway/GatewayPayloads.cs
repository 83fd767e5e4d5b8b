using System.Text.Json.Serialization;

namespace NewsBot.Discord.Gateway;

/// <summary>An outgoing gateway frame; <c>d</c> is always written (a heartbeat's may be null).</summary>
internal sealed record GatewayCommand<T>(int Op, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] T D);

internal sealed record HelloData(int HeartbeatInterval);

internal sealed record IdentifyData(string Token, int Intents, IdentifyProperties Properties, IReadOnlyList<int> Shard, int? LargeThreshold = null);

internal sealed record IdentifyProperties(
    [property: JsonPropertyName("os")] string Os,
    [property: JsonPropertyName("browser")] string Browser,
    [property: JsonPropertyName("device")] string Device);

internal sealed record ResumeData(string Token, string SessionId, long? Seq);

internal static class GatewayOpcode
{
    public const int Dispatch = 0;
    public const int Heartbeat = 1;
    public const int Identify = 2;
    public const int Resume = 6;
    public const int Reconnect = 7;
    public const int InvalidSession = 9;
    public const int Hello = 10;
    public const int HeartbeatAck = 11;
}
