using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Time;

/// <summary>One non-empty line of a document with its tokens, date/time mentions, sentences and cue words.</summary>
internal sealed class DocumentLine
{
    /// <summary>How many cue words of a sentence are kept for explanations.</summary>
    private const int MaxCueWordsPerSentence = 8;

    private readonly DocumentLanguage _language;
    private readonly string? _show;
    private string? _title;
    private CueTables? _cues;
    private int? _visibleAfterLabel;
    private bool[]? _lent;

    private DocumentLine(int index, int number, string text, TimeToken[] tokens, List<TimeMention> mentions, DocumentLanguage language, string? show)
    {
        Index = index;
        Number = number;
        Text = text;
        Tokens = tokens;
        Mentions = mentions;
        _language = language;
        _show = show;
    }

    /// <summary>Position among the non-empty lines; 0 is the headline.</summary>
    public int Index { get; }

    /// <summary>1-based line number in the file.</summary>
    public int Number { get; }

    public string Text { get; }

    public TimeToken[] Tokens { get; }

    public List<TimeMention> Mentions { get; }

    /// <summary>The cue of each token (<see cref="CueKind.None"/> for most).</summary>
    public CueKind[] TokenCues => Cues.TokenCues;

    /// <summary>The sentence each token belongs to.</summary>
    public int[] TokenSentence => Cues.TokenSentence;

    /// <summary>All cues of each sentence.</summary>
    public CueKind[] SentenceCues => Cues.SentenceCues;

    /// <summary>The first few cue-word tokens of each sentence.</summary>
    private List<int>[] SentenceCueTokens => Cues.SentenceCueTokens;

    /// <summary>For each token position, the last repeat word ("Wiederholung") before it in its sentence, or -1.</summary>
    public int[] PreviousRepeat => Cues.PreviousRepeat;

    /// <summary>For each token position, the first repeat word at or after it in its sentence, or -1.</summary>
    public int[] NextRepeat => Cues.NextRepeat;

    /// <summary>
    /// For each token position, the first clause break at or after it (",", ";", dash, bracket, "|", "•", or "statt",
    /// which opens the replaced slot), or the token count.
    /// </summary>
    public int[] NextClauseBreak => Cues.NextClauseBreak;

