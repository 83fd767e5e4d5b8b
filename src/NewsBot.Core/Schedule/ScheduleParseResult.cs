namespace NewsBot.Core.Schedule;

/// <summary>The outcome of reading a schedule file: the usable streams (with warnings about left-out entries) or why the file was rejected.</summary>
public abstract record ScheduleParseResult
{
    private ScheduleParseResult() { }

    /// <param name="Streams">The usable streams, ordered by start.</param>
    /// <param name="Warnings">Entries left out (past, unknown discussion), each naming the entry.</param>
    public sealed record Parsed(IReadOnlyList<StreamEntry> Streams, IReadOnlyList<string> Warnings) : ScheduleParseResult;

    /// <param name="Errors">Every error found, each naming the entry and field.</param>
    public sealed record Rejected(IReadOnlyList<string> Errors) : ScheduleParseResult
    {
        public string Reason => string.Join("; ", Errors);
    }
}
