using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Control;

/// <summary>
/// An interaction to send to the bot. Unset ids default to the default guild, its #general channel and the
/// viewer member; <see cref="Permissions"/> overrides the member's computed permissions.
/// </summary>
public sealed record InteractionRequest(string CommandName)
{
    public int Type { get; init; } = 2;
    public ulong? GuildId { get; init; }
    public ulong? ChannelId { get; init; }
    public ulong? UserId { get; init; }
    public string? Username { get; init; }
    public string Locale { get; init; } = "de";
    public string? Permissions { get; init; }

    /// <summary>
    /// Options as Discord sends them (<c>[{"name","type","value"}]</c>); a missing type is taken from the registered command
    /// or the value. An attachment option carries its file instead of a value (see <see cref="AttachmentOption"/>).
    /// </summary>
    public JsonArray? Options { get; init; }

    /// <summary>
    /// An attachment option (type 11) with the file a member uploads: the sandbox keeps the bytes, serves them at a
    /// CDN-like URL and puts the file into the interaction's <c>resolved.attachments</c>.
    /// </summary>
    public static JsonObject AttachmentOption(string name, string filename, byte[] content, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var file = new JsonObject { ["filename"] = filename, ["content_base64"] = Convert.ToBase64String(content) };
        if (contentType is not null)
            file["content_type"] = contentType;
        return new JsonObject { ["name"] = name, ["type"] = 11, ["attachment"] = file };
    }
}
