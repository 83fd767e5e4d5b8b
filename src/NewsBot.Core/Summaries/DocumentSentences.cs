using NewsBot.Core.Documents;
using NewsBot.Core.Text;

namespace NewsBot.Core.Summaries;

/// <summary>The sentences of a discussion's news paragraphs, in document order, with what the summarizers need to know.</summary>
internal sealed class DocumentSentences
{
    /// <summary>Shorter segments ("Foto: dpa", "Punkt.") are shown but never chosen (summarization.md §4.3 rule 13).</summary>
    private const int MinWords = 3;
    private const int MinCharacters = 15;

    private readonly List<(int Paragraph, SentenceSpan Span)> _sentences = [];
    private readonly IReadOnlyList<string> _paragraphs;
    private bool[]? _repeats;

    public DocumentSentences(Discussion discussion)
    {
        ArgumentNullException.ThrowIfNull(discussion);
        _paragraphs = discussion.Paragraphs;
        var spans = new List<SentenceSpan>();
        for (var p = 0; p < _paragraphs.Count; p++)
        {
            spans.Clear();
            SentenceSplitter.Split(_paragraphs[p], discussion.Language, spans);
            foreach (var span in spans)
            {
                _sentences.Add((p, span));
            }
        }
    }

    public int Count => _sentences.Count;

    public int Length(int index) => _sentences[index].Span.Length;

    public ReadOnlySpan<char> TextOf(int index)
    {
        var (paragraph, span) = _sentences[index];
        return _paragraphs[paragraph].AsSpan(span.Start, span.Length);
    }

    public string StringOf(int index)
    {
        var (paragraph, span) = _sentences[index];
        return span.Of(_paragraphs[paragraph]);
    }

    /// <summary>Long enough to stand alone in a summary.</summary>
    public bool IsCandidate(int index)
    {
        var text = TextOf(index);
        return text.Length >= MinCharacters && WordCount(text) >= MinWords;
    }

    /// <summary>Same text as an earlier sentence (a repeated paragraph or teaser).</summary>
    public bool RepeatsEarlier(int index)
    {
        _repeats ??= FindRepeats();
        return _repeats[index];
    }

    /// <summary>
    /// Which sentences repeat an earlier one, in one pass: sentences are grouped by the hash of their text (randomised per
    /// process, so a page cannot make them collide) and compared only within a group, so a page of thousands of
    /// sentences stays linear, where comparing each with every earlier one grew with the square of their number.
    /// </summary>
    private bool[] FindRepeats()
    {
        var repeats = new bool[Count];
        var firstOfHash = new Dictionary<int, int>(Count);
        var nextOfHash = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            var text = TextOf(i);
            var hash = string.GetHashCode(text);
            nextOfHash[i] = -1;
            if (!firstOfHash.TryGetValue(hash, out var j))
            {
                firstOfHash[hash] = i;
                continue;
            }

            for (; ; j = nextOfHash[j])
            {
                if (TextOf(j).SequenceEqual(text))
                {
                    repeats[i] = true;
                    break;
                }

                if (nextOfHash[j] < 0)
                {
                    nextOfHash[j] = i; // a new text of this hash joins the group's chain
                    break;
                }
            }
        }

        return repeats;
    }

    private static int WordCount(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            words += isWordChar && !inWord ? 1 : 0;
            inWord = isWordChar || (inWord && !char.IsWhiteSpace(c));
        }

        return words;
    }
}
