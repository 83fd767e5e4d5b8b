namespace NewsBot.Core.Text;

/// <summary>
/// The Snowball German stemmer (snowballstem.org, "german"), written from the published algorithm description:
/// ß → ss, u/y between vowels protected, regions R1/R2, three suffix steps, umlauts folded at the end.
/// Works in place on a lower-case buffer; no allocation.
/// </summary>
internal static class GermanStemmer
{
    /// <summary>Room the buffer needs beyond the word: every ß can grow to "ss".</summary>
    public static int BufferLength(int wordLength) => wordLength * 2;

    /// <summary>Stems the lower-case <paramref name="word"/> into <paramref name="buffer"/> and returns the stem's length.</summary>
    public static int Stem(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (c == 'ß')
            {
                buffer[n++] = 's';
                buffer[n++] = 's';
            }
            else
            {
                buffer[n++] = c;
            }
        }

        var w = buffer[..n];
        ProtectVowelLikeConsonants(w);
        var (p1, p2) = Regions(w);
        n = Step1(w, n, p1);
        n = Step2(w, n, p1);
        n = Step3(w, n, p1, p2);
        for (var i = 0; i < n; i++)
        {
            w[i] = w[i] switch { 'U' => 'u', 'Y' => 'y', 'ä' => 'a', 'ö' => 'o', 'ü' => 'u', var c => c };
        }

        return n;
    }

    private static void ProtectVowelLikeConsonants(Span<char> w)
    {
        var i = 1;
        while (i < w.Length - 1)
        {
            if ((w[i] == 'u' || w[i] == 'y') && IsVowel(w[i - 1]) && IsVowel(w[i + 1]))
            {
                w[i] = char.ToUpperInvariant(w[i]);
                i += 3;
            }
            else
            {
                i++;
            }
        }
    }

    private static (int P1, int P2) Regions(ReadOnlySpan<char> w)
    {
        var n = w.Length;
        if (n < 3)
        {
            return (n, n);
        }

        var p1 = AfterVowelThenConsonant(w, 0);
        var p2 = AfterVowelThenConsonant(w, p1);
        return (Math.Max(p1, 3), p2);
    }

    private static int AfterVowelThenConsonant(ReadOnlySpan<char> w, int from)
    {
        var i = from;
        while (i < w.Length && !IsVowel(w[i]))
        {
            i++;
        }

        i++;
        while (i < w.Length && IsVowel(w[i]))
        {
            i++;
        }

        return Math.Min(i + 1, w.Length);
    }

    private static int Step1(Span<char> w, int n, int p1)
    {
        var s = w[..n];
        if (s.EndsWith("ern"))
        {
            return n - 3 >= p1 ? n - 3 : n;
        }

        if (s.EndsWith("em") || s.EndsWith("er"))
        {
            return n - 2 >= p1 ? n - 2 : n;
        }

        if (s.EndsWith("en") || s.EndsWith("es") || s.EndsWith("e"))
        {
            var cut = s.EndsWith("e") ? 1 : 2;
            if (n - cut < p1)
            {
                return n;
            }

            n -= cut;
            return w[..n].EndsWith("niss") ? n - 1 : n;
        }

        if (s.EndsWith("s"))
        {
            return n - 1 >= p1 && n >= 2 && IsSEnding(w[n - 2]) ? n - 1 : n;
        }

        return n;
    }

    private static int Step2(Span<char> w, int n, int p1)
    {
        var s = w[..n];
        if (s.EndsWith("est"))
        {
            return n - 3 >= p1 ? n - 3 : n;
        }

        if (s.EndsWith("en") || s.EndsWith("er"))
        {
            return n - 2 >= p1 ? n - 2 : n;
        }

        if (s.EndsWith("st"))
        {
            return n - 2 >= p1 && n - 3 >= 3 && IsStEnding(w[n - 3]) ? n - 2 : n;
        }

        return n;
    }

    private static int Step3(Span<char> w, int n, int p1, int p2)
    {
        var s = w[..n];
        if (s.EndsWith("isch") || s.EndsWith("ig") || s.EndsWith("ik"))
        {
            var cut = s.EndsWith("isch") ? 4 : 2;
            return n - cut >= p2 && (n - cut == 0 || w[n - cut - 1] != 'e') ? n - cut : n;
        }

        if (s.EndsWith("end") || s.EndsWith("ung"))
        {
            if (n - 3 < p2)
            {
                return n;
            }

            n -= 3;
            return w[..n].EndsWith("ig") && n - 2 >= p2 && (n - 2 == 0 || w[n - 3] != 'e') ? n - 2 : n;
        }

        if (s.EndsWith("lich") || s.EndsWith("heit"))
        {
            if (n - 4 < p2)
            {
                return n;
            }

            n -= 4;
            var rest = w[..n];
            return (rest.EndsWith("er") || rest.EndsWith("en")) && n - 2 >= p1 ? n - 2 : n;
        }

        if (s.EndsWith("keit"))
        {
            if (n - 4 < p2)
            {
                return n;
            }

            n -= 4;
            var rest = w[..n];
            if (rest.EndsWith("lich") && n - 4 >= p2)
            {
                return n - 4;
            }

            return rest.EndsWith("ig") && n - 2 >= p2 ? n - 2 : n;
        }

        return n;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ä' or 'ö' or 'ü';

    private static bool IsSEnding(char c) => c is 'b' or 'd' or 'f' or 'g' or 'h' or 'k' or 'l' or 'm' or 'n' or 'r' or 't';

    private static bool IsStEnding(char c) => c is 'b' or 'd' or 'f' or 'g' or 'h' or 'k' or 'l' or 'm' or 'n' or 't';
}
