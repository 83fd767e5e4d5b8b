using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Control;

/// <summary>
/// What the bot made of an interaction: HTTP-like <see cref="Status"/> (200 answered, 504 missed the deadline,
/// 503 no bot session, 404 unknown guild/channel), the callback body, follow-ups and the final original message.
/// </summary>
public sealed record InteractionOutcome(int Status, string? InteractionId, JsonObject? Callback, JsonArray Followups, JsonObject? Original, string? Error)
{
    public bool Answered => Status == 200;

    public static InteractionOutcome Failed(int status, string error, string? interactionId = null) =>
        new(status, interactionId, null, [], null, error);

    public JsonObject ToJson() => new()
    {
        ["interaction_id"] = InteractionId,
        ["callback"] = Callback?.DeepClone(),
        ["followups"] = Followups.DeepClone(),
        ["original"] = Original?.DeepClone(),
        ["error"] = Error,
    };
}
