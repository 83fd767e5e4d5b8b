using NewsBot.Core.Documents.People;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// "Moderated by X, the panel featured A; B, …; and C, …", "Chaired by X, the debate brings together A, …; …", "Die Runde
/// bilden Ökonomin A (Org) und B, Sprecher von Y": a sentence about the discussion (a word such as panel, debate,
/// Podium, Runde) followed, whatever its verb, by a series of described people. The series starts at the first person
/// after the discussion word, with the role and organisation words right before the name ("Port Authority executive
/// director A"); it counts when it holds at least two people who are all described, or three or more joined by
/// semicolons of whom two thirds are described.
/// </summary>
internal static class DescribedSeries
{
    /// <summary>How many tokens after the discussion word are searched for the first person (bounded work).</summary>
    private const int MaxTokens = 60;

    private const int MaxLength = 900;

    public static string? Part(string sentence)
    {
        // a series needs a joint after the discussion word: a sentence without any is not searched for the word (asked of every sentence)
        if (sentence.Length > MaxLength || !HasJoint(sentence) || Phrases.DiscussionWord.Find(sentence) is not (>= 0, var wordEnd))
            return null;
        var after = sentence[wordEnd..];
        var semicolons = after.Contains(';', StringComparison.Ordinal);
        if (!semicolons && !HasJoint(after))
            return null;
        var tokens = Tokens.Of(after, MaxTokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (NameReader.At(tokens, i) is not { Possessive: false } match)
                continue;
            if (!match.Known && match.End < tokens.Count && char.IsLower(tokens[match.End].Text[0]) && RoleWords.IsRole(tokens[match.End].Text))
            {
                i = match.End - 1; // "Port Authority executive director A": an organisation before the role word, then the person
                continue;
            }

            if (!match.Known && i == match.Start && NameRules.IsRoleNoun(tokens[i].Text) && NameReader.At(tokens, i + 1) is { Known: true } inner && inner.End == match.End)
                match = inner; // "Journalistin Hanna Wolff" read as one unknown name
            var start = SeriesStart(tokens, i);
            var rest = after[tokens[start].Start..];
            var people = PanelParser.ParseSeries(rest);
            if (people.Count == 0 || people[0].Name != match.Name)
                return null; // the first person after the discussion word opens the series, or there is none
            var described = people.Count(e => e.Role is not null || e.Affiliation is not null);
            var enough = people.Count >= 2 && described == people.Count || semicolons && people.Count >= 3 && 3 * described >= 2 * people.Count;
            return enough ? rest : null;
        }

        return null;
    }

    private static bool HasJoint(string text) =>
        text.Contains(';', StringComparison.Ordinal) || text.Contains(" and ", StringComparison.Ordinal) || text.Contains(" und ", StringComparison.Ordinal)
        || text.Contains(" sowie ", StringComparison.Ordinal);

    /// <summary>Back from the name over its description's words: role words, capitalised words and an article; a verb or a comma ends it.</summary>
    private static int SeriesStart(List<Tokens.Token> tokens, int name)
    {
        var start = name;
        for (var j = name - 1; j >= 0 && name - j <= 6; j--)
        {
            var text = tokens[j].Text;
            if (text.EndsWith(',') || text.EndsWith(':') || text.EndsWith(';'))
                break;
            if (RoleWords.IsRole(text) || char.IsUpper(text[0]) && !NameRules.IsTitle(text) || text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal))
            {
                start = j;
                continue;
            }

            if (start == j + 1 && start < name && char.IsLower(tokens[start].Text[0]) && RoleModifiers.Start(tokens, start, Math.Max(0, name - 8)) is var modifiers && modifiers < start)
            {
                start = modifiers; // "the travel writer X": the words that say what kind of writer belong to the role
                j = modifiers;
                continue;
            }

            if (text is "the" or "der" or "die" or "den" or "dem" && start == j + 1)
                start = j;
            break;
        }

        return start == name || char.IsUpper(tokens[start].Text[0]) || RoleWords.IsRole(tokens[start].Text) || RoleModifiers.IsModifier(tokens[start].Text) || tokens[start].Text is "the" or "der" or "die" or "den" or "dem" ? start : name;
    }
}
