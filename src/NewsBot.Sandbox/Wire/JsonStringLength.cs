using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Wire;

/// <summary>
/// The length of a JSON string value in UTF-16 code units, which is what Discord's text limits count. Checking a
/// message's limits only needs lengths: a value still backed by the parsed body is measured in its UTF-8 bytes, so no
/// string is made for it unless it holds escapes.
/// </summary>
internal static class JsonStringLength
{
    /// <summary>True with the length when <paramref name="value"/> is a JSON string; false for any other value.</summary>
    public static bool TryGet(JsonValue value, out int length)
    {
        if (value.TryGetValue<JsonElement>(out var element))
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                length = 0;
                return false;
            }
            // The raw value with its quotes; escapes change the length, so only an unescaped one is counted from the bytes.
            var raw = JsonMarshal.GetRawUtf8Value(element);
            var text = raw[1..^1];
            if (!text.Contains((byte)'\\'))
            {
                length = Encoding.UTF8.GetCharCount(text);
                return true;
            }
        }
        if (value.TryGetValue<string>(out var made))
        {
            length = made.Length;
            return true;
        }
        length = 0;
        return false;
    }
}
