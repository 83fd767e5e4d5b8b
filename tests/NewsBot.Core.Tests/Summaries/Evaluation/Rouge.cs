using System.Globalization;
using System.Text;
using NewsBot.Core.Documents;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Summaries.Evaluation;

/// <summary>
/// ROUGE-1/2/L F1 (summarization.md §6.1) with German-safe tokenisation: lower-case (invariant), Unicode
/// punctuation and symbols become spaces, split on whitespace — umlauts and ß survive ("Bündnis" stays "bündnis").
/// Optional Snowball stemming (German or English) of tokens longer than 3 characters. ROUGE-L is the LCS over the whole token
/// sequence (rouge-score's "rougeL", not "rougeLsum").
/// </summary>
internal static class Rouge
{
    public static string[] Tokenize(string text, bool stem = false, DocumentLanguage language = DocumentLanguage.German)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            var isPunctuationOrSymbol = category is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
                or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol
                or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;
            builder.Append(isPunctuationOrSymbol ? ' ' : char.ToLowerInvariant(c));
        }

        var tokens = builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return stem ? Array.ConvertAll(tokens, token => Stem(token, language)) : tokens;
    }

    /// <summary>F1 of clipped n-gram overlap; 0 when either side has no n-grams.</summary>
    public static double NGramF1(IReadOnlyList<string> candidate, IReadOnlyList<string> reference, int n)
    {
        var candidateGrams = Count(candidate, n);
        var referenceGrams = Count(reference, n);
        var overlap = 0;
        foreach (var (gram, count) in candidateGrams)
        {
            overlap += Math.Min(count, referenceGrams.GetValueOrDefault(gram));
        }

        return F1(overlap, Math.Max(0, candidate.Count - n + 1), Math.Max(0, reference.Count - n + 1));
    }

    /// <summary>F1 of the longest common subsequence.</summary>
    public static double LcsF1(IReadOnlyList<string> candidate, IReadOnlyList<string> reference) =>
        F1(Lcs(candidate, reference), candidate.Count, reference.Count);

    public static int Lcs(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                current[j] = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal)
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Count];
    }

    private static double F1(int overlap, int candidateCount, int referenceCount)
    {
        if (overlap == 0 || candidateCount == 0 || referenceCount == 0)
        {
            return 0;
        }

        var precision = (double)overlap / candidateCount;
        var recall = (double)overlap / referenceCount;
        return 2 * precision * recall / (precision + recall);
    }

    private static Dictionary<string, int> Count(IReadOnlyList<string> tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = string.Join(' ', tokens.Skip(i).Take(n));
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }

        return counts;
    }

    private static string Stem(string token, DocumentLanguage language)
    {
        if (token.Length <= 3)
        {
            return token;
        }

        if (language == DocumentLanguage.English)
        {
            var english = new char[PorterEnglishStemmer.BufferLength(token.Length)];
            return new string(english, 0, PorterEnglishStemmer.Stem(token, english));
        }

        var buffer = new char[GermanStemmer.BufferLength(token.Length)];
        return new string(buffer, 0, GermanStemmer.Stem(token, buffer));
    }
}
