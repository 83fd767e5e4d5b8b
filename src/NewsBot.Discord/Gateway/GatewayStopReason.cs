using System.Globalization;
using System.Net;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Why a shard's session ended: cancelled by the host, or a fatal stop that retrying cannot fix — a gateway close
/// (<see cref="CloseCode"/>) or an HTTP refusal before any connection (<see cref="HttpStatus"/>, e.g. 401 on GET /gateway/bot).
/// </summary>
public sealed record GatewayStopReason(bool IsFatal, int? CloseCode, string Description, HttpStatusCode? HttpStatus = null)
{
    public static GatewayStopReason Stopped { get; } = new(false, null, "stopped");

    public static GatewayStopReason Fatal(int? closeCode, string description) => new(true, closeCode, description);

    /// <summary>Discord refused an HTTP request the gateway needs; there is no close code, since nothing was connected.</summary>
    public static GatewayStopReason FatalHttp(HttpStatusCode status, string description) => new(true, null, description, status);

    /// <summary>What happened, as said: "… (close code 4004)" or "… (HTTP 401 Unauthorized)".</summary>
    public string Summary => HttpStatus is { } status
        ? string.Create(CultureInfo.InvariantCulture, $"{Description} (HTTP {(int)status} {status})")
        : CloseCode is { } code
            ? string.Create(CultureInfo.InvariantCulture, $"{Description} (close code {code})")
            : Description;
}

/// <summary>Raised to the host when a gateway session stopped for good (bad token, disallowed intents, …).</summary>
public sealed class GatewayFatalException(GatewayStopReason reason) : Exception($"Discord gateway stopped: {reason.Summary}")
{
    public GatewayStopReason Reason { get; } = reason;
}
