using Microsoft.Extensions.Options;
using NewsBot.Core.Documents;
using NewsBot.Core.Documents.Time;
using NewsBot.Core.Schedule;

namespace NewsBot.Commands.Discussions;

/// <summary>
/// The broadcast time a discussion's text announces, placed on the calendar: in the zone written after the time, else
/// in the schedule's <c>Schedule:DefaultTimeZone</c>; a date without a year is its occurrence nearest to now.
/// </summary>
internal sealed class AnnouncedTimes(IOptions<ScheduleOptions> options, TimeProvider time)
{
    public BroadcastSlot? SlotOf(Discussion discussion) =>
        discussion.Broadcast is { } broadcast ? BroadcastSlots.Resolve(broadcast, options.Value.DefaultTimeZone, time.GetUtcNow()) : null;

    /// <summary>
    /// A stream at the announced time that has not begun yet (a time without a day: its next occurrence), or null when
    /// the text gives no such time. What a moderator would schedule, and what <c>/config preview</c> shows.
    /// </summary>
    public StreamEntry? UpcomingStreamOf(Discussion discussion)
    {
        var now = time.GetUtcNow();
        return SlotOf(discussion) switch
        {
            BroadcastSlot.At at when at.StartsAt > now => new StreamEntry(discussion.Id, at.StartsAt, at.EndsAt, null, at.ZoneId),
            BroadcastSlot.AtClock clock when BroadcastSlots.NextOccurrence(clock, now) is { } next =>
                new StreamEntry(discussion.Id, next.StartsAt, next.EndsAt, null, clock.ZoneId),
            _ => null,
        };
    }
}
