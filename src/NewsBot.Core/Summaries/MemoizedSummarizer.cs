using System.Runtime.CompilerServices;
using NewsBot.Core.Documents;

namespace NewsBot.Core.Summaries;

/// <summary>
/// Remembers each summary of a discussion, per length, for as long as that discussion object lives. A discussion is
/// immutable and a summarizer deterministic, so the answer never changes; an edited document is a new object and gets
/// summarized afresh, and a dropped one takes its summaries with it. Summarizing was a third of the bot's CPU per
/// /summary under load; a repeat now costs one lookup.
/// </summary>
public sealed class MemoizedSummarizer(ISummarizer inner) : ISummarizer
{
    private static readonly int Lengths = Enum.GetValues<SummaryLength>().Length;
    private readonly ConditionalWeakTable<Discussion, IReadOnlyList<string>?[]> _summaries = [];

    public IReadOnlyList<string> Summarize(Discussion discussion, SummaryLength length)
    {
        ArgumentNullException.ThrowIfNull(discussion);
        if ((uint)length >= (uint)Lengths)
            return inner.Summarize(discussion, length);
        var known = _summaries.GetValue(discussion, static _ => new IReadOnlyList<string>?[Lengths]);
        if (Volatile.Read(ref known[(int)length]) is { } remembered)
            return remembered;
        // Two threads may both summarize a new discussion: they get the same sentences, so either may stay. Read-only, so
        // that no caller can change what the next one gets.
        IReadOnlyList<string> summary = Array.AsReadOnly([.. inner.Summarize(discussion, length)]);
        Volatile.Write(ref known[(int)length], summary);
        return summary;
    }
}
