namespace NewsBot.Core.Documents.Time;

/// <summary>
/// Weighs each date/time of a line: cue words of its sentence, a leading label ("Wann:"), a date line right under the
/// headline, a listing line that is only a date and a time; and leaves out publication dates, repeats, regular slots
/// ("dienstags … 22.50 Uhr") and admission times ("ab 15.30 Uhr Einlass").
/// </summary>
internal static class CandidateRules
{
    private const CueKind Positive = CueKind.Broadcast | CueKind.Event | CueKind.Action | CueKind.Future;

    /// <summary>Only lines this close to the headline count as its date line.</summary>
    private const int TopLines = 3;

    /// <param name="line">The line.</param>
    /// <param name="previous">The line before it, if any (a byline above a date line makes that date the page's).</param>
    public static List<BroadcastCandidate> Of(DocumentLine line, DocumentLine? previous)
    {
        var candidates = new List<BroadcastCandidate>(line.Mentions.Count);
        var repeatCarried = false;
        bool? channelField = null; // read once per line, only when a time asks for it
        var lastSentence = -1;
        for (var m = 0; m < line.Mentions.Count; m++)
        {
            var mention = line.Mentions[m];
            var kinds = line.CuesAround(mention);
            var channel = mention.From is not null && !kinds.HasFlag(CueKind.Broadcast) && (ChannelAfter(line, mention) || ChannelBefore(line, mention) || (channelField ??= ChannelField(line)));
            if (channel)
                kinds |= CueKind.Broadcast;
            var admission = Near(line, mention, CueKind.Admission, before: 4, after: 2);
            var labelled = (line.LabelEnd > 0 && mention.FirstToken >= line.LabelEnd) || LabelsField(line, mention);
            var candidate = new BroadcastCandidate(line, mention)
            {
                Score = BroadcastCues.Weight(kinds),
                From = admission && mention.Date is not null ? null : mention.From,
                To = admission && mention.Date is not null ? null : mention.To,
                FromText = labelled || (kinds & (Positive | CueKind.Show)) != 0,
            };
            if ((kinds & Positive) != 0)
                candidate.Reasons.Add("cues: " + string.Join(", ", line.CueWordsAround(mention, Positive)));
            if (channel)
                candidate.Reasons.Add("a channel beside the time");
            if (line.BroadcastLent(mention))
                candidate.Reasons.Add("the sentence beside it says the event is streamed");
            if (kinds.HasFlag(CueKind.Show))
                candidate.Reasons.Add("names the show");
            if (kinds.HasFlag(CueKind.Past))
                candidate.Reasons.Add("news words: " + string.Join(", ", line.CueWordsAround(mention, CueKind.Past)));
            if (admission && mention.Date is not null)
                candidate.Reasons.Add("its time is left out: admission or registration");

            repeatCarried |= RepeatBefore(line, lastSentence, line.TokenSentence[mention.FirstToken]);
            lastSentence = line.TokenSentence[mention.EndToken - 1];
            var next = m + 1 < line.Mentions.Count ? line.Mentions[m + 1] : null;
            var underByline = previous is not null && IsByline(previous) && line.Index <= TopLines + 1 && line.IsCoveredBy(mention);
            candidate.PageDate = kinds.HasFlag(CueKind.Publication) && PublicationBeside(line, mention) || IsByline(line) || underByline || IsDateline(line, mention);
            candidate.Excluded = candidate.PageDate ? "publication date"
                : repeatCarried || IsRepeat(line, mention, next) ? "a repeat"
                : Near(line, mention, CueKind.Recurrence, before: 5, after: 3) ? "a regular or cancelled slot"
                : Near(line, mention, CueKind.Replaced, before: 5, after: 0) ? "a replaced slot"
                : Near(line, mention, CueKind.Past, before: 3, after: 2) ? "a date of the news"
                : admission && mention.Date is null ? "admission or registration"
                : IsBracketedAlternative(line, mention, m > 0 ? line.Mentions[m - 1] : null) ? "an alternative in brackets to the time before it"
                : null;

            if (labelled)
            {
                candidate.Score += 4;
                candidate.Reasons.Add(LabelsField(line, mention)
                    ? $"field label “{line.Text.Substring(line.Tokens[mention.FirstToken - 2].Start, line.Tokens[mention.FirstToken - 2].Length)}:”"
                    : $"label “{line.Text[..line.Tokens[line.LabelEnd - 1].End]}”");
            }

            if (mention.Date is not null && line.Index is >= 1 and <= TopLines && (line.IsCoveredBy(mention) || OpensFieldRecord(line, mention)))
            {
                candidate.Score += 3;
                candidate.Reasons.Add("date line under the headline");
            }
            else if (mention.Date is not null && candidate.From is not null && line.IsCoveredBy(mention))
            {
                candidate.Score += 3;
                candidate.Reasons.Add("listing line (date and time only)");
            }
            else if (mention.Date is not null && candidate.From is not null && OpensField(line, mention))
            {
                candidate.Score += 3;
                candidate.Reasons.Add("date and time open the line or fill a “|” field");
            }
            else if (mention.Date is null && mention.RelativeDays == 0 && candidate.From is not null && line.Index is >= 1 and <= TopLines && OpensFieldRecord(line, mention, afterComma: true))
            {
                candidate.Score += 3;
                candidate.Reasons.Add("“heute” and a time open a record line under the headline"); // "Heute, 10.05 bis 12.00 Uhr | Anrufen: …"
            }
            else if (mention.Date is null && mention.Weekday is not null && candidate.From is not null && line.IsCoveredBy(mention))
            {
                candidate.Score += 3;
                candidate.Reasons.Add("listing line (weekday and time only)"); // "Mittwoch, 19.15 – 20.00 Uhr" under the show's name
            }
            else if (mention.Date is null && mention.Weekday is not null && candidate.From is not null && mention.FirstToken == 0 && line.Index > 0)
            {
                candidate.Score += 3;
                candidate.Reasons.Add("a weekday and a time open the line"); // "Wednesday, 9:06 a.m. Guest host X talks to:": an episode's slot
            }

            candidates.Add(candidate);
        }

        return JoinDateAndTimeOfOneSentence(candidates);
    }

