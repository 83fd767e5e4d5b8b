namespace NewsBot.Core.Documents.Time;

internal sealed partial class TimeExpressionScanner
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    private readonly record struct DateParse(AnnouncedDate? Date, DayOfWeek? Weekday, int Next);

    /// <summary>An optional weekday and a date ("Dienstag, 13. Juni", "Thu. Oct 16th, 2025", "Fr. 03.02.2023"), or a full weekday name alone.</summary>
    private DateParse? Date(int i)
    {
        if (i >= tokens.Length)
            return null;
        var word = Word(i);
        var weekday = TimeWords.Weekday(word);
        var abbreviated = false;
        var k = i;
        if (weekday is null && TimeWords.WeekdayAbbreviation(word) is { } shortDay)
        {
            (weekday, abbreviated) = (shortDay, true);
        }

        if (weekday is not null)
        {
            k++;
            if (abbreviated && AdjacentSymbol(k, '.'))
                k++;
            if (Is(k, ','))
                k++;
            var article = Word(k);
            if (article.SequenceEqual("den") || article.SequenceEqual("dem") || article.SequenceEqual("the"))
                k++;
        }

        if (DateCore(k) is { } core)
            return new DateParse(core.Date, weekday, core.Next);
        return weekday is not null && !abbreviated ? new DateParse(null, weekday, i + 1) : null;
    }

    private (AnnouncedDate Date, int Next)? DateCore(int k)
    {
        if (k >= tokens.Length)
            return null;
        var t = tokens[k];
        if (t.IsSmallNumber)
            return NumericDate(k) ?? DayMonthName(k);
        if (t.IsNumber && t.Length == 4)
            return IsoDate(k);
        return TimeWords.Month(Word(k)) > 0 ? MonthNameDay(k) : null;
    }

    /// <summary>"15.9.", "15.9.24", "03.02.2023"; "10/27/20" (month first in English, day first in German unless a part exceeds 12).</summary>
    private (AnnouncedDate Date, int Next)? NumericDate(int k)
    {
        var first = tokens[k].Value;
        var separator = AdjacentSymbol(k + 1, '.') ? '.' : AdjacentSymbol(k + 1, '/') ? '/' : '\0';
        if (separator == '\0' || !AdjacentNumber(k + 2) || tokens[k + 2].Length > 2 || !AdjacentSymbol(k + 3, separator))
            return null;
        var second = tokens[k + 2].Value;
        var next = k + 4;
        int? year = null;
        if (AdjacentNumber(next) && tokens[next].Length is 2 or 4)
        {
            year = tokens[next].Length == 2 ? 2000 + tokens[next].Value : tokens[next].Value;
            next++;
        }
        else if (separator == '/')
        {
            return null; // "1/2/" or "24/7/": a slash date needs its year
        }

        if (AdjacentNumber(next) || (Adjacent(next) && (Is(next, '.') || Is(next, '/') || Is(next, ':')) && AdjacentNumber(next + 1)))
            return null; // "1.2.3.4", a version or an address, not a date

        var (day, month) = (first, second);
        if (separator == '/' && (first <= 12 && (second > 12 || english)))
            (day, month) = (second, first);
        if (year is < MinYear or > MaxYear || !AnnouncedDate.IsValid(year, month, day))
            return null;
        return (new AnnouncedDate(year, month, day), next);
    }

    /// <summary>"13. Juni", "5 November 2009", "5th of November", "15. September 2017".</summary>
    private (AnnouncedDate Date, int Next)? DayMonthName(int k)
    {
        var day = tokens[k].Value;
        var m = k + 1;
        if (AdjacentSymbol(m, '.'))
            m++;
        else if (Adjacent(m) && IsOrdinalSuffix(Word(m)))
            m++;
        if (Word(m).SequenceEqual("of"))
            m++;
        var month = TimeWords.Month(Word(m));
        if (month == 0)
            return null;
        if (TimeWords.IsMonthAbbreviation(Word(m)) && AdjacentSymbol(m + 1, '.'))
            m++;
        var (year, next) = Year(m + 1);
        return AnnouncedDate.IsValid(year, month, day) ? (new AnnouncedDate(year, month, day), next) : null;
    }

    /// <summary>"July 14", "Jul 14, 2025", "Oct 16th, 2025", "Nov. 5".</summary>
    private (AnnouncedDate Date, int Next)? MonthNameDay(int k)
    {
        var month = TimeWords.Month(Word(k));
        var m = k + 1;
        if (TimeWords.IsMonthAbbreviation(Word(k)) && AdjacentSymbol(m, '.'))
            m++;
        if (m >= tokens.Length || !tokens[m].IsSmallNumber || !tokens[m].SpaceBefore)
            return null;
        var day = tokens[m].Value;
        m++;
        if (Adjacent(m) && IsOrdinalSuffix(Word(m)))
            m++;
        else if (AdjacentSymbol(m, ':') || (AdjacentSymbol(m, '.') && AdjacentNumber(m + 1)))
            return null; // "May 10:30" is a time
        var (year, next) = Year(m);
        return AnnouncedDate.IsValid(year, month, day) ? (new AnnouncedDate(year, month, day), next) : null;
    }

    /// <summary>"2025-10-16".</summary>
    private (AnnouncedDate Date, int Next)? IsoDate(int k)
    {
        if (!AdjacentSymbol(k + 1, '-') || !AdjacentNumber(k + 2) || tokens[k + 2].Length != 2
            || !AdjacentSymbol(k + 3, '-') || !AdjacentNumber(k + 4) || tokens[k + 4].Length != 2 || AdjacentNumber(k + 5))
            return null;
        var (year, month, day) = (tokens[k].Value, tokens[k + 2].Value, tokens[k + 4].Value);
        return year is >= MinYear and <= MaxYear && AnnouncedDate.IsValid(year, month, day)
            ? (new AnnouncedDate(year, month, day), k + 5)
            : null;
    }

    /// <summary>A four-digit year after a day and month, optionally after a comma; a number that starts a time is no year.</summary>
    private (int? Year, int Next) Year(int k)
    {
        var y = Is(k, ',') ? k + 1 : k;
        if (y < tokens.Length && tokens[y].IsNumber && tokens[y].Length == 4 && tokens[y].SpaceBefore
            && tokens[y].Value is >= MinYear and <= MaxYear
            && !(Adjacent(y + 1) && (Is(y + 1, ':') || Is(y + 1, '.')) && AdjacentNumber(y + 2)))
            return (tokens[y].Value, y + 1);
        return (null, k);
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> word) =>
        word.SequenceEqual("st") || word.SequenceEqual("nd") || word.SequenceEqual("rd") || word.SequenceEqual("th");
}
