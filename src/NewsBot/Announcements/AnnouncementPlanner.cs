using NewsBot.Core.Schedule;
using NewsBot.Settings;

namespace NewsBot.Announcements;

/// <summary>
/// The steps that should exist: every stream not yet over × every guild with an announcement channel × each of the
/// guild's reminder offsets, due at start − offset. A stream a guild scheduled itself is planned for that guild only. Deciding whether a late step is still posted is the service's job.
/// </summary>
internal static class AnnouncementPlanner
{
    public static IReadOnlyList<PlannedAnnouncement> Plan(
        IReadOnlyList<StreamEntry> streams, IReadOnlyList<GuildSettings> guilds, DateTimeOffset now, TimeSpan defaultDuration)
    {
        var plan = new List<PlannedAnnouncement>();
        foreach (var stream in streams)
        {
            if ((stream.EndsAt ?? stream.StartsAt + defaultDuration) <= now)
                continue;
            var streamKey = AnnouncementKey.StreamKeyOf(stream);
            foreach (var guild in guilds)
            {
                if (guild.AnnouncementChannelId is not { } channel || !stream.IsVisibleTo(guild.GuildId))
                    continue;
                foreach (var offset in guild.ReminderOffsets.Where(o => o >= TimeSpan.Zero).Distinct())
                {
                    var key = new AnnouncementKey(streamKey, guild.GuildId, offset);
                    plan.Add(new PlannedAnnouncement(key, stream.DiscussionId, stream.StartsAt, stream.EndsAt, stream.StartsAt - offset, channel));
                }
            }
        }

        return plan;
    }
}
