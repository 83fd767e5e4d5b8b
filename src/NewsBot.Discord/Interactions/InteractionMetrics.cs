using System.Diagnostics.Metrics;
using NewsBot.Discord.Diagnostics;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// How long an interaction waited for its first answer — the reply, or the deferral when the handler was slow — from
/// the moment the transport handed it over until the answer was sent (Discord allows 3 s).
/// </summary>
internal sealed class InteractionMetrics(IMeterFactory? meterFactory = null)
{
    // Seconds, finer below Discord's 3-s deadline than OpenTelemetry's default boundaries (made for milliseconds).
    private static readonly IReadOnlyList<double> Boundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10];

    private readonly Histogram<double> _replyDuration = DiscordMeter.Create(meterFactory).CreateHistogram(
        "newsbot.interaction.reply.duration", "s", "Time from receiving an interaction to sending its first answer, by whether it was deferred and sent",
        tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Boundaries });

    public void Answered(TimeSpan elapsed, bool deferred, bool sent) =>
        _replyDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("deferred", deferred), new KeyValuePair<string, object?>("sent", sent));
}
