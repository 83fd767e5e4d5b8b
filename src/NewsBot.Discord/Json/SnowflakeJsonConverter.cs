using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Json;

/// <summary>Writes ids as strings; reads strings or numbers; also serves as dictionary key (resolved data).</summary>
internal sealed class SnowflakeJsonConverter : JsonConverter<Snowflake>
{
    public override Snowflake Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
            return new Snowflake(reader.GetUInt64());
        if (reader.TokenType == JsonTokenType.String && Utf8Parser.TryParse(reader.ValueSpan, out ulong value, out var consumed) && consumed == reader.ValueSpan.Length)
            return new Snowflake(value);
        if (reader.TokenType == JsonTokenType.String && Snowflake.TryParse(reader.GetString(), out var parsed))
            return parsed;
        throw new JsonException("A snowflake must be a decimal string or number.");
    }

    public override void Write(Utf8JsonWriter writer, Snowflake value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    public override Snowflake ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Snowflake.TryParse(reader.GetString(), out var id) ? id : throw new JsonException("A snowflake key must be a decimal string.");

    public override void WriteAsPropertyName(Utf8JsonWriter writer, Snowflake value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString());
}
