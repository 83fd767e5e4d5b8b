using System.Diagnostics.Metrics;
using NewsBot.Operations;

namespace NewsBot.Announcements;

/// <summary>
/// How announcement steps end — <c>posted</c>, <c>skipped</c> (too late, stream gone, no channel…) or <c>failed</c> — and
/// for posted ones the lag: the moment Discord accepted the post minus the moment the step was due, by step
/// (<c>reminder</c> before the start, <c>live</c> at it).
/// </summary>
internal sealed class AnnouncementMetrics(IMeterFactory? meterFactory = null)
{
    // Seconds: a healthy bot posts within a second or two; minutes mean it was down or rate limited.
    private static readonly IReadOnlyList<double> Boundaries = [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900];

    private readonly Histogram<double> _lag = BotMeter.Create(meterFactory).CreateHistogram(
        "newsbot.announcement.lag", "s", "Announcement steps posted: when Discord accepted the post minus when the step was due, by step",
        tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Boundaries });

    private readonly Counter<long> _steps = BotMeter.Create(meterFactory).CreateCounter<long>(
        "newsbot.announcements", "{step}", "Announcement steps finished, by outcome (posted, skipped, failed)");

    public void Posted(AnnouncementKey key, DateTimeOffset dueAt, DateTimeOffset postedAt)
    {
        _lag.Record(Math.Max(0, (postedAt - dueAt).TotalSeconds), new KeyValuePair<string, object?>("step", Step(key)));
        _steps.Add(1, new KeyValuePair<string, object?>("outcome", "posted"));
    }

    public void Skipped() => _steps.Add(1, new KeyValuePair<string, object?>("outcome", "skipped"));

    public void Failed() => _steps.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));

    private static string Step(AnnouncementKey key) => key.Offset == TimeSpan.Zero ? "live" : "reminder";
}
