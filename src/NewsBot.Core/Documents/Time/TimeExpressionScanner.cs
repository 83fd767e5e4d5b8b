namespace NewsBot.Core.Documents.Time;

/// <summary>
/// Finds date and time expressions in one line: dates ("13. Juni", "15.9.24", "Oct 16th, 2025", "10/27/20"),
/// times ("22.50 Uhr", "2:30 p.m.", "19h30"), ranges ("20.15 bis 21.15 Uhr", "1:00 – 2:15 p.m."), and the two
/// joined ("Freitag, 15. September 2017, ab 19 Uhr"; "Von: 13.01.2020 16:00 Bis: 13.01.2020 19:00").
/// Every rule looks at a bounded number of tokens, so a line is scanned in linear time.
/// </summary>
internal sealed partial class TimeExpressionScanner(string line, TimeToken[] tokens, bool english)
{
    /// <summary>How many joining tokens ("," "um" "at" "•") may stand between a date and its time.</summary>
    private const int MaxConnectors = 3;

    public static List<TimeMention> Scan(string line, bool english) =>
        new TimeExpressionScanner(line, TimeTokenizer.Tokenize(line), english).Scan();

    public static List<TimeMention> Scan(string line, TimeToken[] tokens, bool english) =>
        new TimeExpressionScanner(line, tokens, english).Scan();

    private List<TimeMention> Scan()
    {
        var mentions = new List<TimeMention>();
        if (!MayHoldMoment())
            return mentions;
        var i = 0;
        while (i < tokens.Length)
        {
            if (Moment(i) is { } mention)
            {
                mentions.Add(mention);
                i = mention.EndToken;
            }
            else
            {
                i++;
            }
        }

        return mentions;
    }

    /// <summary>
    /// Every date and every time has a number, or is "noon" or "midday" (<see cref="Clock"/>): a line without any is not
    /// scanned token by token (most lines of a long guest list or of prose).
    /// </summary>
    private bool MayHoldMoment()
    {
        foreach (var token in tokens)
        {
            if (token.IsNumber)
                return true;
            if (token.IsWord && line.AsSpan(token.Start, token.Length) is "noon" or "midday")
                return true;
        }

        return false;
    }

    private TimeMention? Moment(int i)
    {
        int end;
        AnnouncedDate? date = null;
        DayOfWeek? weekday = null;
        TimeRange? time;
        if (Date(i) is { } dateParse)
        {
            (date, weekday) = (dateParse.Date, dateParse.Weekday);
            var (afterConnectors, prefixed) = SkipConnectors(dateParse.Next, toTime: true);
            time = Range(afterConnectors, prefixed);
            if (time is null && date is null)
                return null;
            end = time?.Next ?? dateParse.Next;
        }
        else
        {
            time = Range(i, IsPrefix(i - 1));
            if (time is null)
                return null;
            end = time.Value.Next;
            var (afterConnectors, _) = SkipConnectors(end, toTime: false);
            if (Date(afterConnectors) is { } after)
            {
                (date, weekday) = (after.Date, after.Weekday);
                end = after.Next;
            }
        }

        var from = time?.From;
        var to = time?.To;
        var zone = time?.Zone;
        if (RangeEnd(end, date is not null, from is not null, to is not null) is { } rangeEnd)
        {
            end = rangeEnd.Next;
            if (rangeEnd.To is not null)
                (to, zone) = (rangeEnd.To, zone ?? rangeEnd.Zone);
        }

        return new TimeMention(i, end, tokens[i].Start, tokens[end - 1].End, date, weekday, from, to, zone, RelativeBefore(i));
    }

    /// <summary>"… Bis: 13.01.2020 19:00", "… to 3 p.m.", "13. – 15. Mai": the end of a range after a whole moment.</summary>
    private (int Next, TimeOnly? To, string? Zone)? RangeEnd(int k, bool hasDate, bool hasTime, bool hasTo)
    {
        if (hasTo || (!hasDate && !hasTime))
            return null;
        if (Is(k, ','))
            k++;
        if (!(IsDash(k) || TimeWords.IsRangeWord(Word(k))))
            return null;
        k++;
        if (Is(k, ':'))
            k++;
        var date = Date(k);
        var (afterConnectors, prefixed) = date is null ? (k, true) : SkipConnectors(date.Value.Next, toTime: true);
        var time = Range(afterConnectors, prefixed);
        if (hasTime && time is { To: null } && (date is null || date.Value.Date is not null))
            return (time.Value.Next, time.Value.From, time.Value.Zone);
        if (!hasTime && time is null && date is { Date: not null })
            return (date.Value.Next, null, null);
        return null;
    }

