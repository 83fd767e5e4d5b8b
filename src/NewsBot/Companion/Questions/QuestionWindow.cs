using Microsoft.Extensions.Options;
using NewsBot.Announcements;
using NewsBot.Core.Schedule;
using NewsBot.Settings;

namespace NewsBot.Companion.Questions;

/// <summary>
/// Which stream a guild's members may ask about now: one whose first reminder (the guild's largest reminder offset) has
/// come and which ended less than <see cref="CompanionOptions.QuestionsOpenAfterEnd"/> ago; the earliest such. The
/// schedule forgets a stream once it is over, so after the end the guild's live thread stands in for it.
/// </summary>
internal sealed class QuestionWindow(
    IStreamSchedule schedule, ILiveThreadStore threads, IOptions<CompanionOptions> options, IOptions<AnnouncementOptions> announcements)
{
    public async Task<StreamEntry?> OpenStreamAsync(GuildSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var firstReminder = settings.ReminderOffsets.Where(o => o >= TimeSpan.Zero).DefaultIfEmpty(TimeSpan.Zero).Max();
        var scheduled = schedule.Streams
            .Where(s => s.StartsAt - firstReminder <= now && now <= EndOf(s) + options.Value.QuestionsOpenAfterEnd)
            .OrderBy(s => s.StartsAt)
            .FirstOrDefault();
        if (scheduled is not null)
            return scheduled;
        var ended = await threads.LatestEndedAsync(settings.GuildId, now - options.Value.QuestionsOpenAfterEnd, now, cancellationToken);
        return ended?.Stream;
    }

    public DateTimeOffset EndOf(StreamEntry stream) => stream.EndsAt ?? stream.StartsAt + announcements.Value.DefaultStreamDuration;
}
