using NewsBot.Core.Documents;

namespace NewsBot.Core.Text;

/// <summary>
/// Turns text into index terms (summarization.md §5.1 step 3): runs of letters/digits with internal hyphens or
/// apostrophes; lower-cased (invariant); hyphenated compounds give each part and the joined form
/// ("Putin-Kim-Bündnis" → putin, kim, bundnis, putinkimbundnis); stop words, numbers and one-letter tokens
/// dropped; words stemmed with Snowball German or Snowball English (Porter2).
/// </summary>
internal static class TermTokenizer
{
    private const int MaxWordLength = 64;

    public static void Tokenize(ReadOnlySpan<char> text, DocumentLanguage language, ITermSink sink)
    {
        Span<char> joined = stackalloc char[MaxWordLength];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var joinedLength = 0;
            var parts = 0;
            var overlong = false;
            while (true)
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\u00AD'
                    || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)))
                {
                    i++;
                }

                var part = text[start..i];
                parts++;
                EmitWord(part, language, sink, isCompoundJoin: false);
                foreach (var c in part)
                {
                    if (c != '\u00AD' && !IsApostrophe(c))
                    {
                        if (joinedLength == MaxWordLength)
                        {
                            overlong = true;
                            break;
                        }

                        joined[joinedLength++] = c;
                    }
                }

                if (i + 1 < text.Length && IsHyphen(text[i]) && char.IsLetterOrDigit(text[i + 1]))
                {
                    i++;
                    continue;
                }

                break;
            }

            if (parts > 1 && !overlong)
            {
                EmitWord(joined[..joinedLength], language, sink, isCompoundJoin: true);
            }
        }
    }

    private static void EmitWord(ReadOnlySpan<char> word, DocumentLanguage language, ITermSink sink, bool isCompoundJoin)
    {
        if (word.Length > MaxWordLength)
        {
            return;
        }

        Span<char> lower = stackalloc char[MaxWordLength];
        var length = 0;
        var hasLetter = false;
        foreach (var c in word)
        {
            if (c == '\u00AD')
            {
                continue;
            }

            hasLetter |= char.IsLetter(c);
            lower[length++] = c == '’' ? '\'' : InvariantLower.Of(c);
        }

        var term = lower[..length];
        if (length < 2 || !hasLetter || StopWords.Contains(term, language))
        {
            return;
        }

        Span<char> buffer = stackalloc char[MaxWordLength * 2];
        var stemLength = language == DocumentLanguage.English
            ? PorterEnglishStemmer.Stem(term, buffer)
            : GermanStemmer.Stem(term, buffer);
        sink.Add(buffer[..stemLength], isCompoundJoin);
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
