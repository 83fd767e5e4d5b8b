namespace NewsBot.Announcements;

/// <summary>
/// Gates housekeeping that rides on a loop running far more often: due at the first round, then again a day after the
/// last run that succeeded (a failed run is tried at the next round).
/// </summary>
internal sealed class DailyHousekeeping
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    private DateTimeOffset _nextRun = DateTimeOffset.MinValue;

    /// <summary>Runs <paramref name="work"/> when due; returns its result, or null when it was not due.</summary>
    public async Task<T?> RunIfDueAsync<T>(DateTimeOffset now, Func<Task<T>> work)
        where T : struct
    {
        if (now < _nextRun)
            return null;
        var result = await work();
        _nextRun = now + Interval;
        return result;
    }
}
