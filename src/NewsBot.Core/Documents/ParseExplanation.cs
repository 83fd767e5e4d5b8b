namespace NewsBot.Core.Documents;

/// <summary>
/// Why the reader chose what it chose: one entry per decision (field, value, rule, line). Collected only when a caller
/// passes one to <see cref="DiscussionParser.Parse(string, string, ParseExplanation?)"/>, so normal parsing pays nothing.
/// Other readers (the broadcast time) add their entries with their own field names.
/// </summary>
public sealed class ParseExplanation
{
    private readonly List<ExplanationEntry> _entries = [];

    public IReadOnlyList<ExplanationEntry> Entries => _entries;

    /// <param name="field">What was decided: one of <see cref="ExplanationFields"/> or a reader's own field name.</param>
    /// <param name="value">The value chosen or turned down.</param>
    /// <param name="rule">The mechanism, in words an operator understands ("guest list under 'Gäste:'").</param>
    /// <param name="line">The 1-based line of the document the decision rests on, when there is one.</param>
    /// <param name="accepted">False for a candidate the reader saw and left out (and <paramref name="rule"/> says why).</param>
    public void Add(string field, string? value, string rule, int? line = null, bool accepted = true) =>
        _entries.Add(new ExplanationEntry(field, value, rule, line, accepted));
}

/// <summary>One decision of the reader.</summary>
public sealed record ExplanationEntry(string Field, string? Value, string Rule, int? Line, bool Accepted);

/// <summary>The field names the discussion reader uses in its <see cref="ParseExplanation"/>.</summary>
public static class ExplanationFields
{
    public const string Headline = "headline";
    public const string StreamTitle = "streamTitle";
    public const string Show = "show";
    public const string Host = "host";
    public const string Panel = "panel";
    public const string Role = "role";
    public const string Affiliation = "affiliation";
    public const string Question = "question";
    public const string Block = "block";
    public const string Paragraph = "paragraph";
}
