using NewsBot.Core.Text;

namespace NewsBot.Core.Documents;

/// <summary>One non-empty line of a document's body, with its sentences and which of them were used up.</summary>
internal sealed class Block(string text, int line, DocumentLanguage language)
{
    private string[]? _sentences;
    private bool[]? _removed;
    private bool _allRemoved;

    public string Text { get; } = text;

    public int Line { get; } = line;

    /// <summary>The line's sentences; a segment, so that a foreach over them (every reader walks every line's) needs no enumerator object.</summary>
    public ArraySegment<string> Sentences => _sentences ??= Split(Text, language);

    public bool IsRemoved => _allRemoved || (_removed is not null && Array.TrueForAll(_removed, r => r));

    public bool IsSentenceRemoved(int index) => _allRemoved || (_removed is not null && _removed[index]);

    public void Remove(int sentence)
    {
        _removed ??= new bool[Sentences.Count];
        _removed[sentence] = true;
    }

    public void RemoveAll() => _allRemoved = true;

    public (int Questions, int Total) QuestionCount()
    {
        int questions = 0, total = 0;
        for (var s = 0; s < Sentences.Count; s++)
        {
            if (IsSentenceRemoved(s))
                continue;
            total++;
            if (IsQuestion(Sentences[s]))
                questions++;
        }

        return (questions, total);
    }

    /// <summary>Whether the line has sentences and all of them are questions.</summary>
    public bool IsAllQuestions()
    {
        foreach (var sentence in Sentences)
        {
            if (!IsQuestion(sentence))
                return false;
        }

        return Sentences.Count > 0;
    }

    public static bool IsQuestion(string sentence) =>
        sentence.EndsWith('?') && sentence[0] is not ('„' or '"' or '“' or '»' or '«' or '‚');

    private static string[] Split(string text, DocumentLanguage language)
    {
        var spans = SentenceSplitter.Split(text, language);
        var sentences = new string[spans.Count];
        for (var i = 0; i < sentences.Length; i++)
            sentences[i] = spans[i].Of(text);
        return sentences;
    }

    /// <summary>What is left of the line for the news paragraphs: as written when untouched, else the remaining sentences.</summary>
    public string? Remaining()
    {
        if (_allRemoved)
            return null;
        if (_removed is null)
            return Text;
        var rest = Sentences.Where((_, i) => !_removed[i]).ToArray();
        return rest.Length == 0 ? null : string.Join(' ', rest);
    }
}
