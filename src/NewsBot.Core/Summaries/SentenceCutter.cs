namespace NewsBot.Core.Summaries;

/// <summary>Shortens a sentence that alone exceeds the budget: cut at a word boundary, marked with "…".</summary>
internal static class SentenceCutter
{
    public static string Cut(string sentence, int maxCharacters)
    {
        if (sentence.Length <= maxCharacters)
        {
            return sentence;
        }

        if (maxCharacters <= 1)
        {
            return maxCharacters == 1 ? "…" : string.Empty;
        }

        var room = sentence.AsSpan(0, maxCharacters - 1);
        var space = char.IsWhiteSpace(sentence[maxCharacters - 1]) ? room.Length : room.LastIndexOfAny(' ', '\u00A0', '\t');
        var kept = space > 0 ? room[..space] : room;
        kept = kept.TrimEnd(" \u00A0\t,;:–—-");
        return string.Concat(kept, "…");
    }
}
