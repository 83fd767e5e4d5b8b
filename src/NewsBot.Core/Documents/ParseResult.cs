namespace NewsBot.Core.Documents;

/// <summary>The outcome of reading one document: a discussion, or the reason it was refused.</summary>
public abstract record ParseResult
{
    private ParseResult()
    {
    }

    /// <summary>The document was understood.</summary>
    public sealed record Parsed(Discussion Discussion) : ParseResult;

    /// <summary>The document was refused; <paramref name="Line"/> is 1-based when the problem sits on one line.</summary>
    public sealed record Rejected(string Reason, int? Line = null) : ParseResult
    {
        public override string ToString() => Line is { } line ? $"{Reason} (line {line})" : Reason;
    }
}
