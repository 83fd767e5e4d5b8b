namespace NewsBot.GuildStreams;

/// <summary>
/// Schedules, moves and cancels a guild's own streams (the <c>/streams</c> commands, and any other moderator action such
/// as "Save and schedule for …"). Each change is stored with who made it, logged, and re-plans announcements and mirrored
/// events at once. The caller has checked that the actor may manage the server.
/// </summary>
internal interface IGuildStreamScheduler
{
    /// <summary>The zone a start is read in when none is given: the server's own (<c>/config timezone</c>), else <c>Schedule:DefaultTimeZone</c>.</summary>
    Task<string> DefaultTimeZoneAsync(ulong guildId, CancellationToken cancellationToken);

    /// <summary>A new stream of <paramref name="discussionId"/> (one the guild can see), starting in the future.</summary>
    Task<GuildStreamChange> ScheduleAsync(
        ulong guildId, string discussionId, DateTimeOffset start, DateTimeOffset? end, Uri? link, string timeZoneId, ulong actor,
        CancellationToken cancellationToken);

    /// <summary>A new start (and end, link, zone) for a stored stream of the guild; it keeps its key.</summary>
    Task<GuildStreamChange> MoveAsync(
        ulong guildId, string streamKey, DateTimeOffset start, DateTimeOffset? end, Uri? link, string timeZoneId, ulong actor,
        CancellationToken cancellationToken);

    /// <summary>Removes a stored stream of the guild: its announcements are cancelled and its mirrored event removed.</summary>
    Task<GuildStreamChange> CancelAsync(ulong guildId, string streamKey, ulong actor, CancellationToken cancellationToken);

    /// <summary>The guild's stored stream, or null.</summary>
    Task<GuildStream?> FindAsync(ulong guildId, string streamKey, CancellationToken cancellationToken);
}

/// <summary>What a schedule, move or cancel did.</summary>
internal abstract record GuildStreamChange
{
    private GuildStreamChange()
    {
    }

    /// <summary>Stored: the stream now, and before a move or cancel.</summary>
    public sealed record Done(GuildStream Stream, GuildStream? Before) : GuildStreamChange;

    /// <summary>Nothing was changed, because of <paramref name="Reason"/>; <paramref name="Limit"/> for a full guild.</summary>
    public sealed record Refused(GuildStreamRefusal Reason, int Limit = 0) : GuildStreamChange;
}

/// <summary>Why a change was refused.</summary>
internal enum GuildStreamRefusal
{
    UnknownDiscussion,
    UnknownStream,
    StartInThePast,
    EndNotAfterStart,
    UnknownTimeZone,
    LimitReached,
}
