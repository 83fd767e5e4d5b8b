using System.Text.RegularExpressions;
using NewsBot.Core.Documents;
using NewsBot.Core.Tests.Documents;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

/// <summary>
/// The reader reads its phrases by hand where it once used regular expressions (see <see cref="Scan"/>). Each such
/// reader is checked here against the expression it replaced, kept in its test as the specification: on every line
/// and sentence of the test documents, on each of them from every word on (for expressions anchored at the start),
/// and on variants with the white space doubled and the first letter's case turned; and on each of a test's own texts
/// repeated to about 4,000 characters, the near-misses a reader that walked on from every position would be slow on
/// (their speed is measured by <c>HostileReaderBenchmarks</c>; here the readers must still read them as the expression).
/// The expression is run by the backtracking engine, whose results are those its lazy quantifiers ask for (the shortest
/// run); the non-backtracking engine the reader replaced gave longer runs for some of them ("… , will …" up to a later
/// "will"), which changed no output of any test document.
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
        var regex = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(10));
        var differences = new List<string>();
        var matched = 0;
        foreach (var sample in Samples.Concat(extra).Concat(extra.Where(text => text.Length > 0).Select(Repeated)))
        {
            var match = regex.Match(sample);
            var expected = match.Success ? describe(match) : null;
            matched += match.Success ? 1 : 0;
            var actual = read(sample);
            if (expected != actual && differences.Count < 5)
                differences.Add($"\"{Shortened(sample)}\": expected {Shortened(expected) ?? "no match"}, read {Shortened(actual) ?? "no match"}");
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.True(matched > 0, "the expression matches none of the samples or extra texts, so the comparison shows nothing: give texts it matches");
    }

    /// <summary><see cref="AssertSame"/> for a reader that only says whether the expression matches.</summary>
    public static void AssertSameIsMatch(string pattern, Func<string, bool> isMatch, params string[] extra) =>
        AssertSame(pattern, text => isMatch(text) ? "match" : null, _ => "match", extra);

    private const int RepeatedLength = 4_000;

    private static string Repeated(string text) => string.Concat(Enumerable.Repeat(text + " ", RepeatedLength / (text.Length + 1) + 1));

    private static string? Shortened(string? text) => text is { Length: > 300 } ? text[..150] + $" … ({text.Length} characters) … " + text[^150..] : text;

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

        // long runs every reader meets: white space, capitalised and lower-case words, one letter
        samples.UnionWith([new string(' ', RepeatedLength), string.Concat(Enumerable.Repeat("Ab ", RepeatedLength / 3)),
            string.Concat(Enumerable.Repeat("ab ", RepeatedLength / 3)), new string('A', RepeatedLength), "A" + new string(' ', RepeatedLength) + "b"]);
        return [.. samples.Order(StringComparer.Ordinal)];
    }
}