    /// <summary>
    /// "Wednesday, January 20, 2027" / "10:00 – 11:30 a.m. ET": a line with a time (and no date) right under a line that is
    /// only a date gives that date's time, as a date block of an event page writes them. Not a slot of a programme, whose
    /// first slot under the day's date need not be the discussion's (<see cref="ProgrammeSlots"/> decides there). One pass.
    /// </summary>
    public static List<BroadcastCandidate> TimesUnderDateLines(List<BroadcastCandidate> candidates, IReadOnlyList<DocumentLine> lines, HashSet<BroadcastCandidate> slots)
    {
        var seen = -1;
        for (var k = 0; k < candidates.Count; k++)
        {
            var time = candidates[k];
            var index = time.Line.Index;
            if (index == seen || index == 0 || time.Excluded is not null || time.Date is not null || time.From is null || time.Mention.RelativeDays is not null)
                continue;
            seen = index; // only the first time of a line
            if (slots.Contains(time))
                continue;
            var previous = lines[index - 1];
            if (previous is not { Mentions.Count: 1 } || previous.Mentions[0] is not { Date: not null, From: null } date || !previous.IsCoveredBy(date)
                || time.Line.Mentions.Exists(m => m.Date is not null))
                continue;
            if (time.Weekday is { } written && (date.Weekday ?? date.Date!.Value.DayOfWeek) is { } known && known != written)
                continue;
            candidates[k] = new BroadcastCandidate(time.Line, time.Mention)
            {
                Date = date.Date,
                Weekday = date.Weekday ?? time.Weekday,
                FromText = time.FromText,
                Score = time.Score + 3,
                Reasons = [.. time.Reasons, $"a time line under the date line {previous.Number}"],
            };
        }

        return candidates;
    }

