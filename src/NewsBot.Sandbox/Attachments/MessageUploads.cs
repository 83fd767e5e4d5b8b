using System.Text.Json.Nodes;
using NewsBot.Sandbox.Rest;

namespace NewsBot.Sandbox.Attachments;

/// <summary>
/// A message with files, sent as Discord documents it: <c>multipart/form-data</c> with the JSON body in
/// <c>payload_json</c> and each file in <c>files[n]</c>, described by <c>attachments[i].id = n</c> in the JSON. At most
/// 10 files, together at most <see cref="SandboxOptions.MaxUploadSize"/> (else 413, 40005); each file is stored on the
/// sandbox's CDN and the body's <c>attachments</c> become Discord's attachment objects.
/// </summary>
internal static class MessageUploads
{
    public const int MaxFiles = 10;

    public static bool IsMultipart(HttpContext context) =>
        context.Request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The message body with its attachments stored, or Discord's error.</summary>
    public static async Task<(JsonObject? Body, ApiError? Error)> ReadAsync(HttpContext context, SandboxState state, ulong channelId)
    {
        if (context.Request.ContentLength > state.Options.MaxUploadSize + 64 * 1024)
            return (null, TooLarge);
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return (null, ApiError.Of(400, 50035, "Invalid Form Body"));
        }
        var body = form.TryGetValue("payload_json", out var payload) ? ParseObject(payload.ToString()) : new JsonObject();
        if (body is null)
            return (null, ApiError.InvalidJson);
        var files = form.Files.Where(f => f.Name.StartsWith("files[", StringComparison.Ordinal) && f.Name.EndsWith(']')).ToList();
        if (files.Count > MaxFiles)
            return (null, ApiError.Of(400, 50035, "Invalid Form Body: attachments: Must be 10 or fewer in length."));
        if (files.Sum(f => f.Length) > state.Options.MaxUploadSize)
            return (null, TooLarge);

        var described = (body["attachments"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        var attachments = new JsonArray();
        foreach (var file in files)
        {
            var index = file.Name["files[".Length..^1];
            var description = described.FirstOrDefault(a => a["id"]?.ToString() == index);
            using var stream = new MemoryStream();
            await file.CopyToAsync(stream, context.RequestAborted);
            var stored = new StoredAttachment(state.Ids.Next(), channelId, description?["filename"]?.ToString() ?? file.FileName,
                file.ContentType, stream.ToArray());
            state.Attachments.Add(stored);
            var json = AttachmentJson.Of(state, stored, ephemeral: false);
            if (description?["description"] is JsonValue text)
                json["description"] = text.ToString();
            attachments.Add((JsonNode)json);
        }
        body["attachments"] = attachments;
        return (body, null);
    }

    public static ApiError TooLarge => ApiError.Of(413, 40005, "Request entity too large");

    private static JsonObject? ParseObject(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
