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

    /// <summary><c>[\p{L}-]</c>: a letter or a hyphen, the characters of a hyphenated word.</summary>
    public static bool IsLetterOrHyphen(char c) => char.IsLetter(c) || c == '-';

    /// <summary><c>[\p{L}'’-]</c>: the characters of a name word ("O'Neil", "Meyer-Kolb").</summary>
    public static bool IsNameLetter(char c) => IsLetterOrHyphen(c) || c is '\'' or '’';

    /// <summary><c>[\p{L}'’.-]</c>: the characters of a name word or an initial ("B.").</summary>
    public static bool IsNameLetterOrDot(char c) => IsNameLetter(c) || c == '.';

    /// <summary><c>[,;:?!]</c>: a mark that ends a clause.</summary>
    public static bool IsClauseMark(char c) => c is ',' or ';' or ':' or '?' or '!';

    /// <summary><c>\s*</c>: the index after the white space at <paramref name="at"/> (itself when there is none); -1 stays -1.</summary>
    public static int SkipSpaces(ReadOnlySpan<char> text, int at)
    {
        while (at >= 0 && at < text.Length && char.IsWhiteSpace(text[at]))
            at++;
        return at;
    }

    /// <summary>
    /// <c>\s+</c>: the index after the white space at <paramref name="at"/>, or -1 when there is none; -1 stays -1, so a
    /// chain of reads needs no check between them.
    /// </summary>
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

    /// <summary><c>$</c>: the end of <paramref name="text"/>, or just before a line break that ends it.</summary>
    public static bool IsEnd(ReadOnlySpan<char> text, int at) => at == text.Length || (at == text.Length - 1 && text[at] == '\n');

    /// <summary>Reads a phrase at <c>at</c> and returns the index after it, or -1: the tail of a phrase pattern.</summary>
    public delegate int Reader(ReadOnlySpan<char> text, int at);

    /// <summary><c>\s+</c> then the first of <paramref name="phrases"/> (ending at <c>\b</c> with <paramref name="whole"/>); -1 stays -1.</summary>
    public static int AfterSpacesThen(ReadOnlySpan<char> text, int at, PhraseSet phrases, bool whole = false)
    {
        if (at < 0 || (at = AfterSpaces(text, at)) < 0)
            return -1;
        return whole ? phrases.AfterWhole(text, at) : phrases.After(text, at);
    }

    /// <summary>
    /// As <c>(?&lt;run&gt;[…]{min,max}?),?\s+tail</c> at <paramref name="at"/>: the shortest run of accepted characters
    /// after which (an optional comma with <paramref name="optionalComma"/>,) white space and <paramref name="tail"/>
    /// follow; (end of the run, end of the tail) or (-1, -1). The tail does not start with white space, so every run
    /// end within one stretch of white space leads to the same tail, which is read once per stretch.
    /// </summary>
    public static (int RunEnd, int TailEnd) ShortestRunBeforeSpaces(
        ReadOnlySpan<char> text, int at, Func<char, bool> accepts, int min, int max, Reader tail, bool optionalComma = false)
    {
        ArgumentNullException.ThrowIfNull(tail);
        var last = AfterRun(text, at, accepts, min, max);
        for (var end = at + min; last >= 0 && end <= last && end < text.Length; end++)
        {
            var spaces = end;
            if (optionalComma && text[end] == ',' && end + 1 < text.Length && char.IsWhiteSpace(text[end + 1]))
                spaces = end + 1;
            else if (!char.IsWhiteSpace(text[end]))
                continue;
            var next = SkipSpaces(text, spaces);
            var tailEnd = tail(text, next);
            if (tailEnd >= 0)
                return (end, tailEnd);
            end = next - 1; // a later end in these spaces leads to the same tail
        }

        return (-1, -1);
    }

    /// <summary>
    /// As <c>\s+(?&lt;run&gt;[^?!]+)</c> at <paramref name="at"/>: white space, then the run up to a question or
    /// exclamation mark or the end; when neither space nor mark leaves a character for the run, the last of two or more
    /// spaces is given back to it. (start, end) of the run or (-1, -1).
    /// </summary>
    public static (int Start, int End) SpacesThenUnmarked(ReadOnlySpan<char> text, int at)
    {
        var spaced = at < 0 ? -1 : AfterSpaces(text, at);
        if (spaced < 0)
            return (-1, -1);
        var start = spaced < text.Length && !IsMark(text[spaced]) ? spaced : spaced - at >= 2 ? spaced - 1 : -1;
        if (start < 0)
            return (-1, -1);
        var mark = text[(start + 1)..].IndexOfAny('?', '!');
        return (start, mark < 0 ? text.Length : start + 1 + mark);
    }

    /// <summary>As <c>\s+(?&lt;rest&gt;[^?!]+)$</c> at <paramref name="at"/>: the start of the rest, which runs to the end, or -1.</summary>
    public static int RestToEnd(ReadOnlySpan<char> text, int at) =>
        SpacesThenUnmarked(text, at) is var (start, end) && end == text.Length ? start : -1;

    /// <summary><c>[^?!]</c>: not a question or exclamation mark.</summary>
    public static bool IsUnmarked(char c) => !IsMark(c);

    private static bool IsMark(char c) => c is '?' or '!';

    /// <summary>
    /// <c>.{min,max}$</c> from <paramref name="at"/>: the end of the text (before a final line break, as <c>$</c> has it) when
    /// the characters up to it are between <paramref name="min"/> and <paramref name="max"/> and hold no line break; -1 otherwise.
    /// </summary>
    public static int AfterRestOfLine(ReadOnlySpan<char> text, int at, int min, int max = int.MaxValue)
    {
        if (at < 0 || at > text.Length)
            return -1;
        var end = text.Length > 0 && text[^1] == '\n' ? text.Length - 1 : text.Length;
        if (at > end)
            return min == 0 ? at : -1;
        var length = end - at;
        return length >= min && length <= max && !text[at..end].Contains('\n') ? end : -1;
    }

    /// <summary>
    /// Capitalised words parted by white space, as <c>\p{Lu}[…]+(?:\s+\p{Lu}[…]+)*</c> with <paramref name="rest"/>
    /// for <c>[…]</c>: reads up to <c>ends.Length</c> words from <paramref name="at"/>, greedily, and puts the end of the
    /// first, the second, … word into <paramref name="ends"/>; returns how many words it read. A regular expression
    /// that needs fewer words gives the last ones back, so a reader tries the counts it allows from the most.
    /// </summary>
    public static int CapitalisedWords(ReadOnlySpan<char> text, int at, Func<char, bool> rest, Span<int> ends)
    {
        var count = 0;
        for (var end = AfterCapitalised(text, at, rest, 1); end >= 0; end = AfterCapitalised(text, AfterSpaces(text, end), rest, 1))
        {
            ends[count++] = end;
            if (count == ends.Length)
                break;
        }

        return count;
    }
}
