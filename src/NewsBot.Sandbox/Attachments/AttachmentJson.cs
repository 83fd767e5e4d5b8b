using System.Text.Json.Nodes;
using NewsBot.Sandbox.Wire;

namespace NewsBot.Sandbox.Attachments;

/// <summary>The attachment object of <c>resolved.attachments</c> or of a message, its URLs on the sandbox's own server.</summary>
internal static class AttachmentJson
{
    public static JsonObject Of(SandboxState state, StoredAttachment file, bool ephemeral = true)
    {
        var folder = ephemeral ? "ephemeral-attachments" : "attachments";
        var json = new JsonObject
        {
            ["id"] = WireFormat.Id(file.Id),
            ["filename"] = file.Filename,
            ["size"] = file.Bytes.Length,
            ["url"] = Url(state, "cdn", file, folder),
            ["proxy_url"] = Url(state, "media", file, folder),
        };
        if (ephemeral)
            json["ephemeral"] = true;
        if (file.ContentType is { } type)
            json["content_type"] = type;
        return json;
    }

    /// <summary><c>http://127.0.0.1:PORT/_sandbox/{cdn|media}/ephemeral-attachments/{channel}/{id}/{filename}</c>, like Discord's CDN paths.</summary>
    public static string Url(SandboxState state, string host, StoredAttachment file, string folder = "ephemeral-attachments") =>
        new Uri(state.BaseUri, $"_sandbox/{host}/{folder}/{file.ChannelId}/{file.Id}/{Uri.EscapeDataString(file.Filename)}").AbsoluteUri;
}
