using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Wire;

/// <summary>
/// The length of a JSON string value in UTF-16 code units, which is what Discord's text limits count. Checking a
/// message's limits only needs lengths: a value still backed by the parsed body is measured in its raw UTF-8 bytes, and
/// no string is made for it.
/// </summary>
internal static class JsonStringLength
{
    /// <summary>True with the length when <paramref name="value"/> is a JSON string; false for any other value.</summary>
    public static bool TryGet(JsonValue value, out int length)
    {
        if (value.TryGetValue<JsonElement>(out var element))
        {
            length = 0;
            if (element.ValueKind != JsonValueKind.String)
                return false;
            // The raw value with its quotes, escapes still in it (the parser has checked them and the UTF-8).
            length = Utf16Length(JsonMarshal.GetRawUtf8Value(element)[1..^1]);
            return true;
        }
        if (value.TryGetValue<string>(out var made))
        {
            length = made.Length;
            return true;
        }
        length = 0;
        return false;
    }

    /// <summary>
    /// The UTF-16 length of a JSON string's raw text: each escape is one code unit (a <c>\uXXXX</c> too, so a surrogate
    /// pair written as two escapes counts two, as the string would), everything between escapes counts as its UTF-8
    /// decodes.
    /// </summary>
    private static int Utf16Length(ReadOnlySpan<byte> raw)
    {
        var length = 0;
        while (true)
        {
            var escape = raw.IndexOf((byte)'\\');
            if (escape < 0)
                return length + Encoding.UTF8.GetCharCount(raw);
            length += Encoding.UTF8.GetCharCount(raw[..escape]) + 1;
            raw = raw[(escape + (raw[escape + 1] == (byte)'u' ? 6 : 2))..];
        }
    }
}
