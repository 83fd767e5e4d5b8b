namespace NewsBot.Announcements.Events;

/// <summary>The Discord event kept for one stream in one guild.</summary>
/// <param name="GuildId">The guild.</param>
/// <param name="MirrorKey">The discussion id and the stream's number among that discussion's streams (<c>id#1</c>), so a moved stream keeps its event.</param>
/// <param name="EventId">The Discord event, when one was created.</param>
/// <param name="Fingerprint">A hash of the last spec sent, to update only on change.</param>
/// <param name="EndsAt">The event's end: past it, a removed stream's event is left alone (it is over).</param>
/// <param name="State">Where it stands.</param>
/// <param name="Reason">Why it failed.</param>
/// <param name="UpdatedAt">Last change.</param>
internal sealed record MirroredEvent(
    ulong GuildId, string MirrorKey, ulong? EventId, string Fingerprint, DateTimeOffset EndsAt, MirroredEventState State, string? Reason, DateTimeOffset UpdatedAt);

internal enum MirroredEventState
{
    Active,
    Failed,
    Cancelled,
    Ended,
}
