using NewsBot.Core.Schedule;

namespace NewsBot.GuildStreams;

/// <summary>
/// "Save and schedule for …" under a /discussions preview: the stream it asks for goes through this server's stream
/// scheduler (checks, storage, re-plan), as if scheduled with /streams.
/// </summary>
internal sealed class SaveAndScheduleBridge(IGuildStreamScheduler scheduler) : GuildDiscussions.IGuildStreamScheduler
{
    public bool IsAvailable => true;

    public async Task<bool> ScheduleAsync(ulong guildId, StreamEntry stream, ulong userId, CancellationToken cancellationToken) =>
        await scheduler.ScheduleAsync(guildId, stream.DiscussionId, stream.StartsAt, stream.EndsAt, stream.Link, stream.TimeZoneId, userId, cancellationToken)
            is GuildStreamChange.Done;
}
