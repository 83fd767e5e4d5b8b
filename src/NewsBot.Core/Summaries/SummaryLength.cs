namespace NewsBot.Core.Summaries;

/// <summary>How long a summary may be (the command's "short", "medium", "long"): ≈ 2, 3 and 6 sentences.</summary>
public enum SummaryLength
{
    Brief,
    Medium,
    Detailed,
}
