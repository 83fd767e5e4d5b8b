using System.Diagnostics.Metrics;

namespace NewsBot.Operations;

/// <summary>
/// The bot's one meter (the Discord client has its own, <c>NewsBot.Discord</c>). Each feature creates its instruments
/// on it: the command router, the announcement processor.
/// </summary>
internal static class BotMeter
{
    public const string Name = "NewsBot";

    // Without a host's IMeterFactory (unit tests building parts by hand) the instruments still work on one shared meter.
    private static readonly Lazy<Meter> Fallback = new(() => new Meter(Name));

    /// <summary>The meter of <paramref name="meterFactory"/> (the same instance for every caller), or a shared fallback.</summary>
    public static Meter Create(IMeterFactory? meterFactory) => meterFactory?.Create(Name) ?? Fallback.Value;
}
