namespace NewsBot.Core.Text;

/// <summary>
/// Several families of lower-case cues found in one pass: which families have a cue at a word start of a text. A
/// sentence is asked about many families (practical notes, programme items, newsletter furniture …); one pass for all
/// of them instead of a scan per family was most of the cost of telling the topic's sentences from the rest. Only word
/// starts can hold a cue, so the pass looks up each word start's first two characters instead of running a string
/// search over every character (with hundreds of cues that search cannot skip ahead and was the slower part).
/// </summary>
internal sealed class WordStartCues
{
    private readonly Dictionary<int, (string Cue, int Families)[]> _byFirstTwo;

    /// <param name="families">Each family's cues, lower case; family <c>i</c> is bit <c>1 &lt;&lt; i</c> of the result.</param>
    public WordStartCues(params string[][] families)
    {
        ArgumentNullException.ThrowIfNull(families);
        if (families.Length > 31)
            throw new ArgumentException("At most 31 families.", nameof(families));
        var flags = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var family = 0; family < families.Length; family++)
        {
            foreach (var cue in families[family])
            {
                if (cue.Length < 2)
                    throw new ArgumentException("A cue needs two characters or more.", nameof(families));
                flags[cue] = flags.GetValueOrDefault(cue) | 1 << family;
            }
        }
        _byFirstTwo = flags.GroupBy(pair => Key(pair.Key[0], pair.Key[1]))
            .ToDictionary(group => group.Key, group => group.Select(pair => (pair.Key, pair.Value)).ToArray());
    }

    /// <summary>The families with a cue at a word start of <paramref name="lower"/> (a bit per family; 0 for none).</summary>
    public int Find(ReadOnlySpan<char> lower)
    {
        var found = 0;
        for (var at = 0; at + 1 < lower.Length; at++)
        {
            if (at > 0 && char.IsLetter(lower[at - 1]) || !_byFirstTwo.TryGetValue(Key(lower[at], lower[at + 1]), out var cues))
                continue;
            foreach (var (cue, families) in cues)
            {
                if (lower[at..].StartsWith(cue, StringComparison.Ordinal))
                    found |= families;
            }
        }

        return found;
    }

    /// <summary>
    /// True when a cue of any family stands as whole words in <paramref name="lower"/>: at a word start, and followed by
    /// the end or a character that is not a letter ("register" in "register now", not in "registered").
    /// </summary>
    public bool HasWholeWords(ReadOnlySpan<char> lower)
    {
        for (var at = 0; at + 1 < lower.Length; at++)
        {
            if (at > 0 && char.IsLetter(lower[at - 1]) || !_byFirstTwo.TryGetValue(Key(lower[at], lower[at + 1]), out var cues))
                continue;
            foreach (var (cue, _) in cues)
            {
                var end = at + cue.Length;
                if (lower[at..].StartsWith(cue, StringComparison.Ordinal) && (end == lower.Length || !char.IsLetter(lower[end])))
                    return true;
            }
        }

        return false;
    }

    private static int Key(char first, char second) => first << 16 | second;
}
