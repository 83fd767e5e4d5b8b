using System.Net;
using System.Text.Json;
using NewsBot.Discord.Validation;

namespace NewsBot.Discord.Rest;

/// <summary>Why a REST call did not succeed. <see cref="Code"/> is Discord's JSON error code when it sent one.</summary>
public sealed record DiscordError(
    DiscordErrorKind Kind,
    string Message,
    HttpStatusCode? Status = null,
    int? Code = null,
    JsonElement? Errors = null,
    IReadOnlyList<LimitViolation>? Violations = null,
    Exception? Exception = null)
{
    public bool IsMissingPermissions => Code is DiscordErrorCodes.MissingPermissions or DiscordErrorCodes.MissingAccess;

    public override string ToString() => Kind switch
    {
        DiscordErrorKind.Validation => $"Invalid request: {string.Join("; ", Violations ?? [])}",
        DiscordErrorKind.Api => $"Discord answered {(int?)Status} (code {Code}): {Message}",
        _ => $"{Kind}: {Message}",
    };
}

public enum DiscordErrorKind
{
    /// <summary>Discord answered with an error status (see Status and Code).</summary>
    Api,
    /// <summary>Our own limit checks refused the request before sending it.</summary>
    Validation,
    /// <summary>Still rate limited after the allowed number of waits.</summary>
    RateLimited,
    /// <summary>Network failure or timeout after the allowed retries.</summary>
    Transport,
}

/// <summary>JSON error codes we meet (Discord's opcodes-and-status-codes doc).</summary>
public static class DiscordErrorCodes
{
    public const int UnknownChannel = 10003;
    public const int UnknownGuild = 10004;
    public const int UnknownMessage = 10008;
    public const int UnknownInteraction = 10062;
    public const int UnknownScheduledEvent = 10070;
    public const int InteractionAlreadyAcknowledged = 40060;
    public const int MissingAccess = 50001;
    public const int MissingPermissions = 50013;
    public const int InvalidFormBody = 50035;
    public const int ThreadAlreadyCreated = 160004;
}
