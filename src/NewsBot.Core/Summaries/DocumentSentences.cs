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
        var text = TextOf(index);
        for (var j = 0; j < index; j++)
        {
            if (Length(j) == text.Length && TextOf(j).SequenceEqual(text))
            {
                return true;
            }
        }

        return false;
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
