namespace NewsBot.Core.Documents.Time;

/// <summary>Splits a line into <see cref="TimeToken"/>s in one pass.</summary>
internal static class TimeTokenizer
{
    public static TimeToken[] Tokenize(string line)
    {
        var tokens = new List<TimeToken>();
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

        return [.. tokens];
    }
}
