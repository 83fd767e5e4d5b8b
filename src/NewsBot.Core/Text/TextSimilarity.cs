using NewsBot.Core.Documents;

namespace NewsBot.Core.Text;

/// <summary>
/// How alike two short texts are: the cosine of their term-frequency vectors, with the summarizer's terms (stop words
/// dropped, words stemmed, compounds split). 1 for the same terms in the same proportions, 0 for none in common.
/// Linear in the texts' length.
/// </summary>
public static class TextSimilarity
{
    public static double Cosine(string first, string second, DocumentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = Terms(first, language);
        var b = Terms(second, language);
        if (a.Count == 0 || b.Count == 0)
            return 0;
        double dot = 0;
        foreach (var (term, count) in a)
        {
            if (b.TryGetValue(term, out var other))
                dot += count * other;
        }
        return dot / (Norm(a) * Norm(b));
    }

    private static double Norm(Dictionary<string, int> terms) => Math.Sqrt(terms.Values.Sum(c => (double)c * c));

    private static Dictionary<string, int> Terms(string text, DocumentLanguage language)
    {
        var sink = new CountingSink();
        TermTokenizer.Tokenize(text, language, sink);
        return sink.Counts;
    }

    private sealed class CountingSink : ITermSink
    {
        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        public void Add(ReadOnlySpan<char> term, bool isCompoundJoin)
        {
            if (isCompoundJoin)
                return;
            var key = term.ToString();
            Counts[key] = Counts.TryGetValue(key, out var count) ? count + 1 : 1;
        }
    }
}
