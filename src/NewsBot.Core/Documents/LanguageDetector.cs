using System.Buffers;

namespace NewsBot.Core.Documents;

/// <summary>German or English, by the share of each language's stop words.</summary>
internal static class LanguageDetector
{
    private static readonly HashSet<string> German = new(StringComparer.OrdinalIgnoreCase)
    {
        "der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "des", "ein", "eine", "einen", "einem", "auf",
        "für", "sich", "von", "vom", "zu", "zum", "zur", "im", "auch", "wie", "wird", "werden", "noch", "nach", "bei",
        "aus", "sind", "hat", "haben", "über", "oder", "aber", "dass", "es", "sie", "er", "wir", "was", "wer", "nur",
    };

    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "is", "are", "of", "to", "in", "a", "an", "that", "for", "with", "on", "as", "it", "its", "by",
        "be", "has", "have", "was", "were", "this", "from", "at", "or", "but", "not", "who", "what", "how", "can",
        "will", "would", "their", "they", "we", "our", "us", "after", "more", "than",
    };

    public static DocumentLanguage Detect(IEnumerable<string> texts) => Decide(Count(texts));

    /// <summary>English when its stop words outnumber the German ones.</summary>
    public static DocumentLanguage Decide((int German, int English) counts) =>
        counts.English > counts.German ? DocumentLanguage.English : DocumentLanguage.German;

    /// <summary>How many German and English stop words <paramref name="texts"/> hold (counts of parts of a text add up).</summary>
    public static (int German, int English) Count(IEnumerable<string> texts)
    {
        var german = German.GetAlternateLookup<ReadOnlySpan<char>>();
        var english = English.GetAlternateLookup<ReadOnlySpan<char>>();
        int germanCount = 0, englishCount = 0;
        foreach (var text in texts)
        {
            var rest = text.AsSpan();
            while (rest.Length > 0)
            {
                var end = rest.IndexOfAny(Separators);
                var word = end < 0 ? rest : rest[..end];
                rest = end < 0 ? [] : rest[(end + 1)..];
                if (word.IsEmpty || word.Length > MaxStopWordLength)
                    continue; // longer than any stop word: no need to hash it
                if (german.Contains(word))
                    germanCount++;
                if (english.Contains(word))
                    englishCount++;
            }
        }

        return (germanCount, englishCount);
    }

    private static readonly int MaxStopWordLength = German.Concat(English).Max(w => w.Length);

    private static readonly SearchValues<char> Separators = SearchValues.Create(" ,.;:?!\"„“”()\n–»«");
}
