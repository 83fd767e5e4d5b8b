namespace NewsBot.Announcements.Events;

/// <summary>
/// Creates, updates and cancels one external Discord scheduled event (entity type EXTERNAL, location = the link).
/// Expected failures come back as values: too many events (error 30038), missing Manage Events, unknown event.
/// </summary>
public interface IScheduledEventMirror
{
    Task<EventMirrorResult> CreateAsync(ulong guildId, ScheduledEventSpec spec, CancellationToken cancellationToken);

    Task<EventMirrorResult> UpdateAsync(ulong guildId, ulong eventId, ScheduledEventSpec spec, CancellationToken cancellationToken);

    /// <summary>Cancels (or deletes) the event; an event that no longer exists counts as done.</summary>
    Task<EventMirrorResult> CancelAsync(ulong guildId, ulong eventId, CancellationToken cancellationToken);
}
