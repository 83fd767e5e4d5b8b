using System.Text.RegularExpressions;
using NewsBot.Core.Documents;
using NewsBot.Core.Tests.Documents;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

/// <summary>
/// The reader reads its phrases by hand where it once used regular expressions (see <see cref="Scan"/>). Each such
/// reader is checked here against the expression it replaced, kept in its test as the specification: on every line
/// and sentence of the test documents, on each of them from every word on (for expressions anchored at the start),
/// and on variants with the white space doubled and the first letter's case turned.
/// </summary>
internal static class RegexEquivalence
{
    private static readonly Lazy<string[]> LazySamples = new(Build);

    public static IReadOnlyList<string> Samples => LazySamples.Value;

    /// <summary>
    /// Asserts that <paramref name="read"/> describes every sample as <paramref name="describe"/> describes the
    /// expression's first match (null when it does not match), on the samples and the <paramref name="extra"/> texts.
    /// </summary>
    public static void AssertSame(string pattern, Func<string, string?> read, Func<Match, string> describe, params string[] extra)
    {
        var regex = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(5));
        var differences = new List<string>();
        var matched = 0;
        foreach (var sample in Samples.Concat(extra))
        {
            var match = regex.Match(sample);
            var expected = match.Success ? describe(match) : null;
            matched += match.Success ? 1 : 0;
            var actual = read(sample);
            if (expected != actual && differences.Count < 5)
                differences.Add($"\"{sample}\": expected {expected ?? "no match"}, read {actual ?? "no match"}");
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.True(matched > 0 || extra.Length > 0, "the expression matches none of the samples: give texts it matches as extra");
    }

    /// <summary><see cref="AssertSame"/> for a reader that only says whether the expression matches.</summary>
    public static void AssertSameIsMatch(string pattern, Func<string, bool> isMatch, params string[] extra) =>
        AssertSame(pattern, text => isMatch(text) ? "match" : null, _ => "match", extra);

    private static string[] Build()
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(TestData.Folder, "*.txt", SearchOption.AllDirectories))
        {
            var content = DocumentDecoder.Normalize(File.ReadAllText(file));
            foreach (var line in content.Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.Length == 0)
                    continue;
                texts.Add(trimmed);
                foreach (var span in SentenceSplitter.Split(trimmed, DocumentLanguage.German).Concat(SentenceSplitter.Split(trimmed, DocumentLanguage.English)))
                    texts.Add(span.Of(trimmed).Trim());
            }
        }

        var samples = new HashSet<string>(texts, StringComparer.Ordinal);
        foreach (var text in texts.Where(text => text.Length <= 400))
        {
            for (var at = text.IndexOf(' ', StringComparison.Ordinal); at >= 0; at = text.IndexOf(' ', at + 1))
                samples.Add(text[(at + 1)..]);
            samples.Add(text.Replace(" ", "  ", StringComparison.Ordinal));
            samples.Add(char.IsUpper(text[0]) ? char.ToLowerInvariant(text[0]) + text[1..] : char.ToUpperInvariant(text[0]) + text[1..]);
        }

        return [.. samples.Order(StringComparer.Ordinal)];
    }
}
