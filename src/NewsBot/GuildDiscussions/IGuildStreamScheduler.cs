using NewsBot.Core.Schedule;

namespace NewsBot.GuildDiscussions;

/// <summary>
/// Puts a stream of a server's own discussion into that server's schedule. The seam for "Save and schedule for …" under
/// a preview: the button is offered only when <see cref="IsAvailable"/>. The default (<see cref="NoGuildStreamScheduler"/>)
/// has no per-server schedule; the feature that stores server streams replaces it.
/// </summary>
internal interface IGuildStreamScheduler
{
    bool IsAvailable { get; }

    /// <summary>Schedules <paramref name="stream"/> for <paramref name="guildId"/>, as asked by <paramref name="userId"/>; false when it could not.</summary>
    Task<bool> ScheduleAsync(ulong guildId, StreamEntry stream, ulong userId, CancellationToken cancellationToken);
}

/// <summary>No per-server schedule yet: nothing is offered, nothing is scheduled.</summary>
internal sealed class NoGuildStreamScheduler : IGuildStreamScheduler
{
    public bool IsAvailable => false;

    public Task<bool> ScheduleAsync(ulong guildId, StreamEntry stream, ulong userId, CancellationToken cancellationToken) => Task.FromResult(false);
}
