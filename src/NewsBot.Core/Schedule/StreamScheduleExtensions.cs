namespace NewsBot.Core.Schedule;

/// <summary>Questions the commands ask of the schedule (<c>/stream</c>, <c>/schedule</c>, the default discussion).</summary>
public static class StreamScheduleExtensions
{
    /// <summary>How long a stream without an end is taken to run, here as in <see cref="ScheduleOptions.DefaultDuration"/>.</summary>
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromHours(1);

    /// <summary>Streams running at <paramref name="now"/> or still to come, ordered by start.</summary>
    public static IEnumerable<StreamEntry> Upcoming(this IStreamSchedule schedule, DateTimeOffset now, TimeSpan? defaultDuration = null) =>
        schedule.Streams.Where(s => (s.EndsAt ?? s.StartsAt + (defaultDuration ?? DefaultDuration)) > now);

    /// <summary>The stream running now, else the next one, else null.</summary>
    public static StreamEntry? CurrentOrNext(this IStreamSchedule schedule, DateTimeOffset now, TimeSpan? defaultDuration = null) =>
        schedule.Upcoming(now, defaultDuration).FirstOrDefault();

    /// <summary>The running or next stream of one discussion, else null.</summary>
    public static StreamEntry? NextOf(this IStreamSchedule schedule, string discussionId, DateTimeOffset now, TimeSpan? defaultDuration = null) =>
        schedule.Upcoming(now, defaultDuration).FirstOrDefault(s => s.DiscussionId == discussionId);
}
