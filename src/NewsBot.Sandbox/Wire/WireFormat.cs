using System.Globalization;

namespace NewsBot.Sandbox.Wire;

/// <summary>Discord's textual formats: ISO 8601 timestamps with offset, snowflakes and bitfields as strings.</summary>
internal static class WireFormat
{
    public static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);

    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public static bool TryParseId(string? text, out ulong id) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);
}
