namespace NewsBot.Core.Documents.Time;

/// <summary>
/// The years a document writes anywhere ("Literaturfestival Leipzig 2027", "Jahr: 2027", "25.02.2027"): a run of exactly
/// four digits from 1900 to 2099. A date written without its year but with its weekday ("Samstag, 15. Mai") takes the one
/// of them on whose calendar that day is that weekday, when exactly one is. One pass over the text.
/// </summary>
internal static class DocumentYears
{
    private const int MaxYears = 16;

    /// <summary>The distinct years written in <paramref name="lines"/>, at most a few.</summary>
    public static List<int> Of(IReadOnlyList<(string Text, int Number)> lines)
    {
        var years = new List<int>();
        foreach (var (text, _) in lines)
        {
            var run = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    run++;
                    continue;
                }

                if (run == 4 && int.Parse(text.AsSpan(i - 4, 4), System.Globalization.CultureInfo.InvariantCulture) is >= 1900 and <= 2099 and var year
                    && !years.Contains(year) && years.Count < MaxYears)
                {
                    years.Add(year);
                }

                run = 0;
            }
        }

        return years;
    }

    /// <summary>The one written year in which <paramref name="month"/>/<paramref name="day"/> falls on <paramref name="weekday"/>; else null.</summary>
    public static int? Matching(IReadOnlyList<int> years, int month, int day, DayOfWeek weekday)
    {
        int? found = null;
        foreach (var year in years)
        {
            if (!AnnouncedDate.IsValid(year, month, day) || new DateOnly(year, month, day).DayOfWeek != weekday)
                continue;
            if (found is not null)
                return null;
            found = year;
        }

        return found;
    }
}
