using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Control;

/// <summary>
/// What the bot made of an interaction: HTTP-like <see cref="Status"/> (200 answered, 504 missed the deadline,
/// 503 no bot session, 404 unknown guild/channel), the callback body, follow-ups and the final original message.
/// </summary>
/// <remarks>
/// The sandbox takes an outcome as UTF-8 snapshots and parses each part only when it is first read, so a caller that
/// only checks <see cref="Status"/> (a load run) pays for no JSON tree. Each outcome owns its nodes: changing them
/// changes nothing in the sandbox.
/// </remarks>
public sealed record InteractionOutcome
{
    private static readonly byte[] EmptyArray = "[]"u8.ToArray();
    private byte[]? _callbackJson;
    private byte[]? _followupsJson;
    private byte[]? _originalJson;
    private JsonObject? _callback;
    private JsonArray? _followups;
    private JsonObject? _original;

    public InteractionOutcome(int status, string? interactionId, JsonObject? callback, JsonArray followups, JsonObject? original, string? error)
        : this(status, interactionId, error, null)
    {
        _callback = callback;
        _followups = followups;
        _original = original;
    }

    private InteractionOutcome(int status, string? interactionId, string? error, int? errorCode)
    {
        Status = status;
        InteractionId = interactionId;
        Error = error;
        ErrorCode = errorCode;
    }

    /// <summary>An outcome from snapshots (UTF-8 JSON) of the callback, the follow-ups (an array) and the original.</summary>
    internal static InteractionOutcome FromSnapshots(int status, string? interactionId, byte[]? callbackJson, byte[]? followupsJson,
        byte[]? originalJson, string? error) =>
        new(status, interactionId, error, null) { _callbackJson = callbackJson, _followupsJson = followupsJson, _originalJson = originalJson };

    public int Status { get; }

    public string? InteractionId { get; }

    public JsonObject? Callback => Materialize(ref _callback, _callbackJson);

    public JsonArray Followups => Materialize(ref _followups, _followupsJson ?? EmptyArray)!;

    public JsonObject? Original => Materialize(ref _original, _originalJson);

    public string? Error { get; }

    /// <summary>Discord's JSON error code when the sandbox refused the interaction as Discord would (e.g. 50035, 10008).</summary>
    public int? ErrorCode { get; }

    public bool Answered => Status == 200;

    public static InteractionOutcome Failed(int status, string error, string? interactionId = null, int? errorCode = null) =>
        new(status, interactionId, error, errorCode) { _followups = [] };

    public JsonObject ToJson() => new()
    {
        ["interaction_id"] = InteractionId,
        ["callback"] = Callback?.DeepClone(),
        ["followups"] = Followups.DeepClone(),
        ["original"] = Original?.DeepClone(),
        ["error"] = Error,
        ["code"] = ErrorCode,
    };

    /// <summary>
    /// Writes what <see cref="ToJson"/> holds straight from the snapshots (a part already read as a node is written from
    /// the node): the control API's answer then costs no parse, no tree and no copy.
    /// </summary>
    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("interaction_id"u8, InteractionId);
        WritePart(writer, "callback"u8, _callback, _callbackJson);
        WritePart(writer, "followups"u8, _followups, _followupsJson ?? EmptyArray);
        WritePart(writer, "original"u8, _original, _originalJson);
        writer.WriteString("error"u8, Error);
        if (ErrorCode is { } code)
            writer.WriteNumber("code"u8, code);
        else
            writer.WriteNull("code"u8);
        writer.WriteEndObject();
    }

    private static void WritePart(Utf8JsonWriter writer, ReadOnlySpan<byte> name, JsonNode? node, byte[]? json)
    {
        writer.WritePropertyName(name);
        if (node is not null)
            node.WriteTo(writer);
        else if (json is not null)
            writer.WriteRawValue(json, skipInputValidation: true);
        else
            writer.WriteNullValue();
    }

    /// <summary>The node parsed from <paramref name="json"/> on first use; racing readers agree on one.</summary>
    private static T? Materialize<T>(ref T? node, byte[]? json) where T : JsonNode
    {
        if (node is not null || json is null)
            return node;
        var parsed = (T)JsonNode.Parse(json)!;
        return Interlocked.CompareExchange(ref node, parsed, null) ?? parsed;
    }
}
