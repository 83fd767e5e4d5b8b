using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Rest;

/// <summary>Reading and writing JSON bodies without model binding.</summary>
internal static class HttpJson
{
    public static async Task WriteAsync(HttpContext context, int status, JsonNode? body)
    {
        context.Response.StatusCode = status;
        if (body is null)
            return;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(), Encoding.UTF8, context.RequestAborted);
    }

    public static Task WriteAsync(HttpContext context, ApiError error) => WriteAsync(context, error.Status, error.Body);

    /// <summary>The parsed body, or null when it is not valid JSON (an empty body reads as an empty object).</summary>
    public static async Task<JsonNode?> ReadAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
            return new JsonObject();
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static ulong? RouteId(HttpContext context, string name) =>
        Wire.WireFormat.TryParseId(context.Request.RouteValues[name] as string, out var id) ? id : null;
}
