namespace NewsBot.Core.Documents.Time;

/// <summary>Splits a line into <see cref="TimeToken"/>s in one pass.</summary>
internal static class TimeTokenizer
{
    /// <summary>
    /// The tokens of <paramref name="line"/>: counted in a first pass and written into one exact array in a second, so
    /// a long line needs no growing buffer (a hostile one would regrow it on the large object heap every time).
    /// </summary>
    public static TimeToken[] Tokenize(string line)
    {
        var tokens = new TimeToken[Read(line, null)];
        Read(line, tokens);
        return tokens;
    }

    /// <summary>Reads the tokens of <paramref name="line"/> into <paramref name="into"/> when given; returns how many there are.</summary>
    private static int Read(string line, TimeToken[]? into)
    {
        var count = 0;
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

            if (into is not null)
                into[count] = new TimeToken(kind, start, i - start, value, space);
            count++;
            space = false;
        }

        return count;
    }
}
