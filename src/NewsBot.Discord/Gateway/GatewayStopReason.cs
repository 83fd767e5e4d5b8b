namespace NewsBot.Discord.Gateway;

/// <summary>Why a shard's session ended: cancelled by the host, or a fatal close that retrying cannot fix.</summary>
public sealed record GatewayStopReason(bool IsFatal, int? CloseCode, string Description)
{
    public static GatewayStopReason Stopped { get; } = new(false, null, "stopped");

    public static GatewayStopReason Fatal(int? closeCode, string description) => new(true, closeCode, description);
}

/// <summary>Raised to the host when a gateway session stopped for good (bad token, disallowed intents, …).</summary>
public sealed class GatewayFatalException(GatewayStopReason reason)
    : Exception($"Discord gateway stopped: {reason.Description} (close code {reason.CloseCode})")
{
    public GatewayStopReason Reason { get; } = reason;
}