    /// <summary>
    /// "Die Ausgabe vom 15.9. beginnt um 21.45 Uhr": a sentence with exactly one lone date and one lone time gives both
    /// together, unless a weekday written with the time contradicts the date.
    /// </summary>
    private static List<BroadcastCandidate> JoinDateAndTimeOfOneSentence(List<BroadcastCandidate> candidates)
    {
        // a join needs a date and a time: most lines have neither, and pay nothing here (not even the lambdas' closure)
        return candidates.Count < 2 ? candidates : JoinInSentences(candidates);
    }

    private static List<BroadcastCandidate> JoinInSentences(List<BroadcastCandidate> candidates)
    {
        var replaced = new Dictionary<BroadcastCandidate, BroadcastCandidate?>();
        var bySentence = candidates
            .Where(c => c.Excluded is null && c.Line.TokenSentence[c.Mention.FirstToken] == c.Line.TokenSentence[c.Mention.EndToken - 1])
            .GroupBy(c => c.Line.TokenSentence[c.Mention.FirstToken]);
        foreach (var sentence in bySentence)
        {
            var dates = sentence.Where(c => c.Date is not null && c.From is null).Take(2).ToList();
            var times = sentence.Where(c => c.Date is null && c.From is not null).Take(3).ToList();
            if (times.Count == 2 && times[0].To is null && times[1].To is null && times[1].From > times[0].From && BroadcastTimeChooser.AfterEndWord(times[1]))
                times.RemoveAt(1); // "Beginn 18 Uhr · Ende ca. 19.45 Uhr": a start and an end written apart; the end is read later as the end
            if (dates.Count != 1 || times.Count != 1 || sentence.Any(c => c.Date is not null && c.From is not null))
                continue;
            var (date, time) = (dates[0], times[0]);
            if (time.Weekday is { } written
                && ((date.Weekday is { } dateWeekday && dateWeekday != written) || (date.Date!.Value.DayOfWeek is { } real && real != written)))
                continue;
            replaced[date] = new BroadcastCandidate(date.Line, date.Mention)
            {
                FromText = date.FromText || time.FromText,
                JoinedTime = time.Mention,
                Weekday = date.Weekday ?? time.Weekday,
                From = time.From,
                To = time.To,
                Zone = time.Zone,
                Score = Math.Max(date.Score, time.Score),
                Reasons = [.. date.Reasons.Union(time.Reasons), "date and time from one sentence"],
            };
            replaced[time] = null;
        }

        return replaced.Count == 0 ? candidates : [.. candidates.Select(c => replaced.TryGetValue(c, out var r) ? r : c).OfType<BroadcastCandidate>()];
    }

    /// <summary>A repeat word ("Wiederholung verpasst?") in a sentence after the last mention and before this one covers what follows in the line.</summary>
    private static bool RepeatBefore(DocumentLine line, int afterSentence, int beforeSentence)
    {
        for (var s = afterSentence + 1; s < beforeSentence; s++)
        {
            if (line.SentenceCues[s].HasFlag(CueKind.Repeat))
                return true;
        }

        return false;
    }

    /// <summary>
    /// A repeat word in the mention's own sentence: before it, or after it within the same clause — unless another date
    /// follows the word first ("22:10 Uhr | Wiederholung: Di., 21.03.23"), which it then belongs to.
    /// </summary>
    private static bool IsRepeat(DocumentLine line, TimeMention mention, TimeMention? next)
    {
        if (line.PreviousRepeat[mention.FirstToken] >= 0)
            return true;
        var after = mention.EndToken;
        if (after >= line.Tokens.Length || line.TokenSentence[after] != line.TokenSentence[mention.EndToken - 1])
            return false;
        var repeat = line.NextRepeat[after];
        var nextInSentence = next is not null && line.TokenSentence[next.FirstToken] == line.TokenSentence[after];
        return repeat >= 0 && line.NextClauseBreak[after] > repeat && !(nextInSentence && next!.FirstToken > repeat);
    }

