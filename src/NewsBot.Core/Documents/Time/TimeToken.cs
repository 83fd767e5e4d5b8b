namespace NewsBot.Core.Documents.Time;

internal enum TimeTokenKind
{
    Word,
    Number,
    Symbol,
}

/// <summary>A run of letters, a run of ASCII digits, or one other character of a line.</summary>
/// <param name="Kind">Letters, digits or one other character.</param>
/// <param name="Start">Index of its first character in the line.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Value">For a number of at most four digits its value, otherwise -1.</param>
/// <param name="SpaceBefore">Whether whitespace separates it from the token before.</param>
internal readonly record struct TimeToken(TimeTokenKind Kind, int Start, int Length, int Value, bool SpaceBefore)
{
    public int End => Start + Length;

    public bool IsNumber => Kind == TimeTokenKind.Number;

    public bool IsWord => Kind == TimeTokenKind.Word;

    /// <summary>A number of one or two digits (a day, month, hour or minute).</summary>
    public bool IsSmallNumber => Kind == TimeTokenKind.Number && Length <= 2;
}
