using System.Text.Json;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// An incoming gateway frame's <c>{op, d, s, t}</c>, read in one pass without building a document: <see cref="Data"/>
/// is the raw UTF-8 of <c>d</c>, a slice of the frame (valid until the next receive), deserialized once by whoever needs it.
/// </summary>
internal readonly record struct GatewayEnvelope(int Op, long? Sequence, string? EventName, ReadOnlyMemory<byte> Data)
{
    /// <summary>Names that arrive often, returned as these instances instead of a new string per frame.</summary>
    private static readonly (byte[] Utf8, string Name)[] KnownEventNames = [.. new[]
    {
        "INTERACTION_CREATE", "MESSAGE_CREATE", "GUILD_CREATE", "READY", "RESUMED", "CHANNEL_CREATE", "CHANNEL_UPDATE",
        "CHANNEL_DELETE", "GUILD_UPDATE", "GUILD_DELETE", "GUILD_ROLE_CREATE", "GUILD_ROLE_UPDATE", "GUILD_ROLE_DELETE",
        "GUILD_MEMBER_UPDATE",
    }.Select(name => (System.Text.Encoding.UTF8.GetBytes(name), name))];

    /// <summary>False when the frame had no <c>d</c> or a null one.</summary>
    public bool HasData => !Data.IsEmpty && !Data.Span.SequenceEqual("null"u8);

    /// <summary>True when <c>d</c> is the literal <c>true</c> (a resumable INVALID_SESSION).</summary>
    public bool DataIsTrue => Data.Span.SequenceEqual("true"u8);

    public static GatewayEnvelope Read(ReadOnlyMemory<byte> frame)
    {
        var reader = new Utf8JsonReader(frame.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("A gateway frame must be a JSON object.");
        int op = -1;
        long? sequence = null;
        string? name = null;
        var data = ReadOnlyMemory<byte>.Empty;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("op"u8))
            {
                reader.Read();
                op = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("s"u8))
            {
                reader.Read();
                sequence = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64();
            }
            else if (reader.ValueTextEquals("t"u8))
            {
                reader.Read();
                name = reader.TokenType == JsonTokenType.Null ? null : KnownOrNewName(ref reader);
            }
            else if (reader.ValueTextEquals("d"u8))
            {
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                data = frame[start..(int)reader.BytesConsumed];
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        if (op < 0)
            throw new JsonException("A gateway frame must carry an op code.");
        return new GatewayEnvelope(op, sequence, name, data);
    }

    private static string KnownOrNewName(ref Utf8JsonReader reader)
    {
        foreach (var (utf8, known) in KnownEventNames)
        {
            if (reader.ValueTextEquals(utf8))
                return known;
        }
        return reader.GetString() ?? "";
    }
}
