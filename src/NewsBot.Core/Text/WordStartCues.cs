using System.Buffers;

namespace NewsBot.Core.Text;

/// <summary>
/// Several families of lower-case cues found in one scan: which families have a cue at a word start of a text. A
/// sentence is asked about many families (practical notes, programme items, newsletter furniture …); scanning once for
/// all of them instead of once per family was most of the cost of telling the topic's sentences from the rest.
/// </summary>
internal sealed class WordStartCues
{
    private readonly SearchValues<string> _all;
    private readonly Dictionary<char, (string Cue, int Families)[]> _byFirstChar;

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
                flags[cue] = flags.GetValueOrDefault(cue) | 1 << family;
        }
        _all = SearchValues.Create([.. flags.Keys], StringComparison.Ordinal);
        _byFirstChar = flags.GroupBy(pair => pair.Key[0]).ToDictionary(group => group.Key, group => group.Select(pair => (pair.Key, pair.Value)).ToArray());
    }

    /// <summary>The families with a cue at a word start of <paramref name="lower"/> (a bit per family; 0 for none).</summary>
    public int Find(ReadOnlySpan<char> lower)
    {
        var found = 0;
        for (var from = 0; from < lower.Length;)
        {
            var at = lower[from..].IndexOfAny(_all);
            if (at < 0)
                break;
            at += from;
            if (at == 0 || !char.IsLetter(lower[at - 1]))
            {
                foreach (var (cue, families) in _byFirstChar[lower[at]])
                {
                    if (lower[at..].StartsWith(cue, StringComparison.Ordinal))
                        found |= families;
                }
            }
            from = at + 1;
        }

        return found;
    }
}
