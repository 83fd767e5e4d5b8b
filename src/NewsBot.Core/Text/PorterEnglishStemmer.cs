using System.Collections.Frozen;

namespace NewsBot.Core.Text;

/// <summary>
/// The Snowball English ("Porter2") stemmer, written from the published algorithm description
/// (snowballstem.org/algorithms/english): exceptional forms, R1/R2, steps 0–5. Works in place on a lower-case buffer.
/// </summary>
internal static class PorterEnglishStemmer
{
    private static readonly FrozenDictionary<string, string> Exceptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie", ["idly"] = "idl",
        ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli", ["singly"] = "singl",
        ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas", ["cosmos"] = "cosmos",
        ["bias"] = "bias", ["andes"] = "andes",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> InvariantAfterStep1A = FrozenSet.Create(StringComparer.Ordinal,
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed");

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"),
        ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"), ("enci", "ence"),
        ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"), ("alli", "al"), ("bli", "ble"),
        ("ogi", "og"), ("li", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", ""),
        ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion",
        "al", "er", "ic",
    ];

    /// <summary>Room the buffer needs: a stem can be one character longer than the word (…at → …ate).</summary>
    public static int BufferLength(int wordLength) => wordLength + 2;

    /// <summary>Stems the lower-case <paramref name="word"/> into <paramref name="buffer"/> and returns the stem's length.</summary>
    public static int Stem(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > 0 && word[0] == '\'')
        {
            word = word[1..];
        }

        word.CopyTo(buffer);
        var n = word.Length;
        if (n <= 2)
        {
            return n;
        }

        if (Exceptions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var exception))
        {
            exception.CopyTo(buffer);
            return exception.Length;
        }

        var w = buffer;
        for (var i = 0; i < n; i++)
        {
            if (w[i] == 'y' && (i == 0 || IsVowel(w[i - 1])))
            {
                w[i] = 'Y';
            }
        }

