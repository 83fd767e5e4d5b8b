namespace NewsBot.Core.Documents.Time;

/// <summary>Splits a line into <see cref="TimeToken"/>s in one pass.</summary>
internal static class TimeTokenizer
{
    /// <summary>A buffer grown larger than this by a hostile line is not kept.</summary>
    private const int MaxKeptCapacity = 4096;

    /// <summary>One growing buffer per thread, so a line's tokens are copied into one exact array instead of a list's growing ones.</summary>
    [ThreadStatic]
    private static List<TimeToken>? t_buffer;

    public static TimeToken[] Tokenize(string line)
    {
        var tokens = t_buffer ??= [];
        tokens.Clear();
        var space = true;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            var start = i;
            TimeTokenKind kind;
            var value = -1;
            if (char.IsAsciiDigit(c))
            {
                kind = TimeTokenKind.Number;
                value = 0;
                while (i < line.Length && char.IsAsciiDigit(line[i]))
                {
                    value = i - start < 4 ? value * 10 + (line[i] - '0') : -1;
                    i++;
                }
            }
            else if (char.IsLetter(c))
            {
                kind = TimeTokenKind.Word;
                while (i < line.Length && char.IsLetter(line[i]))
                    i++;
            }
            else
            {
                kind = TimeTokenKind.Symbol;
                i++;
            }

            tokens.Add(new TimeToken(kind, start, i - start, value, space));
            space = false;
        }

        TimeToken[] result = [.. tokens];
        if (tokens.Capacity > MaxKeptCapacity)
            t_buffer = null;
        return result;
    }
}
