using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// "In the studio with Jo: A, …", "Joining Jo are A and B", "Im Studio bei Anna sind …": the one or two capitalised words
/// of the person the guests are with, as
/// <c>^(?:In\s+the\s+studio\s+with|Im\s+Studio\s+bei|Joining)\s+(?&lt;name&gt;\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*(?::|\s+(?:are|is|sind|ist)\b)</c>.
/// </summary>
internal static class CompanionPhrase
{
    private static readonly PhraseSet Openers = new(false, "In the studio with", "Im Studio bei", "Joining");
    private static readonly PhraseSet Verbs = new(false, "are", "is", "sind", "ist");

    /// <summary>The name the sentence opens with after "In the studio with", "Im Studio bei" or "Joining"; null when it does not.</summary>
    public static string? Name(string text)
    {
        var at = Scan.AfterSpaces(text, Openers.After(text, 0));
        Span<int> ends = stackalloc int[2];
        for (var words = Scan.CapitalisedWords(text, at, Scan.IsNameLetter, ends); words >= 1; words--)
        {
            if (ColonOrVerbAt(text, ends[words - 1]))
                return text[at..ends[words - 1]];
        }

        return null;
    }

    // \s*(?::|\s+(?:are|is|sind|ist)\b)
    private static bool ColonOrVerbAt(string text, int at)
    {
        var next = Scan.SkipSpaces(text, at);
        return next < text.Length && text[next] == ':' || next > at && Verbs.AfterWhole(text, next) >= 0;
    }
}