    /// <summary>
    /// The cue tables, read when first asked for: most lines hold no date or time, and only a programme's lines
    /// between its slots are asked for their cues then, so most lines are never split into sentences.
    /// </summary>
    private CueTables Cues => _cues ??= ReadCues();

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
        return new DocumentLine(index, number, text, tokens, mentions, language, show) { LabelEnd = LabelEndOf(text, tokens) };
    }

    /// <summary>
    /// As <see cref="Analyse(int, int, string, DocumentLanguage, string?)"/>; a sentence that names <paramref name="title"/>,
    /// the stream title of the closing title line ("we'll host „Who Owns the Coast?“ online"), speaks of the broadcast too.
    /// </summary>
    public static DocumentLine Analyse(int index, int number, string text, DocumentLanguage language, string? show, string? title)
    {
        var line = Analyse(index, number, text, language, show);
        line._title = title;
        return line;
    }

    private CueTables ReadCues()
    {
        var spans = SentenceSplitter.Split(Text, _language);
        var cues = new CueTables(Tokens.Length, Math.Max(1, spans.Count));
        ReadCues(cues, spans);
        _lent = StreamedEventSentence.Lend(Text, spans, cues.TokenSentence, cues.SentenceCues, Mentions);
        if (_show is not null || _title is not null)
        {
            for (var s = 0; s < spans.Count; s++)
            {
                var sentence = Text.AsSpan(spans[s].Start, spans[s].Length);
                if (_show is not null && sentence.Contains(_show, StringComparison.OrdinalIgnoreCase)
                    || _title is not null && sentence.Contains(_title, StringComparison.Ordinal))
                    cues.SentenceCues[s] |= CueKind.Show;
            }
        }

        return cues;
    }

    private void ReadCues(CueTables cues, IReadOnlyList<SentenceSpan> spans)
    {
        for (var s = 0; s < cues.SentenceCueTokens.Length; s++)
            cues.SentenceCueTokens[s] = [];
        var sentence = 0;
        ReadOnlySpan<char> previous = [];
        for (var t = 0; t < Tokens.Length; t++)
        {
            while (sentence + 1 < spans.Count && Tokens[t].Start >= spans[sentence + 1].Start)
                sentence++;
            cues.TokenSentence[t] = sentence;
            if (!Tokens[t].IsWord)
                continue;
            var word = Text.AsSpan(Tokens[t].Start, Tokens[t].Length);
            var cue = BroadcastCues.Of(previous, word);
            cue = cue == CueKind.None ? ContextualCue(t, word) : cue;
            cues.TokenCues[t] = cue;
            cues.SentenceCues[sentence] |= cue;
            if (cue != CueKind.None && cues.SentenceCueTokens[sentence].Count < MaxCueWordsPerSentence)
                cues.SentenceCueTokens[sentence].Add(t);
            previous = word;
        }

        var last = -1;
        for (var t = 0; t <= Tokens.Length; t++)
        {
            if (t > 0 && t < Tokens.Length && cues.TokenSentence[t] != cues.TokenSentence[t - 1])
                last = -1;
            cues.PreviousRepeat[t] = last;
            if (t < Tokens.Length && cues.TokenCues[t].HasFlag(CueKind.Repeat))
                last = t;
        }

        var next = -1;
        var clause = Tokens.Length;
        for (var t = Tokens.Length; t >= 0; t--)
        {
            if (t < Tokens.Length)
            {
                if (t + 1 < Tokens.Length && cues.TokenSentence[t] != cues.TokenSentence[t + 1])
                    next = -1;
                if (cues.TokenCues[t].HasFlag(CueKind.Repeat))
                    next = t;
                if ((Tokens[t].Kind == TimeTokenKind.Symbol && Text[Tokens[t].Start] is ',' or ';' or '–' or '—' or '(' or ')' or '|' or '•')
                    || cues.TokenCues[t].HasFlag(CueKind.Replaced))
                    clause = t;
            }

            cues.NextRepeat[t] = next;
            cues.NextClauseBreak[t] = clause;
        }
    }

    /// <summary>
    /// Cues that depend on the next token: "Stand:" dates the page; "Check-in" is admission; "statt" before "am", "um",
    /// "wie" or a number replaces a slot ("statt am Donnerstag"), while "findet … statt" is just "takes place"; so does
    /// "instead of", while "will instead air at" names the new slot.
    /// </summary>
    private CueKind ContextualCue(int t, ReadOnlySpan<char> word)
    {
        if (IsChannelAfterPreposition(t, word))
            return CueKind.Broadcast;
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

    /// <summary>
    /// "im ZDF", "on BBC One", "auf YouTube", "via Zoom": a channel or platform by its shape, not by its name — an
    /// abbreviation in capitals (not the first part of a compound such as "EU-Parlament") or a word with a capital
    /// inside after "im", "on", "auf" or "bei"; any capitalised word after "via".
    /// </summary>
    private bool IsChannelAfterPreposition(int t, ReadOnlySpan<char> word)
    {
        if (t == 0 || !Tokens[t - 1].IsWord || !char.IsUpper(word[0]))
            return false;
        var before = Text.AsSpan(Tokens[t - 1].Start, Tokens[t - 1].Length);
        if (before.Equals("via", StringComparison.OrdinalIgnoreCase))
            return true;
        if (!(before.SequenceEqual("im") || before.SequenceEqual("on") || before.SequenceEqual("auf") || before.SequenceEqual("bei")))
            return false;
        var compound = t + 1 < Tokens.Length && !Tokens[t + 1].SpaceBefore && Text[Tokens[t + 1].Start] == '-';
        return !compound && ChannelShape.IsChannelLike(word);
    }

    /// <summary>The cues of the sentences <paramref name="mention"/> touches.</summary>
    public CueKind CuesAround(TimeMention mention)
    {
        var kinds = CueKind.None;
        for (var s = TokenSentence[mention.FirstToken]; s <= TokenSentence[mention.EndToken - 1]; s++)
            kinds |= SentenceCues[s];
        return kinds;
    }

    /// <summary>Whether the sentence of <paramref name="mention"/> has its broadcast cue from a streamed-event sentence beside it.</summary>
    public bool BroadcastLent(TimeMention mention)
    {
        var sentence = TokenSentence[mention.FirstToken]; // reads the cues, and with them the lent sentences
        return _lent is { } lent && lent[sentence];
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

            if (text[tokens[t].Start] is not (':' or '?'))
                return -1; // "Wann: …" and the question form of the same label, "Wann? Mittwoch, …", "When? Tuesday …"
            return t > 0 && tokens[t - 1].IsWord && BroadcastCues.IsLabel(text.AsSpan(tokens[t - 1].Start, tokens[t - 1].Length)) ? t + 1 : -1;
        }

        return -1;
    }

    private sealed record CueTables(
        CueKind[] TokenCues, int[] TokenSentence, CueKind[] SentenceCues, List<int>[] SentenceCueTokens, int[] PreviousRepeat, int[] NextRepeat,
        int[] NextClauseBreak)
    {
        public CueTables(int tokens, int sentences)
            : this(new CueKind[tokens], new int[tokens], new CueKind[sentences], new List<int>[sentences], new int[tokens + 1], new int[tokens + 1], new int[tokens + 1])
        {
        }
    }
}
