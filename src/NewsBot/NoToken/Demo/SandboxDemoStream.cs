using Microsoft.Extensions.Options;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;

namespace NewsBot.NoToken.Demo;

/// <summary>
/// The no-token run's demo stream: the seed (the latest loaded discussion, as commands default to) starts
/// <see cref="Lead"/> after start-up, so a reminder and "live now" appear in #announcements within minutes on any day.
/// It exists only in this run's schedule; the schedule file is never changed.
/// </summary>
internal sealed class SandboxDemoStream(TimeProvider time, IOptions<ScheduleOptions> schedule)
{
    /// <summary>How long after start-up the demo stream starts (rounded up to a whole minute).</summary>
    public static readonly TimeSpan Lead = TimeSpan.FromMinutes(3);

    /// <summary>The sandbox guild's reminder steps: one reminder while the user is still looking, then "live now".</summary>
    public static readonly IReadOnlyList<TimeSpan> ReminderOffsets = [TimeSpan.FromMinutes(2), TimeSpan.Zero];

    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(30);

    private string? _discussionId;

    public DateTimeOffset StartsAt { get; } = WholeMinuteAtOrAfter(time.GetUtcNow() + Lead);

    /// <summary>
    /// The demo stream, or null while no document is loaded or once its document is gone. The discussion is chosen the
    /// first time one is loaded and then kept, so adding documents does not move the demo to another discussion.
    /// </summary>
    public StreamEntry? Entry(IDiscussionCatalog catalog)
    {
        var id = Volatile.Read(ref _discussionId);
        if (id is null)
        {
            var all = catalog.VisibleTo(guildId: null);
            if (all.Count == 0)
                return null;
            id = Interlocked.CompareExchange(ref _discussionId, all[^1].Id, null) ?? all[^1].Id;
        }
        return catalog.Find(id, guildId: null) is null ? null : new StreamEntry(id, StartsAt, StartsAt + Duration, null, schedule.Value.DefaultTimeZone);
    }

    private static DateTimeOffset WholeMinuteAtOrAfter(DateTimeOffset instant)
    {
        var minute = TimeSpan.TicksPerMinute;
        var ticks = instant.UtcTicks % minute == 0 ? instant.UtcTicks : (instant.UtcTicks / minute + 1) * minute;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }
}
