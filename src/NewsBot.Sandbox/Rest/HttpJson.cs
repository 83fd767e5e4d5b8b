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
    public static Task<JsonNode?> ReadAsync(HttpContext context) => ReadAsync(context, static body => Parse(body, keepBytes: false).Node);

    /// <summary>
    /// The parsed body and its UTF-8 bytes (without a byte order mark; empty for an empty body), for a caller that keeps
    /// the body as it came rather than writing the parsed nodes out again.
    /// </summary>
    public static Task<(JsonNode? Node, byte[] Utf8)> ReadWithBytesAsync(HttpContext context) =>
        ReadAsync(context, static body => Parse(body, keepBytes: true));

    /// <summary>Reads the whole body and hands it to <paramref name="parse"/> while Kestrel's buffer still holds it.</summary>
    private static async Task<T> ReadAsync<T>(HttpContext context, Func<ReadOnlySequence<byte>, T> parse)
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
                return parse(result.Buffer);
            }
            finally
            {
                input.AdvanceTo(result.Buffer.End);
            }
        }
    }

    private static (JsonNode? Node, byte[] Utf8) Parse(ReadOnlySequence<byte> body, bool keepBytes)
    {
        var bytes = body.IsSingleSegment ? body.FirstSpan : body.ToArray();
        if (bytes.StartsWith("\uFEFF"u8))
            bytes = bytes[3..];
        if (bytes.Trim(" \t\r\n"u8).IsEmpty)
            return (new JsonObject(), []);
        try
        {
            return (JsonNode.Parse(bytes), keepBytes ? bytes.ToArray() : []);
        }
        catch (JsonException)
        {
            return (null, []);
        }
    }

    public static ulong? RouteId(HttpContext context, string name) =>
        Wire.WireFormat.TryParseId(context.Request.RouteValues[name] as string, out var id) ? id : null;
}
