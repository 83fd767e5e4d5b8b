using Microsoft.Extensions.Options;
using NewsBot.Announcements;
using NewsBot.Core.Schedule;
using NewsBot.Settings;

namespace NewsBot.Companion.Questions;

/// <summary>
/// Which stream a guild's members may ask about now: one whose first reminder (the guild's largest reminder offset) has
/// come and which ended less than <see cref="CompanionOptions.QuestionsOpenAfterEnd"/> ago; the earliest such.
/// </summary>
internal sealed class QuestionWindow(IStreamSchedule schedule, IOptions<CompanionOptions> options, IOptions<AnnouncementOptions> announcements)
{
    public StreamEntry? OpenStream(GuildSettings settings, DateTimeOffset now)
    {
        var firstReminder = settings.ReminderOffsets.Where(o => o >= TimeSpan.Zero).DefaultIfEmpty(TimeSpan.Zero).Max();
        return schedule.Streams
            .Where(s => s.StartsAt - firstReminder <= now && now <= EndOf(s) + options.Value.QuestionsOpenAfterEnd)
            .OrderBy(s => s.StartsAt)
            .FirstOrDefault();
    }

    public DateTimeOffset EndOf(StreamEntry stream) => stream.EndsAt ?? stream.StartsAt + announcements.Value.DefaultStreamDuration;
}
