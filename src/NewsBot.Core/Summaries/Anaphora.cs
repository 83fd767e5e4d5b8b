using System.Collections.Frozen;

namespace NewsBot.Core.Summaries;

/// <summary>
/// Sentences that open with a pronoun or connector and need their predecessor to make sense
/// (summarization.md §5.1 step 9). "Das"/"Dies" count only before a lower-case word ("Das zeigt …", not "Das Gesetz …").
/// </summary>
internal static class Anaphora
{
    private static readonly FrozenSet<string> Openers = FrozenSet.Create(StringComparer.Ordinal,
        "Dieser", "Diese", "Dieses", "Diesem", "Diesen", "Er", "Sie", "Es", "Damit", "Dabei", "Dadurch", "Deshalb",
        "Daher", "Darum", "Dafür", "Dagegen", "Zudem", "Außerdem", "Allerdings", "Jedoch", "Doch", "Aber", "Auch",
        "Ebenso", "Trotzdem", "Dennoch", "This", "These", "He", "She", "It", "They", "However", "Also", "But",
        "Moreover", "Meanwhile", "Still", "Those");

    private static readonly FrozenSet<string> DemonstrativesBeforeVerb = FrozenSet.Create(StringComparer.Ordinal,
        "Das", "Dies", "That");

    public static bool NeedsPredecessor(ReadOnlySpan<char> sentence)
    {
        var text = sentence.TrimStart("„»«‚\"'“(");
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var first = text[..end];
        if (Openers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first))
        {
            return true;
        }

        if (!DemonstrativesBeforeVerb.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first))
        {
            return false;
        }

        var rest = text[end..].TrimStart();
        return rest.Length > 0 && char.IsLower(rest[0]);
    }
}
