using NewsBot.Core.Documents;

namespace NewsBot.Core.Text;

/// <summary>
/// Rule-based German/English sentence splitter (summarization.md §4.3). Line breaks always end a sentence;
/// a run of <c>. ! ? …</c> (plus closing quotes/brackets) ends one only when whitespace and then an upper-case
/// letter or digit follow and the word before the period is no abbreviation, initial or ordinal.
/// The text is never rewritten: every span is an exact range of the input.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Brackets longer than this are taken to be unbalanced and no longer protect their terminals.</summary>
    private const int MaxBracketLength = 200;

    /// <summary>The sentences of <paramref name="text"/>, in order, trimmed, never empty.</summary>
    public static IReadOnlyList<SentenceSpan> Split(string text, DocumentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<SentenceSpan>();
        Split(text, language, spans);
        return spans;
    }

    /// <summary>Appends the sentences of <paramref name="text"/> to <paramref name="into"/>.</summary>
    public static void Split(ReadOnlySpan<char> text, DocumentLanguage language, List<SentenceSpan> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var start = 0;
        var bracketDepth = 0;
        var bracketOpenedAt = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                Emit(text, start, i, into);
                bracketDepth = 0;
                start = ++i;
                continue;
            }

            if (c is '(' or '[')
            {
                bracketOpenedAt = bracketDepth++ == 0 ? i : bracketOpenedAt;
            }
            else if (c is ')' or ']')
            {
                bracketDepth = Math.Max(0, bracketDepth - 1);
            }
            else if (IsTerminal(c) && (bracketDepth == 0 || i - bracketOpenedAt > MaxBracketLength))
            {
                var end = BoundaryEnd(text, i, language);
                if (end > 0)
                {
                    Emit(text, start, end, into);
                    start = i = end;
                    continue;
                }
            }

            i++;
        }

        Emit(text, start, text.Length, into);
    }

    /// <summary>If the terminal at <paramref name="at"/> ends a sentence, the index just past it (and its closers); else 0.</summary>
    private static int BoundaryEnd(ReadOnlySpan<char> text, int at, DocumentLanguage language)
    {
        var runEnd = at;
        var onlyOnePeriod = true;
        while (runEnd < text.Length && IsTerminal(text[runEnd]))
        {
            onlyOnePeriod &= runEnd == at && text[runEnd] == '.';
            runEnd++;
        }

        var end = runEnd;
        while (end < text.Length && IsCloser(text[end]))
        {
            end++;
        }

        if (end == text.Length || IsLineBreak(text[end]))
        {
            return end;
        }

        if (!char.IsWhiteSpace(text[end]))
        {
            return 0;
        }

        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next]) && !IsLineBreak(text[next]))
        {
            next++;
        }

        if (next == text.Length || IsLineBreak(text[next]))
        {
            return end;
        }

        while (next < text.Length && IsOpener(text[next]))
        {
            next++;
        }

        if (next == text.Length || !(char.IsUpper(text[next]) || char.IsDigit(text[next])))
        {
            return 0;
        }

        if (!onlyOnePeriod || end != runEnd)
        {
            return end;
        }

        var word = WordBefore(text, at);
        var nextWord = WordAt(text, next);
        return EndsSentenceAfterPeriod(word, nextWord, char.IsDigit(text[next]), language) ? end : 0;
    }

    private static bool EndsSentenceAfterPeriod(ReadOnlySpan<char> word, ReadOnlySpan<char> nextWord, bool nextIsDigit, DocumentLanguage language)
    {
        if (word.IsEmpty)
        {
            return true;
        }

        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            return false; // initials ("J. Un") and parts of "z. B.", "u. a.", "e.g."
        }

        if (SentenceLexicon.IsAbbreviation(word, language, nextIsDigit)
            || (language == DocumentLanguage.German && word.Length > 3 && word.EndsWith("str", StringComparison.Ordinal)))
        {
            return false;
        }

        if (SentenceLexicon.IsSentenceFinalAbbreviation(word, language))
        {
            return SentenceLexicon.IsStarter(nextWord);
        }

        if (language == DocumentLanguage.German && IsOrdinalCandidate(word))
        {
            return !SentenceLexicon.IsMonth(nextWord) && SentenceLexicon.IsStarter(nextWord);
        }

        return true;
    }

    /// <summary>1–3 digits or a short Roman numeral: "2. Weltkrieg", "XIV. Parteitag".</summary>
    private static bool IsOrdinalCandidate(ReadOnlySpan<char> word)
    {
        if (word.Length <= 3 && !word.ContainsAnyExceptInRange('0', '9'))
        {
            return true;
        }

        return word.Length <= 4 && !word.ContainsAnyExcept("IVXLC");
    }

    /// <summary>The letters/digits immediately before <paramref name="at"/> (empty when a quote or bracket precedes).</summary>
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int at)
    {
        var begin = at;
        while (begin > 0 && char.IsLetterOrDigit(text[begin - 1]))
        {
            begin--;
        }

        return text[begin..at];
    }

    private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return text[at..end];
    }

    private static void Emit(ReadOnlySpan<char> text, int start, int end, List<SentenceSpan> into)
    {
        while (start < end && IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && IsBlank(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            into.Add(new SentenceSpan(start, end - start));
        }
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u00AD';

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…' or '‼' or '⁇' or '⁈' or '⁉';

    private static bool IsCloser(char c) => c is '“' or '”' or '"' or '\'' or '’' or '‘' or '«' or '»' or '›' or '‹' or ')' or ']';

    private static bool IsOpener(char c) => c is '„' or '“' or '"' or '\'' or '‚' or '‘' or '»' or '«' or '›' or '‹' or '(' or '[';
}
