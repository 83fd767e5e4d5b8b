namespace NewsBot.Core.Documents.Time;

internal sealed partial class TimeExpressionScanner
{
    private enum ClockForm
    {
        Bare,
        Colon,
        Dot,
        Letter,
    }

    private enum ClockSuffix
    {
        None,
        Uhr,
        H,
        Am,
        Pm,
    }

    private readonly record struct ClockParse(int Hour, int Minute, ClockForm Form, ClockSuffix Suffix, int Next)
    {
        public bool HasMeridiem => Suffix is ClockSuffix.Am or ClockSuffix.Pm;
    }

    private readonly record struct TimeRange(TimeOnly From, TimeOnly? To, string? Zone, int Next);

    /// <summary>A time or a range of times, with a zone abbreviation after it. <paramref name="prefixed"/>: "um"/"at"/… came before.</summary>
    private TimeRange? Range(int i, bool prefixed)
    {
        if (Clock(i) is not { } first || (first.Form == ClockForm.Dot && first.Suffix == ClockSuffix.None && IsUnit(first.Next)))
            return null;
        var next = first.Next;
        TimeOnly? to = null;
        var from = ToTime(first, prefixed);
        var joiner = IsDash(next) || TimeWords.IsRangeWord(Word(next)) ? next + 1 : -1;
        // "19.00–20.15": two dotted clocks joined as a range are times even without "Uhr" (a date would end in a dot)
        var dottedPair = joiner > 0 && Clock(joiner) is { Form: ClockForm.Dot, Suffix: ClockSuffix.None } pair && first is { Form: ClockForm.Dot, Suffix: ClockSuffix.None }
            && !IsUnit(pair.Next);
        if (joiner > 0 && Clock(joiner) is { } second && ToTime(second, prefixed: dottedPair) is { } end)
        {
            var shared = first.Suffix == ClockSuffix.None ? first with { Suffix = second.Suffix } : first;
            if (first.Suffix == ClockSuffix.None && second.HasMeridiem)
                shared = SameHalfOfDay(first, second, end);
            if (ToTime(shared, prefixed || dottedPair) is { } start && (!dottedPair || start < end))
            {
                (from, to, next) = (start, end, second.Next);
            }
        }

        if (from is null)
            return null;
        string? zone = null;
        if (Word(next) is { Length: >= 2 } word && TimeWords.IsZone(word))
        {
            zone = word.ToString();
            next++;
        }
        else if (Is(next, '(') && TimeWords.IsZone(Word(next + 1)) && Is(next + 2, ')'))
        {
            zone = Word(next + 1).ToString();
            next += 3;
        }

        if (zone is not null && Is(next, '/') && Range(next + 1, prefixed: false) is { Zone: not null } other)
            next = other.Next; // "8 p.m. MT / 10 p.m. ET": one moment written in two zones; the first as written

        return new TimeRange(from.Value, to, zone, next);
    }

    /// <summary>Whether token <paramref name="k"/> could go on a German "am …" phrase ("am Montag", "am 5. Mai", "am frühen Abend").</summary>
    private bool StartsPhrase(int k) => k < tokens.Length && (tokens[k].IsWord || tokens[k].IsNumber);

    /// <summary>"1.50 Euro", "2.5 %": a number with a unit after it is no time, even after "von" or "um".</summary>
    private bool IsUnit(int k)
    {
        if (k >= tokens.Length)
            return false;
        if (tokens[k].Kind == TimeTokenKind.Symbol)
            return line[tokens[k].Start] is '€' or '$' or '£' or '%';
        var word = Word(k);
        return word.Equals("Euro", StringComparison.OrdinalIgnoreCase) || word.SequenceEqual("EUR") || word.SequenceEqual("Prozent")
            || word.Equals("Dollar", StringComparison.OrdinalIgnoreCase) || word.SequenceEqual("Cent") || word.SequenceEqual("Mio")
            || word.SequenceEqual("Mrd") || word.SequenceEqual("Millionen") || word.SequenceEqual("Milliarden")
            || word.SequenceEqual("percent") || word.SequenceEqual("Grad") || word.SequenceEqual("Punkte") || word.SequenceEqual("km");
    }

    /// <summary>"1:00 – 2:15 p.m." is 13:00–14:15, "11 – 1 p.m." is 11:00–13:00: the start takes the end's half of the day unless that puts it after the end.</summary>
    private static ClockParse SameHalfOfDay(ClockParse first, ClockParse second, TimeOnly end)
    {
        var same = first with { Suffix = second.Suffix };
        var other = first with { Suffix = second.Suffix == ClockSuffix.Am ? ClockSuffix.Pm : ClockSuffix.Am };
        return ToTime(same, prefixed: true) is { } start && start <= end ? same : other;
    }

