using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Wire;

/// <summary>
/// Writes JSON straight to UTF-8 through a per-thread buffer and writer that are reused, so a payload costs one
/// exact-size array (or a parse) rather than a growing buffer and a JsonObject tree per call.
/// </summary>
internal static class Utf8Json
{
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? t_cached;

    /// <summary>The JSON <paramref name="write"/> produces, as an array of exactly its length.</summary>
    public static byte[] Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var (buffer, writer) = Rent();
        try
        {
            write(writer, state);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            Return(buffer, writer);
        }
    }

    /// <summary>The object <paramref name="write"/> produces, parsed (lazily: nodes appear when first read or changed).</summary>
    public static JsonObject WriteObject<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var (buffer, writer) = Rent();
        try
        {
            write(writer, state);
            writer.Flush();
            return JsonNode.Parse(buffer.WrittenSpan) as JsonObject ?? throw new InvalidOperationException("not a JSON object");
        }
        finally
        {
            Return(buffer, writer);
        }
    }

    /// <summary>A node as UTF-8 bytes.</summary>
    public static byte[] Bytes(JsonNode node) => Write(node, static (w, n) => n.WriteTo(w));

    /// <summary>Takes this thread's buffer and writer (a nested call, finding none, makes its own).</summary>
    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) Rent()
    {
        if (t_cached is { } cached)
        {
            t_cached = null;
            return cached;
        }
        var buffer = new ArrayBufferWriter<byte>(4096);
        return (buffer, new Utf8JsonWriter(buffer));
    }

    private static void Return(ArrayBufferWriter<byte> buffer, Utf8JsonWriter writer)
    {
        // A buffer grown by an unusually large payload is not kept.
        if (buffer.Capacity > 64 * 1024)
            return;
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        t_cached = (buffer, writer);
    }
}
