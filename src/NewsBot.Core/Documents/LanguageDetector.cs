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

    public static DocumentLanguage Detect(IEnumerable<string> texts)
    {
        int german = 0, english = 0;
        foreach (var text in texts)
        {
            foreach (var word in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (German.Contains(word))
                    german++;
                if (English.Contains(word))
                    english++;
            }
        }

        return english > german ? DocumentLanguage.English : DocumentLanguage.German;
    }

    private static readonly char[] Separators = [' ', ',', '.', ';', ':', '?', '!', '"', '„', '“', '”', '(', ')', '\n', '–', '»', '«'];
}
