using System.Buffers;

namespace NewsBot.Core.Text;

/// <summary>
/// A light English stemmer: the inflectional steps of Porter's algorithm (plurals, -ed/-ing, final y → i),
/// enough to conflate the word forms of short news texts. Works in place; no allocation.
/// </summary>
internal static class EnglishStemmer
{
    /// <summary>Stems the lower-case word held in <paramref name="w"/> and returns the stem's length.</summary>
    public static int Stem(Span<char> w)
    {
        var n = w.Length;
        if (n <= 2)
        {
            return n;
        }

        n = Plural(w, n);
        n = EdIng(w, n);
        if (n > 2 && w[n - 1] == 'y' && !IsVowel(w[n - 2]))
        {
            w[n - 1] = 'i';
        }

        return n;
    }

    private static int Plural(Span<char> w, int n)
    {
        var s = w[..n];
        if (s.EndsWith("sses"))
        {
            return n - 2;
        }

        if (s.EndsWith("ies") || s.EndsWith("ied"))
        {
            return n > 4 ? n - 2 : n - 1;
        }

        if (s.EndsWith("s") && !s.EndsWith("ss") && !s.EndsWith("us") && !s.EndsWith("is") && ContainsVowel(w[..(n - 2)]))
        {
            return n - 1;
        }

        return n;
    }

    private static int EdIng(Span<char> w, int n)
    {
        var s = w[..n];
        if (s.EndsWith("eed"))
        {
            return n;
        }

        var cut = s.EndsWith("ing") ? 3 : s.EndsWith("ed") ? 2 : 0;
        if (cut == 0 || n - cut < 2 || !ContainsVowel(w[..(n - cut)]))
        {
            return n;
        }

        n -= cut;
        var stem = w[..n];
        if (stem.EndsWith("at") || stem.EndsWith("bl") || stem.EndsWith("iz"))
        {
            w[n] = 'e';
            return n + 1;
        }

        if (n >= 2 && stem[^1] == stem[^2] && !IsVowel(stem[^1]) && stem[^1] is not ('l' or 's' or 'z'))
        {
            return n - 1;
        }

        return n;
    }

    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouy");

    private static bool ContainsVowel(ReadOnlySpan<char> s) => s.ContainsAny(Vowels);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
