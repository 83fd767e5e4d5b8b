using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Rest;

/// <summary>An HTTP status with Discord's JSON error body.</summary>
internal sealed record ApiError(int Status, JsonObject Body)
{
    public static ApiError Of(int status, int code, string message) =>
        new(status, new JsonObject { ["message"] = message, ["code"] = code });

    public static ApiError Form(FormErrors errors) => new(400, errors.ToBody());

    public static ApiError UnknownChannel => Of(404, 10003, "Unknown Channel");
    public static ApiError UnknownGuild => Of(404, 10004, "Unknown Guild");
    public static ApiError UnknownMessage => Of(404, 10008, "Unknown Message");
    public static ApiError UnknownWebhook => Of(404, 10015, "Unknown Webhook");
    public static ApiError UnknownInteraction => Of(404, 10062, "Unknown interaction");
    public static ApiError UnknownEvent => Of(404, 10070, "Unknown Guild Scheduled Event");
    public static ApiError AlreadyAcknowledged => Of(400, 40060, "Interaction has already been acknowledged.");
    public static ApiError MissingAccess => Of(403, 50001, "Missing Access");
    public static ApiError MissingPermissions => Of(403, 50013, "Missing Permissions");
    public static ApiError EmptyMessage => Of(400, 50006, "Cannot send an empty message");
    public static ApiError InvalidJson => Of(400, 50109, "The request body contains invalid JSON.");
    public static ApiError Unauthorized => Of(401, 0, "401: Unauthorized");
    public static ApiError NotFound => Of(404, 0, "404: Not Found");
}
