using System.Globalization;
using System.Text.Json;

namespace NewsBot.Sandbox.Wire;

/// <summary>Discord's textual formats: ISO 8601 timestamps with offset, snowflakes and bitfields as strings.</summary>
internal static class WireFormat
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'";

    public static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString(TimestampFormat, CultureInfo.InvariantCulture);

    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public static bool TryParseId(string? text, out ulong id) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);

    /// <summary>Writes a snowflake or bitfield as Discord does (a string), without allocating one.</summary>
    public static void WriteId(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ulong id)
    {
        Span<byte> digits = stackalloc byte[20];
        id.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        writer.WriteString(name, digits[..length]);
    }

    /// <summary>Writes a timestamp in <see cref="Timestamp"/>'s format without allocating a string.</summary>
    public static void WriteTimestamp(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTimeOffset value)
    {
        Span<char> text = stackalloc char[40];
        value.ToUniversalTime().TryFormat(text, out var length, TimestampFormat, CultureInfo.InvariantCulture);
        writer.WriteString(name, text[..length]);
    }
}
