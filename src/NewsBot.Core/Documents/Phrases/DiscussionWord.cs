using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Phrases;

/// <summary>
/// A word naming the discussion itself (not the guests): panel, debate, Podium, Runde, ….
/// Was <c>\b(?:panel|debate|discussion|conversation|round\s?table|forum|Podium|Podiumsdiskussion|Diskussion|Debatte|Gesprächsrunde|Diskussionsrunde|Runde|Streitgespräch)\b</c>.
/// </summary>
internal static class DiscussionWord
{
    // "round table" stands for round\s+table here; the word allows one white space character at most (round\s?table)
    private static readonly PhraseSet Words = new(false,
        "panel", "debate", "discussion", "conversation", "roundtable", "round table", "forum", "Podium", "Podiumsdiskussion", "Diskussion",
        "Debatte", "Gesprächsrunde", "Diskussionsrunde", "Runde", "Streitgespräch");

    private const int OneSpacedRoundTable = 11;

    /// <summary>The leftmost discussion word as (start, end), or (-1, -1).</summary>
    public static (int Start, int End) Find(string sentence)
    {
        var from = 0;
        while (Words.Find(sentence, from) is var (start, end) && start >= 0)
        {
            if (end - start <= OneSpacedRoundTable || sentence[start] != 'r')
                return (start, end);
            from = start + 1; // "round  table": more than one white space character
        }

        return (-1, -1);
    }
}
