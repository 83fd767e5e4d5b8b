namespace NewsBot.Core.Documents;

/// <summary>
/// Splits a paragraph into sentences, verbatim. Survives abbreviations ("z. B.", "Dr.", "u. a."), initials,
/// ordinal dates ("24. November") and closing quotes („…?“ ends a sentence only together with its quote).
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "prof", "pd", "dipl", "ing", "med", "rer", "nat", "phil", "pol", "jur", "habil", "em", "apl", "doz",
        "mag", "bzw", "ca", "vgl", "usw", "etc", "nr", "st", "str", "sog", "ggf", "inkl", "bspw", "evtl", "zzgl", "abs",
        "mr", "mrs", "ms", "jr", "sr", "vs", "dt", "engl", "mio", "mrd", "tsd", "jh", "chr", "gen", "lt", "jan",
        "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dez", "dec", "co", "hrsg",
    };

    private const string ClosingMarks = "\"“”’'»«)]";

    public static IReadOnlyList<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        var text = paragraph;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '?' or '!' or '…'))
                continue;

            var end = i + 1;
            while (end < text.Length && (text[end] is '.' or '?' or '!' or '…'))
                end++;
            while (end < text.Length && ClosingMarks.Contains(text[end], StringComparison.Ordinal))
                end++;
            if (end >= text.Length)
                break;
            if (!char.IsWhiteSpace(text[end]))
                continue;

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
                next++;
            if (next >= text.Length)
                break;
            if (!StartsSentence(text[next]))
                continue;
            if (c == '.' && end == i + 1 && IsAbbreviation(text, i))
                continue;

            Add(sentences, text[start..end]);
            start = next;
            i = next - 1;
        }

        Add(sentences, text[start..]);
        return sentences;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '„' or '"' or '“' or '»' or '«' or '‚' or '\'' or '(' or '[';

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '-' or '.'))
            wordStart--;
        var word = text[wordStart..dot];
        var lastPart = word.Contains('.', StringComparison.Ordinal) ? word[(word.LastIndexOf('.') + 1)..] : word;
        if (lastPart.Length == 0)
            return true;
        if (lastPart.Length == 1 && char.IsLetter(lastPart[0]))
            return true;
        if (lastPart.Length <= 2 && lastPart.All(char.IsDigit))
            return true;
        var bare = lastPart.Contains('-', StringComparison.Ordinal) ? lastPart[(lastPart.LastIndexOf('-') + 1)..] : lastPart;
        return Abbreviations.Contains(bare);
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
            sentences.Add(trimmed);
    }
}
