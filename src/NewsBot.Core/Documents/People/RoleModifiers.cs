using System.Collections.Frozen;

namespace NewsBot.Core.Documents.People;

/// <summary>
/// "the food writer X", "general manager X", "the novelist and digital historian X", "writing-centre coordinator X": a
/// lower-case role word before a name keeps the lower-case words that modify it (what kind of writer, manager or farmer)
/// and a second role joined by "and". The run stops at a word that cannot modify a noun — an article, a preposition, a
/// conjunction, a pronoun, an auxiliary or a verb that presents the person, an adverb in "-ly" — or at punctuation.
/// </summary>
internal static class RoleModifiers
{
    /// <summary>At most this many modifiers before one role word.</summary>
    private const int MaxModifiers = 3;

    private static readonly FrozenSet<string> NotModifiers = FrozenSet.Create(StringComparer.Ordinal,
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
        "of", "at", "from", "with", "for", "in", "on", "to", "by", "as", "into", "about", "between", "among", "alongside",
        "beside", "besides", "including", "featuring", "like", "than", "via", "after", "before", "while", "during",
        "and", "or", "but", "nor", "plus", "also", "then", "now", "still", "both", "either", "whether", "not", "so",
        "who", "whom", "whose", "which", "where", "when", "he", "she", "they", "we", "you", "it", "them", "him", "us",
        "is", "are", "was", "were", "be", "been", "being", "will", "would", "can", "could", "shall", "should", "may", "might",
        "has", "have", "had", "do", "does", "did", "said", "says", "say", "told", "tells", "asked", "asks", "ask", "added",
        "adds", "joined", "joins", "join", "meets", "met", "meet", "welcomes", "welcomed", "welcome", "hosts", "hosted",
        "introduces", "introduced", "features", "featured", "includes", "included", "invites", "invited", "brings",
        "brought", "presents", "presented", "talks", "talked", "speaks", "spoke", "explains", "explained", "argues",
        "argued", "chairs", "chaired", "named", "called", "there", "here", "today", "tonight", "tomorrow", "yesterday",
        "und", "oder", "mit", "von", "vom", "der", "die", "das", "dem", "den", "des", "ein", "eine", "bei", "beim", "im", "am", "zu");

    /// <summary>The index where the modifiers of the lower-case role word at <paramref name="roleAt"/> begin (itself when none), not before <paramref name="floor"/>.</summary>
    public static int Start(List<Tokens.Token> tokens, int roleAt, int floor = 0)
    {
        var start = roleAt;
        var modifiers = 0;
        for (var j = roleAt - 1; j >= floor && modifiers < MaxModifiers; j--)
        {
            var word = tokens[j].Text;
            if (word == "and" && j - 1 >= floor && IsModifier(tokens[j - 1].Text) && RoleWords.IsRole(tokens[j - 1].Text))
            {
                start = --j; // "the novelist and digital historian X": two roles of one person
                modifiers++;
                continue;
            }

            if (!IsModifier(word))
                break;
            start = j;
            modifiers++;
        }

        return start;
    }

    /// <summary>A plain lower-case word (letters, hyphens, apostrophes, no closing punctuation) that can modify a role noun.</summary>
    public static bool IsModifier(string word)
    {
        if (word.Length < 2 || !char.IsLower(word[0]) || NotModifiers.Contains(word) || word.EndsWith("ly", StringComparison.Ordinal))
            return false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '’'))
                return false;
        }

        return !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal);
    }
}
