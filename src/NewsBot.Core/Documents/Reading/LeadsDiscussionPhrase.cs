using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// A verb of leading whose object is the discussion: "chairs an extended studio debate", "presents tonight's special",
/// "moderiert die Gesprächsrunde", as the old pattern
/// <c>\b(?:chairs|…|präsentiert)\s+(?:(?:a|an|the|…|ein)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:debate|…|Gesprächsrunde)|(?:tonight's|today's|this\s+week's)\s+\p{L}+)\b</c>.
/// </summary>
internal static class LeadsDiscussionPhrase
{
    private static readonly PhraseSet Verbs = new(false, "chairs", "hosts", "presents", "moderates", "fronts", "leads", "facilitates", "anchors", "moderiert", "leitet", "präsentiert");
    private static readonly PhraseSet Articles = new(false, "a", "an", "the", "this", "its", "die", "das", "den", "eine", "einen", "ein");
    private static readonly PhraseSet Discussions = new(
        false, "debate", "discussion", "conversation", "panel", "programme", "program", "show", "edition", "special", "evening", "session", "forum", "roundtable", "town hall", "episode",
        "Diskussion", "Gespräch", "Podium", "Abend", "Runde", "Sendung", "Veranstaltung", "Debatte", "Talk", "Ausgabe", "Folge", "Forum", "Gesprächsrunde");
    private static readonly PhraseSet Occasions = new(false, "tonight's", "today's", "this week's");

    /// <summary>Where the leftmost such verb starts (the subject stands before it); -1 when the sentence has none.</summary>
    public static int Find(string sentence)
    {
        for (var from = 0; ; )
        {
            var (start, end) = Verbs.Find(sentence, from);
            if (start < 0)
                return -1;
            var at = Scan.AfterSpaces(sentence, end);
            if (at >= 0 && (DiscussionNoun(sentence, at) || OccasionWord(sentence, at)))
                return start;
            from = start + 1;
        }
    }

    /// <summary>"an extended studio debate": an article, at most three words (the fewest first) and a word for the discussion.</summary>
    private static bool DiscussionNoun(string sentence, int at)
    {
        at = Scan.AfterSpaces(sentence, Articles.AfterWhole(sentence, at));
        for (var words = 0; at >= 0 && words <= 3; words++)
        {
            if (Discussions.AfterWhole(sentence, at) >= 0)
                return true;
            at = Scan.AfterSpaces(sentence, Scan.AfterRun(sentence, at, Scan.IsNameLetter));
        }

        return false;
    }

    /// <summary>"tonight's special": the occasion and a whole word of letters.</summary>
    private static bool OccasionWord(string sentence, int at)
    {
        var end = Scan.AfterRun(sentence, Scan.AfterSpaces(sentence, Occasions.After(sentence, at)), char.IsLetter);
        return end >= 0 && Scan.IsBoundary(sentence, end); // letters given back end inside the word, where \b fails
    }
}