        var (r1, r2) = Regions(w[..n]);
        n = Step0(w, n);
        n = Step1A(w, n);
        if (InvariantAfterStep1A.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w[..n]))
        {
            return Finish(w, n);
        }

        n = Step1B(w, n, r1);
        n = Step1C(w, n);
        n = Replace(w, n, r1, Step2Rules, step2: true);
        n = Step3(w, n, r1, r2);
        n = Step4(w, n, r2);
        n = Step5(w, n, r1, r2);
        return Finish(w, n);
    }

    private static int Finish(Span<char> w, int n)
    {
        for (var i = 0; i < n; i++)
        {
            w[i] = w[i] == 'Y' ? 'y' : w[i];
        }

        return n;
    }

    private static (int R1, int R2) Regions(ReadOnlySpan<char> w)
    {
        int r1;
        if (w.StartsWith("gener") || w.StartsWith("arsen"))
        {
            r1 = 5;
        }
        else if (w.StartsWith("commun"))
        {
            r1 = 6;
        }
        else
        {
            r1 = AfterVowelThenConsonant(w, 0);
        }

        return (r1, AfterVowelThenConsonant(w, r1));
    }

    private static int AfterVowelThenConsonant(ReadOnlySpan<char> w, int from)
    {
        var i = from;
        while (i < w.Length && !IsVowel(w[i]))
        {
            i++;
        }

        while (i < w.Length && IsVowel(w[i]))
        {
            i++;
        }

        return Math.Min(i + 1, w.Length);
    }

    private static int Step0(Span<char> w, int n)
    {
        var s = w[..n];
        return s.EndsWith("'s'") ? n - 3 : s.EndsWith("'s") ? n - 2 : s.EndsWith("'") ? n - 1 : n;
    }

    private static int Step1A(Span<char> w, int n)
    {
        var s = w[..n];
        if (s.EndsWith("sses"))
        {
            return n - 2;
        }

        if (s.EndsWith("ied") || s.EndsWith("ies"))
        {
            return n > 4 ? n - 2 : n - 1;
        }

        if (s.EndsWith("us") || s.EndsWith("ss"))
        {
            return n;
        }

        if (s.EndsWith("s") && n >= 3 && ContainsVowel(w[..(n - 2)]))
        {
            return n - 1;
        }

        return n;
    }

    private static int Step1B(Span<char> w, int n, int r1)
    {
        var s = w[..n];
        if (s.EndsWith("eedly") || s.EndsWith("eed"))
        {
            var cut = s.EndsWith("eedly") ? 5 : 3;
            return n - cut >= r1 ? n - cut + 2 : n;
        }

        var suffix = s.EndsWith("ingly") ? 5 : s.EndsWith("edly") ? 4 : s.EndsWith("ing") ? 3 : s.EndsWith("ed") ? 2 : 0;
        if (suffix == 0 || !ContainsVowel(w[..(n - suffix)]))
        {
            return n;
        }

        n -= suffix;
        var stem = w[..n];
        if (stem.EndsWith("at") || stem.EndsWith("bl") || stem.EndsWith("iz"))
        {
            w[n] = 'e';
            return n + 1;
        }

        if (n >= 2 && stem[^1] == stem[^2] && stem[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't')
        {
            return n - 1;
        }

        if (IsShortWord(stem, r1))
        {
            w[n] = 'e';
            return n + 1;
        }

        return n;
    }

    private static int Step1C(Span<char> w, int n)
    {
        if (n > 2 && (w[n - 1] == 'y' || w[n - 1] == 'Y') && !IsVowel(w[n - 2]))
        {
            w[n - 1] = 'i';
        }

        return n;
    }

    private static int Replace(Span<char> w, int n, int region, (string Suffix, string Replacement)[] rules, bool step2)
    {
        var s = w[..n];
        foreach (var (suffix, replacement) in rules)
        {
            if (!s.EndsWith(suffix))
            {
                continue;
            }

            var start = n - suffix.Length;
            if (start < region)
            {
                return n;
            }

            if (step2 && suffix == "ogi" && (start == 0 || w[start - 1] != 'l'))
            {
                return n;
            }

            if (step2 && suffix == "li" && (start == 0 || !IsLiEnding(w[start - 1])))
            {
                return n;
            }

            replacement.CopyTo(w[start..]);
            return start + replacement.Length;
        }

        return n;
    }

    private static int Step3(Span<char> w, int n, int r1, int r2)
    {
        var s = w[..n];
        if (s.EndsWith("ative"))
        {
            return n - 5 >= r2 ? n - 5 : n;
        }

        return Replace(w, n, r1, Step3Rules, step2: false);
    }

    private static int Step4(Span<char> w, int n, int r2)
    {
        var s = w[..n];
        foreach (var suffix in Step4Suffixes)
        {
            if (!s.EndsWith(suffix))
            {
                continue;
            }

            var start = n - suffix.Length;
            if (start < r2)
            {
                return n;
            }

            if (suffix == "ion")
            {
                return start > 0 && w[start - 1] is 's' or 't' ? start : n;
            }

            return start;
        }

        return n;
    }

    private static int Step5(Span<char> w, int n, int r1, int r2)
    {
        if (w[n - 1] == 'e')
        {
            if (n - 1 >= r2 || (n - 1 >= r1 && !EndsWithShortSyllable(w[..(n - 1)])))
            {
                return n - 1;
            }
        }
        else if (w[n - 1] == 'l' && n - 1 >= r2 && n >= 2 && w[n - 2] == 'l')
        {
            return n - 1;
        }

        return n;
    }

    private static bool IsShortWord(ReadOnlySpan<char> w, int r1) => r1 >= w.Length && EndsWithShortSyllable(w);

    private static bool EndsWithShortSyllable(ReadOnlySpan<char> w)
    {
        var n = w.Length;
        if (n == 2)
        {
            return IsVowel(w[0]) && !IsVowel(w[1]);
        }

        return n >= 3 && !IsVowel(w[n - 3]) && IsVowel(w[n - 2]) && !IsVowel(w[n - 1]) && w[n - 1] is not ('w' or 'x' or 'Y');
    }

    private static bool ContainsVowel(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (IsVowel(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsLiEnding(char c) => c is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't';
}
