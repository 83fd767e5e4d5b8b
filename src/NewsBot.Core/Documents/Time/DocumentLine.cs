using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Time;

/// <summary>One non-empty line of a document with its tokens, date/time mentions, sentences and cue words.</summary>
internal sealed class DocumentLine
{
    /// <summary>How many cue words of a sentence are kept for explanations.</summary>
    private const int MaxCueWordsPerSentence = 8;

    private int? _visibleAfterLabel;

    private DocumentLine(int index, int number, string text, TimeToken[] tokens, List<TimeMention> mentions, int sentences)
    {
        Index = index;
        Number = number;
        Text = text;
        Tokens = tokens;
        Mentions = mentions;
        TokenCues = new CueKind[tokens.Length];
        TokenSentence = new int[tokens.Length];
        SentenceCues = new CueKind[sentences];
        SentenceCueTokens = new List<int>[sentences];
        PreviousRepeat = new int[tokens.Length + 1];
        NextRepeat = new int[tokens.Length + 1];
        NextClauseBreak = new int[tokens.Length + 1];
    }

    /// <summary>Position among the non-empty lines; 0 is the headline.</summary>
    public int Index { get; }

    /// <summary>1-based line number in the file.</summary>
    public int Number { get; }

    public string Text { get; }

    public TimeToken[] Tokens { get; }

    public List<TimeMention> Mentions { get; }

    /// <summary>The cue of each token (<see cref="CueKind.None"/> for most).</summary>
    public CueKind[] TokenCues { get; }

    /// <summary>The sentence each token belongs to.</summary>
    public int[] TokenSentence { get; }

    /// <summary>All cues of each sentence.</summary>
    public CueKind[] SentenceCues { get; }

    /// <summary>The first few cue-word tokens of each sentence.</summary>
    private List<int>[] SentenceCueTokens { get; }

    /// <summary>For each token position, the last repeat word ("Wiederholung") before it in its sentence, or -1.</summary>
    public int[] PreviousRepeat { get; }

    /// <summary>For each token position, the first repeat word at or after it in its sentence, or -1.</summary>
    public int[] NextRepeat { get; }

    /// <summary>
    /// For each token position, the first clause break at or after it (",", ";", dash, bracket, "|", "•", or "statt",
    /// which opens the replaced slot), or the token count.
    /// </summary>
    public int[] NextClauseBreak { get; }

    /// <summary>Index of the first token after a leading label such as "Wann:" or "Date:"; -1 when the line has none.</summary>
    public int LabelEnd { get; private set; }

    /// <param name="index">Position among the non-empty lines; 0 is the headline.</param>
    /// <param name="number">1-based line number in the file.</param>
    /// <param name="text">The line, trimmed.</param>
    /// <param name="language">The document's language.</param>
    /// <param name="show">The show of the closing title line; sentences naming it speak of the broadcast.</param>
    public static DocumentLine Analyse(int index, int number, string text, DocumentLanguage language, string? show)
    {
        var tokens = TimeTokenizer.Tokenize(text);
        var mentions = TimeExpressionScanner.Scan(text, tokens, language == DocumentLanguage.English);
        var spans = SentenceSplitter.Split(text, language);
        var line = new DocumentLine(index, number, text, tokens, mentions, Math.Max(1, spans.Count));
        line.ReadCues(spans);
        if (show is not null)
        {
            for (var s = 0; s < spans.Count; s++)
            {
                if (text.AsSpan(spans[s].Start, spans[s].Length).Contains(show, StringComparison.OrdinalIgnoreCase))
                    line.SentenceCues[s] |= CueKind.Show;
            }
        }

        line.LabelEnd = LabelEndOf(text, tokens);
        return line;
    }

    private void ReadCues(IReadOnlyList<SentenceSpan> spans)
    {
        for (var s = 0; s < SentenceCueTokens.Length; s++)
            SentenceCueTokens[s] = [];
        var sentence = 0;
        ReadOnlySpan<char> previous = [];
        for (var t = 0; t < Tokens.Length; t++)
        {
            while (sentence + 1 < spans.Count && Tokens[t].Start >= spans[sentence + 1].Start)
                sentence++;
            TokenSentence[t] = sentence;
            if (!Tokens[t].IsWord)
                continue;
            var word = Text.AsSpan(Tokens[t].Start, Tokens[t].Length);
            var cue = BroadcastCues.Of(previous, word);
            cue = cue == CueKind.None ? ContextualCue(t, word) : cue;
            TokenCues[t] = cue;
            SentenceCues[sentence] |= cue;
            if (cue != CueKind.None && SentenceCueTokens[sentence].Count < MaxCueWordsPerSentence)
                SentenceCueTokens[sentence].Add(t);
            previous = word;
        }

        var last = -1;
        for (var t = 0; t <= Tokens.Length; t++)
        {
            if (t > 0 && t < Tokens.Length && TokenSentence[t] != TokenSentence[t - 1])
                last = -1;
            PreviousRepeat[t] = last;
            if (t < Tokens.Length && TokenCues[t].HasFlag(CueKind.Repeat))
                last = t;
        }

        var next = -1;
        var clause = Tokens.Length;
        for (var t = Tokens.Length; t >= 0; t--)
        {
            if (t < Tokens.Length)
            {
                if (t + 1 < Tokens.Length && TokenSentence[t] != TokenSentence[t + 1])
                    next = -1;
                if (TokenCues[t].HasFlag(CueKind.Repeat))
                    next = t;
                if ((Tokens[t].Kind == TimeTokenKind.Symbol && Text[Tokens[t].Start] is ',' or ';' or '–' or '—' or '(' or ')' or '|' or '•')
                    || TokenCues[t].HasFlag(CueKind.Replaced))
                    clause = t;
            }

            NextRepeat[t] = next;
            NextClauseBreak[t] = clause;
        }
    }

