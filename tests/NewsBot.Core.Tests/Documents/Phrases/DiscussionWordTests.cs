using NewsBot.Core.Documents.Phrases;
using NewsBot.Core.Tests.Text;

namespace NewsBot.Core.Tests.Documents.Phrases;

/// <summary><see cref="DiscussionWord"/> against the regular expression it replaced (kept here verbatim).</summary>
public class DiscussionWordTests
{
    [Fact]
    public void DiscussionWordFindsAsTheExpression() =>
        RegexEquivalence.AssertSame(
            @"\b(?:panel|debate|discussion|conversation|round\s?table|forum|Podium|Podiumsdiskussion|Diskussion|Debatte|Gesprächsrunde|Diskussionsrunde|Runde|Streitgespräch)\b",
            text => DiscussionWord.Find(text) is var (start, end) && start >= 0 ? $"{start}-{end}" : null,
            match => $"{match.Index}-{match.Index + match.Length}",
            "a round  table and a forum", "a round table", "a roundtable", "the round\ttable", "round  table round table", "Podiumsdiskussion und Podium",
            "panels, then Runde", "Diskussionsrunde", "Streitgesprächs Streitgespräch", "round  tables roundtable");
}