    /// <summary>The time a clock stands for, or null when its form needs a suffix it lacks ("21.45" without "Uhr", a bare "21").</summary>
    private static TimeOnly? ToTime(ClockParse clock, bool prefixed)
    {
        var valid = clock.Form switch
        {
            ClockForm.Colon or ClockForm.Letter => true,
            ClockForm.Dot => clock.Suffix != ClockSuffix.None || prefixed,
            _ => clock.Suffix is ClockSuffix.Uhr or ClockSuffix.Am or ClockSuffix.Pm || (clock.Suffix == ClockSuffix.H && prefixed),
        };
        if (!valid || clock.Minute > 59)
            return null;
        var hour = clock.Hour;
        if (clock.HasMeridiem)
        {
            if (hour is < 1 or > 12)
                return null;
            hour = hour % 12 + (clock.Suffix == ClockSuffix.Pm ? 12 : 0);
        }

        return hour <= 23 ? new TimeOnly(hour, clock.Minute) : null;
    }

    /// <summary>"22:50", "22.50", "19h30", "21" with what follows: "Uhr", "h", "a.m.", "PM"; "noon".</summary>
    private ClockParse? Clock(int i)
    {
        // "at noon" is 12:00; like a bare "20h" it needs the preposition.
        if (Word(i).SequenceEqual("noon") || Word(i).SequenceEqual("midday"))
            return new ClockParse(12, 0, ClockForm.Bare, ClockSuffix.H, i + 1);
        if (i < 0 || i >= tokens.Length || !tokens[i].IsSmallNumber)
            return null;
        var hour = tokens[i].Value;
        var k = i + 1;
        var minute = 0;
        var form = ClockForm.Bare;
        if (AdjacentNumber(k + 1) && tokens[k + 1].Length == 2 && Adjacent(k))
        {
            form = Is(k, ':') ? ClockForm.Colon : Is(k, '.') ? ClockForm.Dot : Word(k).SequenceEqual("h") ? ClockForm.Letter : ClockForm.Bare;
            if (form != ClockForm.Bare)
            {
                minute = tokens[k + 1].Value;
                k += 2;
                if (Adjacent(k) && (Is(k, ':') || Is(k, '.')) && AdjacentNumber(k + 1))
                    return null; // "15.09.2024", "1:20:33": a date or a duration
                if (AdjacentNumber(k))
                    return null;
            }
        }
        else if (Adjacent(k) && (Is(k, ':') || Is(k, '.')) && AdjacentNumber(k + 1))
        {
            return null; // "2:1", "1.5": a score or a decimal
        }

        if (form == ClockForm.Bare && Word(k) is [ 'c' or 's' ] && AdjacentSymbol(k + 1, '.') && Word(k + 2) is [ 't' ])
        {
            var cum = Word(k)[0] == 'c';
            // "18 c.t." (cum tempore, the academic quarter): 18:15; "18 s.t." (sine tempore): 18:00
            var end = AdjacentSymbol(k + 3, '.') ? k + 4 : k + 3;
            return new ClockParse(hour, cum ? 15 : 0, ClockForm.Bare, ClockSuffix.Uhr, end);
        }

        if (form == ClockForm.Bare && AdjacentSymbol(k, '/') && AdjacentNumber(k + 1) && tokens[k + 1].Value == (hour == 1 ? 12 : hour - 1)
            && Adjacent(k + 2) && Word(k + 2) is ['c'])
        {
            // "9/8c" in a US listing: 9 Eastern, 8 Central, in the evening (only evening hours; "7/6c" could be the morning)
            return hour is >= 5 and <= 11 ? new ClockParse(hour, 0, ClockForm.Bare, ClockSuffix.Pm, k + 3) : null;
        }

        var (suffix, next) = Suffix(k, form);
        return new ClockParse(hour, minute, form, suffix, next);
    }

    private (ClockSuffix Suffix, int Next) Suffix(int k, ClockForm form)
    {
        var word = Word(k);
        if (word.Equals("Uhr", StringComparison.OrdinalIgnoreCase))
            return (ClockSuffix.Uhr, k + 1);
        if (word.SequenceEqual("h") && form != ClockForm.Letter && !AdjacentNumber(k + 1))
            return (ClockSuffix.H, k + 1);
        if (word.Length == 1 && (word[0] is 'a' or 'p' or 'A' or 'P') && AdjacentSymbol(k + 1, '.') && Word(k + 2) is [ 'm' or 'M' ])
        {
            var end = AdjacentSymbol(k + 3, '.') ? k + 4 : k + 3;
            return (word[0] is 'a' or 'A' ? ClockSuffix.Am : ClockSuffix.Pm, end);
        }

        if (word.SequenceEqual("noon"))
            return (ClockSuffix.Pm, k + 1);
        if (word.SequenceEqual("pm") || word.SequenceEqual("PM") || word.SequenceEqual("AM")
            || (word.SequenceEqual("am") && (english || !tokens[k].SpaceBefore || !StartsPhrase(k + 1))))
            return (word[0] is 'a' or 'A' ? ClockSuffix.Am : ClockSuffix.Pm, k + 1);
        return (ClockSuffix.None, k);
    }
}
