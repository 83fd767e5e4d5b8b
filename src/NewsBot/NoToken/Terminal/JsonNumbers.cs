using System.Globalization;
using System.Text.Json.Nodes;

namespace NewsBot.NoToken.Terminal;

/// <summary>Reads a whole number from JSON whether it was parsed (a JsonElement) or built in code (an int or a long).</summary>
internal static class JsonNumbers
{
    public static long? Int64(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v when v.TryGetValue<string>(out var s) && long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