    /// <summary>Skips up to <see cref="MaxConnectors"/> tokens that join a date and a time; says whether a time preposition was among them.</summary>
    private (int Next, bool Prefixed) SkipConnectors(int k, bool toTime)
    {
        var prefixed = false;
        for (var n = 0; n < MaxConnectors && k < tokens.Length; n++)
        {
            var t = tokens[k];
            if (t.Kind == TimeTokenKind.Symbol && line[t.Start] is ',' or '•' or '·' or '|' or '/' or '@' or '(' or ';')
            {
                k++;
                continue;
            }

            if (toTime && IsDash(k) && Clock(k + 1) is not null)
            {
                k++;
                continue;
            }

            var word = Word(k);
            if (toTime && IsPrefix(k))
            {
                prefixed = true;
                k++;
                continue;
            }

            if (!toTime && (word.SequenceEqual("am") || word.SequenceEqual("on") || word.SequenceEqual("den") || word.SequenceEqual("dem")))
            {
                k++;
                continue;
            }

            break;
        }

        return (k, prefixed);
    }

    /// <summary>"um", "ab", "at", "from", …: a word that makes a bare "20h" a time.</summary>
    private bool IsPrefix(int k)
    {
        var word = Word(k);
        return word.Length is >= 2 and <= 6 && (word.Equals("um", StringComparison.OrdinalIgnoreCase)
            || word.Equals("ab", StringComparison.OrdinalIgnoreCase) || word.Equals("gegen", StringComparison.Ordinal)
            || word.Equals("von", StringComparison.OrdinalIgnoreCase) || word.Equals("at", StringComparison.OrdinalIgnoreCase)
            || word.Equals("from", StringComparison.OrdinalIgnoreCase) || word.Equals("around", StringComparison.Ordinal)
            || word.Equals("bis", StringComparison.Ordinal) || word.Equals("until", StringComparison.Ordinal)
            || word.Equals("circa", StringComparison.Ordinal) || word.Equals("ca", StringComparison.Ordinal));
    }

    /// <summary>"heute", "tonight", "morgen" within four tokens before the mention (skipping "am", "um", "Abend", ",").</summary>
    private int? RelativeBefore(int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 4; k--)
        {
            var word = Word(k);
            if (TimeWords.RelativeDay(word) is { } days)
            {
                // "Morgen" capitalised is the morning ("am Morgen") unless it opens the sentence ("Morgen um 20 Uhr").
                var noun = word[0] == 'M' && k > 0 && tokens[k - 1].IsWord;
                return noun || (days == 1 && k > 0 && Word(k - 1).Equals("am", StringComparison.OrdinalIgnoreCase)) ? null : days;
            }

            var skippable = Is(k, ',') || word.Equals("am", StringComparison.OrdinalIgnoreCase) || word.SequenceEqual("um")
                || word.SequenceEqual("ab") || word.SequenceEqual("at") || word.SequenceEqual("Abend")
                || word.SequenceEqual("abend") || word.SequenceEqual("Nachmittag") || word.SequenceEqual("Vormittag");
            if (!skippable)
                return null;
        }

        return null;
    }

    private ReadOnlySpan<char> Word(int k) =>
        k >= 0 && k < tokens.Length && tokens[k].IsWord ? line.AsSpan(tokens[k].Start, tokens[k].Length) : [];

    private bool Is(int k, char symbol) =>
        k >= 0 && k < tokens.Length && tokens[k].Kind == TimeTokenKind.Symbol && line[tokens[k].Start] == symbol;

    private bool IsDash(int k) =>
        k >= 0 && k < tokens.Length && tokens[k].Kind == TimeTokenKind.Symbol && TimeWords.IsRangeDash(line[tokens[k].Start]);

    /// <summary>Token <paramref name="k"/> exists and touches the token before it.</summary>
    private bool Adjacent(int k) => k < tokens.Length && !tokens[k].SpaceBefore;

    private bool AdjacentNumber(int k) => Adjacent(k) && tokens[k].IsNumber;

    private bool AdjacentSymbol(int k, char symbol) => Adjacent(k) && Is(k, symbol);
}
