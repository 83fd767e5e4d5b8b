namespace NewsBot.Core.Summaries;

/// <summary>How much a summary of a given <see cref="SummaryLength"/> may hold (summarization.md §5.2).</summary>
/// <param name="MaxSentences">Most sentences.</param>
/// <param name="MaxCharacters">Most UTF-16 characters, counting one separator between sentences.</param>
public readonly record struct SummaryBudget(int MaxSentences, int MaxCharacters)
{
    /// <summary>No summary is ever longer: leaves room in Discord's 4,096-character embed description.</summary>
    public const int HardCapCharacters = 3800;

    public static SummaryBudget For(SummaryLength length) => length switch
    {
        SummaryLength.Brief => new SummaryBudget(2, 300),
        SummaryLength.Medium => new SummaryBudget(3, 600),
        SummaryLength.Detailed => new SummaryBudget(6, 1500),
        _ => throw new ArgumentOutOfRangeException(nameof(length), length, "Unknown summary length."),
    };

    /// <summary>Length of <paramref name="sentences"/> joined by single spaces.</summary>
    public static int Measure(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var total = Math.Max(0, sentences.Count - 1);
        foreach (var sentence in sentences)
        {
            total += sentence.Length;
        }

        return total;
    }
}
