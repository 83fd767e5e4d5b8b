using System.Collections.Concurrent;
using NewsBot.Announcements.Events;

namespace NewsBot.Tests.Announcements;

/// <summary>Keeps events per guild like Discord would; queued failures are returned first.</summary>
internal sealed class FakeEventMirror : IScheduledEventMirror
{
    private long _nextId = 5000;

    public ConcurrentDictionary<ulong, ScheduledEventSpec> Events { get; } = new();

    public ConcurrentDictionary<ulong, bool> Cancelled { get; } = new();

    public ConcurrentQueue<string> Calls { get; } = new();

    public ConcurrentQueue<EventMirrorResult.Failed> Failures { get; } = new();

    public Task<EventMirrorResult> CreateAsync(ulong guildId, ScheduledEventSpec spec, CancellationToken cancellationToken)
    {
        Calls.Enqueue($"create {guildId}");
        if (Failures.TryDequeue(out var failure))
            return Task.FromResult<EventMirrorResult>(failure);
        var id = (ulong)Interlocked.Increment(ref _nextId);
        Events[id] = spec;
        return Task.FromResult<EventMirrorResult>(new EventMirrorResult.Done(id));
    }

    public Task<EventMirrorResult> UpdateAsync(ulong guildId, ulong eventId, ScheduledEventSpec spec, CancellationToken cancellationToken)
    {
        Calls.Enqueue($"update {guildId} {eventId}");
        if (Failures.TryDequeue(out var failure))
            return Task.FromResult<EventMirrorResult>(failure);
        if (!Events.ContainsKey(eventId))
            return Task.FromResult<EventMirrorResult>(new EventMirrorResult.Failed(EventMirrorFailure.UnknownEvent, "Unknown Guild Scheduled Event"));
        Events[eventId] = spec;
        return Task.FromResult<EventMirrorResult>(new EventMirrorResult.Done(eventId));
    }

    public Task<EventMirrorResult> CancelAsync(ulong guildId, ulong eventId, CancellationToken cancellationToken)
    {
        Calls.Enqueue($"cancel {guildId} {eventId}");
        Cancelled[eventId] = true;
        return Task.FromResult<EventMirrorResult>(new EventMirrorResult.Done(eventId));
    }
}
