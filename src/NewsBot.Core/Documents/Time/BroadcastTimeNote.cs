namespace NewsBot.Core.Documents.Time;

/// <summary>One decision about the broadcast time, in the shape of a parse explanation entry.</summary>
/// <param name="Field">"start" or "end".</param>
/// <param name="Value">The time as written ("2024-09-15T21:45", "T18:00", "--03-09T20:15–21:15" for a candidate range).</param>
/// <param name="Rule">Why it was taken or left out, in words an operator understands.</param>
/// <param name="Line">The 1-based line of the document it comes from.</param>
/// <param name="Accepted">True for the chosen time, false for a candidate that was left out.</param>
public sealed record BroadcastTimeNote(string Field, string? Value, string Rule, int? Line, bool Accepted);