    /// <summary>
    /// "Published 7:05 a.m. Jan. 21", "veröffentlicht am 3. Mai", "3. Mai 2027, aktualisiert": a publication word makes a
    /// page date only right beside the date; "Today from 10am: a report published last week …" is about the report.
    /// </summary>
    private static bool PublicationBeside(DocumentLine line, TimeMention mention)
    {
        const int Before = 6, After = 3;
        for (var t = Math.Max(0, mention.FirstToken - Before); t < Math.Min(line.Tokens.Length, mention.EndToken + After); t++)
        {
            if (line.TokenCues[t].HasFlag(CueKind.Publication) && (t < mention.FirstToken || t >= mention.EndToken))
                return true;
        }

        return false;
    }

    /// <summary>
    /// A cue word of <paramref name="kind"/> at most <paramref name="before"/> tokens before the mention or
    /// <paramref name="after"/> after it, within its clause: "dienstags und mittwochs gegen 22.50 Uhr", "(sonst 22.15 Uhr)",
    /// "ab 15.30 Uhr Einlass", "Anmeldung bis 1. Mai".
    /// </summary>
    private static bool Near(DocumentLine line, TimeMention mention, CueKind kind, int before, int after)
    {
        for (var t = Math.Max(0, mention.FirstToken - before); t < Math.Min(line.Tokens.Length, mention.EndToken + after); t++)
        {
            if (!line.TokenCues[t].HasFlag(kind) || (t >= mention.FirstToken && t < mention.EndToken))
                continue;
            var clauseBreak = t < mention.FirstToken
                ? line.NextClauseBreak[t + 1] < mention.FirstToken
                : line.NextClauseBreak[mention.EndToken] < t;
            if (!clauseBreak)
                return true;
        }

        return false;
    }

    /// <summary>
    /// "Wednesday 12 March 2025, 6.30pm to 8pm, Old Theatre", "THU, SEP 18 / 6:00 PM PDT In Person", "… | March 9, 2021 |
    /// 10:00 – 11:30 AM EST | …": a date with its time at the start of a line (after a bullet or list number at most) or
    /// filling a field between " | " separators is the line's own when-line, as on event pages and listings.
    /// </summary>
    /// <summary>"Tuesday, June 15, 2027 | Ronald Reagan Building | …": a date that is the first field of a "|" record.</summary>
    /// <summary>
    /// "22.09.2027 | Podium | …", "Geplant für 26.11.2026, 18:30 · 1.284 Personen warten", "Heute, 10.05 bis 12.00 Uhr | Anrufen: …":
    /// the date opens a record line under the headline, alone or after at most three words (no separator before it), and a
    /// field separator or the line's end closes it.
    /// </summary>
    private static bool OpensFieldRecord(DocumentLine line, TimeMention mention, bool afterComma = false)
    {
        var first = mention.FirstToken;
        if (first == 0)
            return IsSymbol(line, mention.EndToken, '|');
        if (first > 3)
            return false;
        for (var k = 0; k < first; k++)
        {
            if (!line.Tokens[k].IsWord && !(afterComma && IsSymbol(line, k, ',')))
                return false;
        }

        return mention.EndToken >= line.Tokens.Length || Array.Exists(FieldSeparators, separator => IsSymbol(line, mention.EndToken, separator));
    }

    /// <summary>
    /// "Art: Podium | Datum: 22.09.2027 | Uhrzeit: 17:30 Uhr": a label word and a colon right before the mention, opening
    /// the line or a "|" or "·" field, label it as the line's own label does.
    /// </summary>
    private static bool LabelsField(DocumentLine line, TimeMention mention)
    {
        var first = mention.FirstToken;
        return first >= 2 && IsSymbol(line, first - 1, ':') && line.Tokens[first - 2].IsWord
            && (first == 2 || IsSymbol(line, first - 3, '|') || IsSymbol(line, first - 3, '·'))
            && BroadcastCues.IsLabel(line.Text.AsSpan(line.Tokens[first - 2].Start, line.Tokens[first - 2].Length));
    }

