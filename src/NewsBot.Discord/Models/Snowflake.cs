using System.Globalization;
using System.Text.Json.Serialization;
using NewsBot.Discord.Json;

namespace NewsBot.Discord.Models;

/// <summary>A Discord id: 64 bits, a decimal string on the wire, with its creation time in the top 42 bits.</summary>
[JsonConverter(typeof(SnowflakeJsonConverter))]
public readonly record struct Snowflake(ulong Value)
{
    /// <summary>Discord's epoch, the first second of 2015, in Unix milliseconds.</summary>
    public const long DiscordEpochMilliseconds = 1420070400000;

    public DateTimeOffset CreatedAt =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)(Value >> 22) + DiscordEpochMilliseconds);

    /// <summary>The smallest id made at <paramref name="instant"/> (for <c>before</c>/<c>after</c> in a message list); 0 before the epoch.</summary>
    public static Snowflake FromTime(DateTimeOffset instant) =>
        new(instant.ToUnixTimeMilliseconds() <= DiscordEpochMilliseconds ? 0 : (ulong)(instant.ToUnixTimeMilliseconds() - DiscordEpochMilliseconds) << 22);

    public static Snowflake Parse(string text) => new(ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));

    public static bool TryParse(string? text, out Snowflake snowflake)
    {
        var ok = ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value);
        snowflake = new Snowflake(value);
        return ok;
    }

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    public static implicit operator Snowflake(ulong value) => new(value);
}