    /// <summary>
    /// Cues that depend on the next token: "Stand:" dates the page; "Check-in" is admission; "statt" before "am", "um",
    /// "wie" or a number replaces a slot ("statt am Donnerstag"), while "findet … statt" is just "takes place"; so does
    /// "instead of", while "will instead air at" names the new slot.
    /// </summary>
    private CueKind ContextualCue(int t, ReadOnlySpan<char> word)
    {
        if (t + 1 >= Tokens.Length)
            return CueKind.None;
        var next = Tokens[t + 1];
        if (word.SequenceEqual("Stand") && Text[next.Start] == ':')
            return CueKind.Publication;
        if (word.Equals("check", StringComparison.OrdinalIgnoreCase) && Text[next.Start] == '-' && t + 2 < Tokens.Length
            && Text.AsSpan(Tokens[t + 2].Start, Tokens[t + 2].Length).Equals("in", StringComparison.OrdinalIgnoreCase))
            return CueKind.Admission;
        var following = Text.AsSpan(next.Start, next.Length);
        if (word.Equals("instead", StringComparison.OrdinalIgnoreCase))
            return following.SequenceEqual("of") ? CueKind.Replaced : CueKind.None;
        if (!word.Equals("statt", StringComparison.OrdinalIgnoreCase))
            return CueKind.None;
        return next.IsNumber || following.SequenceEqual("am") || following.SequenceEqual("um") || following.SequenceEqual("wie")
            || following.SequenceEqual("ab") || following.SequenceEqual("des") || following.SequenceEqual("der")
            ? CueKind.Replaced
            : CueKind.None;
    }

    /// <summary>The cues of the sentences <paramref name="mention"/> touches.</summary>
    public CueKind CuesAround(TimeMention mention)
    {
        var kinds = CueKind.None;
        for (var s = TokenSentence[mention.FirstToken]; s <= TokenSentence[mention.EndToken - 1]; s++)
            kinds |= SentenceCues[s];
        return kinds;
    }

    /// <summary>The cue words of the sentences <paramref name="mention"/> touches, at most a few, for explanations.</summary>
    public IEnumerable<string> CueWordsAround(TimeMention mention, CueKind kinds)
    {
        var found = 0;
        for (var s = TokenSentence[mention.FirstToken]; s <= TokenSentence[mention.EndToken - 1] && found < 4; s++)
        {
            foreach (var t in SentenceCueTokens[s])
            {
                if ((TokenCues[t] & kinds) != 0 && found++ < 4)
                    yield return Text.Substring(Tokens[t].Start, Tokens[t].Length);
            }
        }
    }

    /// <summary>Whether the mention is (nearly) all the line says, leaving aside a leading label.</summary>
    public bool IsCoveredBy(TimeMention mention)
    {
        const int MaxRest = 16;
        _visibleAfterLabel ??= CountVisible(LabelEnd > 0 ? Tokens[LabelEnd - 1].End : 0, Text.Length);
        var mentionStart = Math.Max(mention.Start, LabelEnd > 0 ? Tokens[LabelEnd - 1].End : 0);
        return _visibleAfterLabel.Value - CountVisible(mentionStart, mention.End) <= MaxRest;
    }

    private int CountVisible(int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(Text[i]))
                count++;
        }

        return count;
    }

    /// <summary>"Wann: …", "Nächster Termin: …", "Date: …": at most three words, the last a label word, then a colon.</summary>
    private static int LabelEndOf(string text, TimeToken[] tokens)
    {
        var words = 0;
        for (var t = 0; t < tokens.Length && t < 6; t++)
        {
            if (tokens[t].IsWord)
            {
                words++;
                if (words > 3)
                    return -1;
                continue;
            }

            if (text[tokens[t].Start] != ':')
                return -1;
            return t > 0 && tokens[t - 1].IsWord && BroadcastCues.IsLabel(text.AsSpan(tokens[t - 1].Start, tokens[t - 1].Length)) ? t + 1 : -1;
        }

        return -1;
    }
}