    private static readonly char[] FieldSeparators = ['|', '·', '•'];

    private static bool OpensField(DocumentLine line, TimeMention mention)
    {
        var first = mention.FirstToken;
        var opensLine = first == 0 || (first == 1 && line.Tokens[0].Kind == TimeTokenKind.Symbol && line.Text[line.Tokens[0].Start] is '-' or '•' or '*' or '·');
        if (opensLine)
            return true;
        var end = mention.EndToken;
        // a whole field of a record line: "… | 31.08. 20:15 | …", an EPG's "phoenix · Mo 14.09. 22:15–23:00 · Gesprächssendung"
        foreach (var separator in FieldSeparators)
        {
            if (IsSymbol(line, first - 1, separator) && (end >= line.Tokens.Length || IsSymbol(line, end, separator)))
                return true;
        }

        return false;
    }

    /// <summary>
    /// "at 10.45pm (11.25pm in Northern Ireland)", "9pm CET (that's 3pm ET / 8pm UK)": a time inside a bracket that opens right
    /// after another time (a few words before it allowed) is its regional or other alternative.
    /// </summary>
    private static bool IsBracketedAlternative(DocumentLine line, TimeMention mention, TimeMention? previous)
    {
        if (previous is null || mention.Date is not null)
            return false;
        for (var k = mention.FirstToken - 1; k >= 0 && k >= mention.FirstToken - AlternativeLookBack; k--)
        {
            if (IsSymbol(line, k, ')'))
                return false;
            if (IsSymbol(line, k, '('))
                return line.Mentions.Exists(o => o.From is not null && o.EndToken == k && !ReferenceEquals(o, mention));
        }

        return false;
    }

    /// <summary>How many tokens before a time its bracket may open ("(that's 3pm ET / 8pm UK)").</summary>
    private const int AlternativeLookBack = 8;

    /// <summary>
    /// "(22 Uhr, SWR)", "22.15 Uhr, ZDF", "21.45 Uhr, Das Erste": one or two capitalised words after the time and a
    /// comma, closing the bracket, the field or the line, name the channel the time is on.
    /// </summary>
    private static bool ChannelAfter(DocumentLine line, TimeMention mention)
    {
        const int MaxWords = 2;
        var k = mention.EndToken;
        if (BrandAfterPreposition(line, k))
            return true;
        if (!IsSymbol(line, k, ','))
            return false;
        k++;
        var words = 0;
        while (k < line.Tokens.Length && line.Tokens[k].IsWord && char.IsUpper(line.Text[line.Tokens[k].Start]) && words < MaxWords)
        {
            words++;
            k++;
        }

        return words > 0 && (k >= line.Tokens.Length || IsSymbol(line, k, ')') || IsSymbol(line, k, '|'));
    }

    /// <summary>
    /// "ab 20.15 Uhr auf phoenix.", "um 22 Uhr bei arte": right after the time a preposition and one word in small
    /// letters that ends the sentence — the way a channel or platform that writes its name in small letters is named.
    /// </summary>
    private static bool BrandAfterPreposition(DocumentLine line, int k)
    {
        if (k + 1 >= line.Tokens.Length || !line.Tokens[k].IsWord || !line.Tokens[k + 1].IsWord)
            return false;
        var preposition = line.Text.AsSpan(line.Tokens[k].Start, line.Tokens[k].Length);
        if (!(preposition.SequenceEqual("auf") || preposition.SequenceEqual("bei") || preposition.SequenceEqual("im") || preposition.SequenceEqual("on")))
            return false;
        var closes = k + 2 >= line.Tokens.Length || IsSymbol(line, k + 2, '.') || IsSymbol(line, k + 2, ')') || IsSymbol(line, k + 2, ',')
            || (line.Tokens[k + 2].IsNumber && !line.Tokens[k + 2].SpaceBefore && (k + 3 >= line.Tokens.Length || IsSymbol(line, k + 3, '.')));
        return closes && char.IsLower(line.Text[line.Tokens[k + 1].Start]);
    }

