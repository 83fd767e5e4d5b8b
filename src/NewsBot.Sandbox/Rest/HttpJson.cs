using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Rest;

/// <summary>Reading and writing JSON bodies without model binding, straight between UTF-8 bytes and nodes.</summary>
internal static class HttpJson
{
    public static async Task WriteAsync(HttpContext context, int status, JsonNode? body)
    {
        context.Response.StatusCode = status;
        if (body is null)
            return;
        context.Response.ContentType = "application/json";
        WriteBody(context.Response.BodyWriter, body);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>A body <paramref name="write"/> writes straight to the response, without a node tree.</summary>
    public static async Task WriteAsync<TState>(HttpContext context, int status, TState state, Action<Utf8JsonWriter, TState> write)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        WriteBody(context.Response.BodyWriter, state, write);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    private static void WriteBody<TState>(PipeWriter output, TState state, Action<Utf8JsonWriter, TState> write)
    {
        using var writer = new Utf8JsonWriter(output);
        write(writer, state);
    }

    private static void WriteBody(PipeWriter output, JsonNode body)
    {
        using var writer = new Utf8JsonWriter(output);
        body.WriteTo(writer);
    }

    public static Task WriteAsync(HttpContext context, ApiError error) => WriteAsync(context, error.Status, error.Body);

    /// <summary>The parsed body, or null when it is not valid JSON (an empty body reads as an empty object).</summary>
    public static async Task<JsonNode?> ReadAsync(HttpContext context)
    {
        var input = context.Request.BodyReader;
        while (true)
        {
            var result = await input.ReadAsync(context.RequestAborted);
            if (!result.IsCompleted)
            {
                input.AdvanceTo(result.Buffer.Start, result.Buffer.End);
                continue;
            }
            try
            {
                return Parse(result.Buffer);
            }
            finally
            {
                input.AdvanceTo(result.Buffer.End);
            }
        }
    }

    private static JsonNode? Parse(ReadOnlySequence<byte> body)
    {
        var bytes = body.IsSingleSegment ? body.FirstSpan : body.ToArray();
        if (bytes.StartsWith("\uFEFF"u8))
            bytes = bytes[3..];
        if (bytes.Trim(" \t\r\n"u8).IsEmpty)
            return new JsonObject();
        try
        {
            return JsonNode.Parse(bytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static ulong? RouteId(HttpContext context, string name) =>
        Wire.WireFormat.TryParseId(context.Request.RouteValues[name] as string, out var id) ? id : null;
}
