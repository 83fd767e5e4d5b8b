using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Attachments;

/// <summary>
/// Files given for attachment options through the control API: an option
/// <c>{"name": "file", "attachment": {"filename": "a.txt", "content_type": "text/plain", "content_base64": "…"}}</c>
/// (or <c>"content"</c> for plain text) is stored and becomes <c>{"name": "file", "type": 11, "value": "&lt;attachment id&gt;"}</c>,
/// as a member's upload would.
/// </summary>
internal static class AttachmentUploads
{
    public static bool Any(JsonArray options) =>
        options.OfType<JsonObject>().Any(o => o["attachment"] is JsonObject || (o["options"] is JsonArray nested && Any(nested)));

    /// <summary>A copy of <paramref name="options"/> with each upload stored and replaced by its id; or why it was refused.</summary>
    public static (JsonArray? Options, string? Error) Store(SandboxState state, JsonArray options, ulong channelId)
    {
        var result = new JsonArray();
        foreach (var node in options)
        {
            if (node is not JsonObject option)
            {
                result.Add(node?.DeepClone());
                continue;
            }
            var copy = (JsonObject)option.DeepClone();
            if (copy["options"] is JsonArray nested)
            {
                var (inner, error) = Store(state, nested, channelId);
                if (error is not null)
                    return (null, error);
                copy["options"] = inner;
            }
            if (copy["attachment"] is JsonObject upload)
            {
                var (file, error) = Read(state, upload, channelId);
                if (file is null)
                    return (null, $"option '{copy["name"]}': {error}");
                state.Attachments.Add(file);
                copy.Remove("attachment");
                copy["type"] = 11;
                copy["value"] = file.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            result.Add((JsonNode)copy);
        }
        return (result, null);
    }

    private static (StoredAttachment? File, string? Error) Read(SandboxState state, JsonObject upload, ulong channelId)
    {
        var filename = upload["filename"]?.ToString();
        if (string.IsNullOrWhiteSpace(filename) || filename.Length > 1024 || filename.Contains('/', StringComparison.Ordinal))
            return (null, "an attachment needs a filename (no '/')");
        byte[] bytes;
        if (upload["content_base64"] is JsonValue b64 && b64.TryGetValue<string>(out var encoded))
        {
            try
            {
                bytes = Convert.FromBase64String(encoded);
            }
            catch (FormatException)
            {
                return (null, "content_base64 is not base64");
            }
        }
        else if (upload["content"] is JsonValue text && text.TryGetValue<string>(out var plain))
            bytes = System.Text.Encoding.UTF8.GetBytes(plain);
        else
            return (null, "an attachment needs content_base64 or content");
        if (bytes.Length > state.Options.MaxAttachmentSize)
            return (null, $"{bytes.Length} bytes, more than the upload limit of {state.Options.MaxAttachmentSize} (attachment_size_limit)");
        var contentType = upload["content_type"]?.ToString() ?? Guess(filename);
        return (new StoredAttachment(state.Ids.Next(), channelId, filename, contentType, bytes), null);
    }

    /// <summary>What Discord's media-type detection would say for common text files; null (no content_type) otherwise.</summary>
    private static string? Guess(string filename) => Path.GetExtension(filename).ToLowerInvariant() switch
    {
        ".txt" => "text/plain; charset=utf-8",
        ".md" => "text/markdown; charset=utf-8",
        ".html" or ".htm" => "text/html; charset=utf-8",
        ".json" => "application/json",
        ".csv" => "text/csv; charset=utf-8",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".pdf" => "application/pdf",
        _ => null,
    };
}
