namespace NewsBot.Core.Documents.Time;

/// <summary>When the discussion itself is broadcast or streamed, as the announcement states it.</summary>
/// <param name="Start">The start as written (possibly only a date or only a time).</param>
/// <param name="End">The end, when the text gives one; it has the same date part as <paramref name="Start"/>.</param>
/// <param name="Explanation">Which line and which rule gave the time, for people checking a document.</param>
/// <param name="Line">The 1-based line of the document the time was read from.</param>
public sealed record BroadcastTime(AnnouncedMoment Start, AnnouncedMoment? End, string Explanation, int Line);
