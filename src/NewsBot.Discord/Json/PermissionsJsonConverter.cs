using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Json;

/// <summary>Permission bitfields are decimal strings on the wire (they outgrew 53 bits).</summary>
internal sealed class PermissionsJsonConverter : JsonConverter<Permissions>
{
    public override Permissions Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => (Permissions)reader.GetUInt64(),
            // the usual plain digits straight from the UTF-8 (read per interaction), anything else through the string
            JsonTokenType.String when !reader.ValueIsEscaped && reader.ValueSpan is [>= (byte)'0' and <= (byte)'9', ..] digits
                && Utf8Parser.TryParse(digits, out ulong plain, out var used) && used == digits.Length => (Permissions)plain,
            JsonTokenType.String when ulong.TryParse(reader.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var bits) => (Permissions)bits,
            _ => throw new JsonException("A permission bitfield must be a decimal string."),
        };

    public override void Write(Utf8JsonWriter writer, Permissions value, JsonSerializerOptions options) =>
        writer.WriteStringValue(((ulong)value).ToString(CultureInfo.InvariantCulture));
}
