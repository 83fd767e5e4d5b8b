using System.Diagnostics.Metrics;

namespace NewsBot.Discord.Diagnostics;

/// <summary>
/// The client's one meter. Its instruments are created by the parts that own them (gateway sessions, REST rate limits,
/// interaction replies); a host exports them by this name (e.g. OpenTelemetry's <c>AddMeter(DiscordMeter.Name)</c>).
/// </summary>
public static class DiscordMeter
{
    public const string Name = "NewsBot.Discord";

    // Without a host's IMeterFactory (tests that build parts by hand) the instruments still work, on one process-wide meter.
    private static readonly Lazy<Meter> Fallback = new(() => new Meter(Name));

    /// <summary>The meter of <paramref name="meterFactory"/> (the same instance for every caller), or a shared fallback.</summary>
    internal static Meter Create(IMeterFactory? meterFactory) => meterFactory?.Create(Name) ?? Fallback.Value;
}
