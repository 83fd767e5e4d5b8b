using System.Text.RegularExpressions;
using NewsBot.Core.Documents.Phrases;
using NewsBot.Core.Tests.Text;

namespace NewsBot.Core.Tests.Documents.Phrases;

/// <summary><see cref="RelativeClauseOpening"/> against the regular expression it replaced (kept here verbatim).</summary>
public class RelativeClauseOpeningTests
{
    [Fact]
    public void RelativeClauseOpeningFindsEveryOpeningAsTheExpression()
    {
        const string pattern = @",\s+(?:die|der|das|deren|dessen|denen|who|whose|which|where|wo)\s";
        RegexEquivalence.AssertSame(
            pattern,
            text => All(text, RelativeClauseOpening.Find),
            match => All(match),
            "A, der Chef, B, deren Mann, C,  dessen\tFrau", "A, whose job, B, who, C, which x", "A, wo ", "A, deren", "A,die x", "A, dieser x, B, denen x",
            "A, wo  x, , who x", "A, die\nx");
        var regex = new Regex(pattern);
        const string text = "A, der Chef, B, deren Mann, und C, who runs X";
        for (var from = 0; from <= text.Length; from++)
            Assert.Equal(regex.Match(text, from) is { Success: true } m ? (m.Index, m.Index + m.Length) : (-1, -1), RelativeClauseOpening.Find(text, from));
    }

    private static string All(string text, Func<string, int, (int Start, int End)> find)
    {
        var found = new List<string>();
        for (var (start, end) = find(text, 0); start >= 0; (start, end) = find(text, end))
            found.Add($"{start}-{end}");
        return found.Count == 0 ? null! : string.Join(",", found);
    }

    private static string All(Match match)
    {
        var found = new List<string>();
        for (; match.Success; match = match.NextMatch())
            found.Add($"{match.Index}-{match.Index + match.Length}");
        return string.Join(",", found);
    }
}