    /// <summary>"MDR 22:05 bis 23:03 Talkshow": a channel-shaped word (<see cref="ChannelShape"/>) right before the time, opening the line or a field.</summary>
    private static bool ChannelBefore(DocumentLine line, TimeMention mention)
    {
        var k = mention.FirstToken - 1;
        if (IsSymbol(line, k, ','))
            return ChannelFieldBefore(line, k);
        return k >= 0 && line.Tokens[k].IsWord && ChannelShape.IsChannelLike(line.Text.AsSpan(line.Tokens[k].Start, line.Tokens[k].Length))
            && (k == 0 || IsSymbol(line, k - 1, '|') || IsSymbol(line, k - 1, '•') || IsSymbol(line, k - 1, ','));
    }

    /// <summary>
    /// "RTÉ One, 9.35pm", "BBC Two, 21:00": the line opens with a channel-shaped word and at most one more capitalized
    /// word, then a comma before the time (<paramref name="comma"/>): the listing of a channel and its slot.
    /// </summary>
    private static bool ChannelFieldBefore(DocumentLine line, int comma)
    {
        const int MaxWords = 2;
        if (comma is < 1 or > MaxWords)
            return false;
        for (var k = 0; k < comma; k++)
        {
            if (!line.Tokens[k].IsWord || !char.IsUpper(line.Text[line.Tokens[k].Start]))
                return false;
        }

        return ChannelShape.IsChannelLike(line.Text.AsSpan(line.Tokens[0].Start, line.Tokens[0].Length));
    }

    /// <summary>"Fakt ist! | MDR | Mo 20.03.2023 | 22:10–23:10": a field of a " | " listing line that is one channel-shaped word.</summary>
    private static bool ChannelField(DocumentLine line)
    {
        for (var k = 1; k + 1 < line.Tokens.Length; k++)
        {
            if (line.Tokens[k].IsWord && IsSymbol(line, k - 1, '|') && IsSymbol(line, k + 1, '|')
                && ChannelShape.IsChannelLike(line.Text.AsSpan(line.Tokens[k].Start, line.Tokens[k].Length)))
                return true;
        }

        return false;
    }

    private static bool IsSymbol(DocumentLine line, int k, char symbol) =>
        k >= 0 && k < line.Tokens.Length && line.Tokens[k].Kind == TimeTokenKind.Symbol && line.Text[line.Tokens[k].Start] == symbol;

    /// <summary>"Von Lena Hofbauer, 12.03.2022", "By Jane Doe": an author line; its date is when the page was written.</summary>
    private static bool IsByline(DocumentLine line)
    {
        if (line.Tokens.Length < 2 || !line.Tokens[0].IsWord || !line.Tokens[1].IsWord)
            return false;
        var first = line.Text.AsSpan(0, line.Tokens[0].Length);
        return (first.SequenceEqual("Von") || first.SequenceEqual("By") || first.SequenceEqual("Autor") || first.SequenceEqual("Author"))
            && char.IsUpper(line.Text[line.Tokens[1].Start]);
    }

    /// <summary>"WASHINGTON (March 5, 2024) – …", "Berlin, 3. März 2023 – …": the dateline of a press release.</summary>
    private static bool IsDateline(DocumentLine line, TimeMention mention)
    {
        const int MaxPlaceTokens = 6;
        if (mention.FirstToken == 0 || mention.FirstToken > MaxPlaceTokens || !line.Tokens[0].IsWord || !char.IsUpper(line.Text[0]))
            return false;
        var opener = line.Text[line.Tokens[mention.FirstToken - 1].Start];
        var after = mention.EndToken;
        if (opener == '(' && after < line.Tokens.Length && line.Text[line.Tokens[after].Start] == ')')
            after++;
        else if (opener != ',')
            return false;
        return after < line.Tokens.Length && line.Tokens[after].Kind == TimeTokenKind.Symbol && TimeWords.IsRangeDash(line.Text[line.Tokens[after].Start]);
    }
}
