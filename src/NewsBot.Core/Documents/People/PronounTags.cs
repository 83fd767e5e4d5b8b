using System.Collections.Frozen;
using System.Text;

namespace NewsBot.Core.Documents.People;

/// <summary>
/// "Marcus Roe (he/him)", "Dr. Ana Lind (sie/ihr), Professorin …": a bracketed pronoun tag after a name says how to refer
/// to the person; it is neither role nor affiliation, so it is taken out of a body line before anything reads it (the
/// title line below, or the description after it, then gives the role). Only brackets of two or three pronouns joined
/// by slashes count; one pass over the line.
/// </summary>
internal static class PronounTags
{
    /// <summary>Brackets longer than this are no pronoun tag.</summary>
    private const int MaxTagLength = 24;

    private static readonly FrozenSet<string> Pronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "she", "her", "hers", "he", "him", "his", "they", "them", "theirs", "ze", "zir", "xe", "xem", "any", "all",
        "sie", "ihr", "ihre", "er", "ihm", "sein", "es", "dey", "dem", "xier");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounSpans = Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The line without its pronoun tags (and the space before each); the line itself when it has none.</summary>
    public static string Strip(string line)
    {
        if (line.IndexOf('/') < 0)
            return line;
        StringBuilder? kept = null;
        var copiedTo = 0;
        for (var open = line.IndexOf('('); open >= 0; open = open + 1 < line.Length ? line.IndexOf('(', open + 1) : -1)
        {
            var close = line.IndexOf(')', open + 1, Math.Min(MaxTagLength, line.Length - open - 1));
            if (close < 0 || !IsTag(line.AsSpan(open + 1, close - open - 1)))
                continue;
            var from = open;
            while (from > copiedTo && line[from - 1] == ' ')
                from--;
            kept ??= new StringBuilder(line.Length);
            kept.Append(line, copiedTo, from - copiedTo);
            copiedTo = close + 1;
            open = close;
        }

        if (kept is null)
            return line;
        kept.Append(line, copiedTo, line.Length - copiedTo);
        var stripped = kept.ToString().Trim();
        return stripped.Length == 0 ? line : stripped; // a line of nothing but a tag stays a line
    }

    /// <summary>"she/her", "they / them", "he/they": two or three pronouns joined by slashes.</summary>
    private static bool IsTag(ReadOnlySpan<char> inside)
    {
        var parts = 0;
        foreach (var range in inside.Split('/'))
        {
            var part = inside[range].Trim();
            if (part.Length == 0 || !PronounSpans.Contains(part))
                return false;
            parts++;
        }

        return parts is 2 or 3;
    }
}
