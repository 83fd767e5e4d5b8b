namespace NewsBot.Core.Text;

/// <summary>
/// Invariant lower-casing of the Latin letters without a call into the platform's case tables for each text: the
/// readers lower-case every sentence and word, and German umlauts made each of those calls slow. Characters outside
/// the table fall back to the platform, so the result is always that of <see cref="string.ToLowerInvariant()"/>.
/// </summary>
internal static class InvariantLower
{
    /// <summary>Latin-1, Latin Extended-A and -B: the letters of the documents' languages.</summary>
    private const int TableSize = 0x250;

    /// <summary>The lower case of each character below <see cref="TableSize"/>, or null when the platform disagrees with itself.</summary>
    private static readonly char[]? Table = Build();

    /// <summary><see cref="char.ToLowerInvariant(char)"/>.</summary>
    public static char Of(char c) =>
        c < 0x80 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c)
        : Table is { } table && c < TableSize ? table[c]
        : char.ToLowerInvariant(c);

    /// <summary><see cref="MemoryExtensions.ToLowerInvariant"/> of <paramref name="source"/> into <paramref name="destination"/> (at least as long).</summary>
    public static void Into(ReadOnlySpan<char> source, Span<char> destination)
    {
        var table = Table;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c < 0x80)
            {
                destination[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            }
            else if (table is not null && c < TableSize)
            {
                destination[i] = table[c];
            }
            else
            {
                source.ToLowerInvariant(destination); // beyond the table: the platform, for the whole text
                return;
            }
        }
    }

    private static char[]? Build()
    {
        var table = new char[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
            if (new string((char)c, 1).ToLowerInvariant()[0] != table[c])
                return null; // a character lower-cases differently alone and in a text: always ask the platform
        }

        return table;
    }
}
