using System.Globalization;

namespace NewsBot.Core.Text;

/// <summary>
/// What a regular expression's <c>\s</c>, <c>\w</c> and <c>\b</c> mean, and the few runs the reader's phrase readers
/// are built of, read by hand. The reader reads its phrases with these instead of the runtime's linear-time regex
/// engine: that engine keeps 0.5–5 MB of tables per expression for the life of the process and builds them in tens of
/// milliseconds each, which made the reader's sixty phrase patterns most of an idle bot's heap and of its first parse.
/// A method that reads something returns the index just after it, or -1 when the text does not have it there; every
/// method looks at each character at most once, so a reader built of them is linear.
/// </summary>
internal static class Scan
{
    /// <summary>A character of <c>\w</c>: a letter, a non-spacing mark, a decimal digit or a connector (<c>_</c>).</summary>
    public static bool IsWordChar(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };

    /// <summary>True where <c>\b</c> matches: a word character on exactly one side of <paramref name="at"/>.</summary>
    public static bool IsBoundary(ReadOnlySpan<char> text, int at) =>
        (at > 0 && IsBoundaryWordChar(text[at - 1])) != (at < text.Length && IsBoundaryWordChar(text[at]));

    /// <summary><c>\s*</c>: the index after the white space at <paramref name="at"/> (itself when there is none).</summary>
    public static int SkipSpaces(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
            at++;
        return at;
    }

    /// <summary><c>\s+</c>: the index after the white space at <paramref name="at"/>, or -1 when there is none.</summary>
    public static int AfterSpaces(ReadOnlySpan<char> text, int at)
    {
        var end = SkipSpaces(text, at);
        return end > at ? end : -1;
    }

    /// <summary>
    /// A literal phrase at <paramref name="at"/>, each space of <paramref name="phrase"/> standing for <c>\s+</c>;
    /// with <paramref name="ignoreCase"/> the phrase is given in lower case and compared as <c>(?i)</c> does.
    /// </summary>
    public static int AfterPhrase(ReadOnlySpan<char> text, int at, string phrase, bool ignoreCase = false)
    {
        if (at < 0)
            return -1;
        foreach (var expected in phrase)
        {
            if (expected == ' ')
            {
                if ((at = AfterSpaces(text, at)) < 0)
                    return -1;
                continue;
            }

            if (at >= text.Length || (ignoreCase ? char.ToLowerInvariant(text[at]) : text[at]) != expected)
                return -1;
            at++;
        }

        return at;
    }

    /// <summary>
    /// Greedy run of at least <paramref name="min"/> and at most <paramref name="max"/> characters that satisfy
    /// <paramref name="accepts"/> (<c>[…]{min,max}</c>); -1 when fewer than <paramref name="min"/> are there.
    /// </summary>
    public static int AfterRun(ReadOnlySpan<char> text, int at, Func<char, bool> accepts, int min = 1, int max = int.MaxValue)
    {
        if (at < 0)
            return -1;
        var end = at;
        while (end < text.Length && end - at < max && accepts(text[end]))
            end++;
        return end - at >= min ? end : -1;
    }

    /// <summary>
    /// A capitalised word: an upper-case letter (<c>\p{Lu}</c>) and then at least <paramref name="minRest"/> characters
    /// that satisfy <paramref name="rest"/> (greedy), as in <c>\p{Lu}[\p{L}'’-]+</c>.
    /// </summary>
    public static int AfterCapitalised(ReadOnlySpan<char> text, int at, Func<char, bool> rest, int minRest = 0) =>
        at >= 0 && at < text.Length && char.IsUpper(text[at]) ? AfterRun(text, at + 1, rest, minRest) : -1;

    /// <summary>
    /// True when <paramref name="text"/> from <paramref name="at"/> to its end is only white space (<c>\s*$</c>, which
    /// also matches before a final line break).
    /// </summary>
    public static bool OnlySpacesLeft(ReadOnlySpan<char> text, int at) => SkipSpaces(text, at) == text.Length;

    // \b also counts the zero-width joiners as word characters, so a joined word is one word.
    private static bool IsBoundaryWordChar(char c) => IsWordChar(c) || c is '\u200C' or '\u200D';

    // --- added by rx2

    /// <summary><c>\s+</c> after a read that may have failed: -1 when <paramref name="at"/> is -1, else as <see cref="AfterSpaces"/>.</summary>
    public static int ThenSpaces(ReadOnlySpan<char> text, int at) => at < 0 ? -1 : AfterSpaces(text, at);

    /// <summary>
    /// Capitalised words parted by white space, as <c>\p{Lu}[…]+(?:\s+\p{Lu}[…]+)*</c> with <paramref name="rest"/>
    /// for <c>[…]</c>: reads up to <c>ends.Length</c> words from <paramref name="at"/>, greedily, and puts the end of the
    /// first, the second, … word into <paramref name="ends"/>; returns how many words it read. A regular expression
    /// that needs fewer words gives the last ones back, so a reader tries the counts it allows from the most.
    /// </summary>
    public static int CapitalisedWords(ReadOnlySpan<char> text, int at, Func<char, bool> rest, Span<int> ends)
    {
        var count = 0;
        for (var end = AfterCapitalised(text, at, rest, 1); end >= 0; end = AfterCapitalised(text, ThenSpaces(text, end), rest, 1))
        {
            ends[count++] = end;
            if (count == ends.Length)
                break;
        }

        return count;
    }
}
