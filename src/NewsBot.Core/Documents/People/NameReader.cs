using System.Runtime.InteropServices;

namespace NewsBot.Core.Documents.People;

/// <summary>A person's name found in a token list: where it starts and ends, as written without titles.</summary>
/// <param name="Start">Index of the first token of the name itself (after titles).</param>
/// <param name="End">Index after the last token used (post-nominals included).</param>
/// <param name="Name">The name without titles and post-nominals.</param>
/// <param name="Known">The name opens with a known given name or an initial: evidence even without context.</param>
/// <param name="Possessive">The name was written "X's" ("University of Chicago's Professor …" is the other way round).</param>
/// <param name="ClosedByPunctuation">The last name token carried a comma, colon or semicolon.</param>
internal sealed record NameMatch(int Start, int End, string Name, bool Known, bool Possessive, bool ClosedByPunctuation);

/// <summary>
/// Reads a person's name at a token position: titles and ranks ("Prof. Dr.", "Sir", "Colonel (ret.)") are skipped,
/// then two to five name words (initials, particles such as "von der", "de la", hyphenated and non-Latin-alphabet
/// names), then post-nominals ("MdB", "MP", "PhD"). Linear in the tokens it looks at.
/// </summary>
internal static class NameReader
{
    private const int MaxNameWords = 5;

    public static NameMatch? At(IReadOnlyList<Tokens.Token> tokens, int index)
    {
        var n = tokens.Count;
        var i = index;
        var guard = 0;
        while (i < n && guard++ < 6 && (Honorifics.IsPrefix(Bare(tokens[i].Text)) || Honorifics.IsPrefix(tokens[i].Text)
            || (i > index && tokens[i].Text is "(ret.)" or "(ret)")))
            i++;
        var start = i;
        var words = 0;
        var parts = new List<string>(4);
        var possessive = false;
        var closed = false;
        while (i < n && parts.Count < MaxNameWords + 2)
        {
            var raw = tokens[i].Text;
            var bare = Bare(raw);
            var ownerless = StripPossessive(bare, out var isPossessive);
            if (ownerless.Length == 0)
                break;
            if (words >= 1 && !isPossessive && IsAcademicTitle(raw))
            {
                // "Stadtbaurat Dipl.-Ing. Holger M.", "Weihbischof Dr. Matthias K.": words before an academic title are a rank; the name starts after it
                words = 0;
                parts.Clear();
                i++;
                while (i < n && IsAcademicTitle(tokens[i].Text) && guard++ < 12)
                    i++;
                start = i;
                continue;
            }

            if (NameRules.IsNameWord(ownerless) && !NameRules.IsOrganisationWord(ownerless) && !Honorifics.IsSuffix(ownerless) && !(words >= 2 && IsCommonNoun(ownerless))
                || words >= 1 && NameRules.IsPrefixedNameWord(ownerless))
            {
                words++;
            }
            else if (words >= 1 && NameRules.IsParticle(ownerless) && i + 1 < n && IsParticleContext(tokens, i)
                && (ownerless is not ("der" or "den" or "dem") || parts.Count > 0 && parts[^1] is "von" or "van" or "de" or "ten"))
            {
                // "von der", "de la", "van": part of the name when a name word follows
            }
            else
            {
                break;
            }

            parts.Add(ownerless);
            i++;
            if (isPossessive)
            {
                possessive = true;
                break;
            }

            if (bare.Length != raw.Length)
            {
                closed = raw[^1] is ',' or ';' or ':';
                break;
            }

            if (words >= MaxNameWords)
                break;
        }

        var stop = i < n && !closed && !possessive ? Bare(tokens[i].Text) : "";
        while (parts.Count > 0 && NameRules.IsParticle(parts[^1]))
        {
            parts.RemoveAt(parts.Count - 1);
            i--;
        }

        if (words < 2 || NameRules.IsTitleFunctionWord(stop))
            return null; // "Financing Preparedness After the Accord": capitalised words running into a title's function word are a title
        var end = i;
        if (closed && !possessive && tokens[i - 1].Text.EndsWith(',') && i < n && Honorifics.IsSuffix(Bare(tokens[i].Text)))
            closed = false; // "Mei-Ling Tsai, Ph.D.", "Thomas J. Whitfield, USN (Ret.)": post-nominals after a comma
        if (!closed && !possessive)
        {
            while (end < n && Honorifics.IsSuffix(Bare(tokens[end].Text)))
            {
                var suffixRaw = tokens[end].Text;
                end++;
                if (Bare(suffixRaw).Length != suffixRaw.Length)
                {
                    closed = suffixRaw[^1] is ',' or ';' or ':';
                    break;
                }
            }
        }

        if (parts.Count >= 3 && parts[0] is "P." or "Br" or "Fr." && GivenNames.Contains(parts[1]) && end > i && Honorifics.IsReligiousOrder(Bare(tokens[end - 1].Text)))
        {
            parts.RemoveAt(0); // "P. Anselm Nguyen SJ": with an order's post-nominal, "P." is Pater (as "Br." is Bruder), not an initial
            start++;
        }

        var known = parts[0].Length == 2 && parts[0][1] == '.' || GivenNames.Contains(parts[0]);
        return new NameMatch(start, end, string.Join(' ', (ReadOnlySpan<string?>)CollectionsMarshal.AsSpan(parts)), known, possessive, closed);
    }

    /// <summary>"Dr.", "Prof.", "Dipl.-Ing.", "PD": an academic title (abbreviated, so never a name word of its own).</summary>
    private static bool IsAcademicTitle(string token) =>
        token is "Dr." or "Dr" or "Prof." or "PD" or "Dipl.-Ing." or "Dr.-Ing." or "Dr.-Ing" or "Dres." or "Priv.-Doz." or "Jun.-Prof.";

    /// <summary>The token without trailing ",;:" (and without a closing "." unless it is an initial or abbreviation).</summary>
    public static string Bare(string token)
    {
        var end = token.Length;
        while (end > 0 && token[end - 1] is ',' or ';' or ':')
            end--;
        if (end > 2 && token[end - 1] == '.' && char.IsLower(token[end - 2]) && token.AsSpan(0, end - 1).IndexOf('.') < 0)
            end--; // "Haynes." at the end of a sentence; "J." and "Jr." stay
        return token[..end];
    }

    /// <summary>German abstract and plural noun endings no family name has ("Morddrohungen", "Freiheit", "Gesellschaft").</summary>
    private static bool IsCommonNoun(string word) =>
        word.Length >= 7 && (word.EndsWith("ungen", StringComparison.Ordinal) || word.EndsWith("ung", StringComparison.Ordinal)
            || word.EndsWith("heit", StringComparison.Ordinal) || word.EndsWith("keit", StringComparison.Ordinal)
            || word.EndsWith("schaft", StringComparison.Ordinal) || word.EndsWith("tion", StringComparison.Ordinal)
            || word.EndsWith("ismus", StringComparison.Ordinal) || word.EndsWith("nisse", StringComparison.Ordinal));

    private static string StripPossessive(string word, out bool possessive)
    {
        possessive = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);
        return possessive ? word[..^2] : word;
    }

    private static bool IsParticleContext(IReadOnlyList<Tokens.Token> tokens, int i)
    {
        var next = Bare(tokens[i + 1].Text);
        if (NameRules.IsParticle(next))
            return i + 2 < tokens.Count && NameRules.IsNameWord(Bare(tokens[i + 2].Text));
        return NameRules.IsNameWord(StripPossessive(next, out _));
    }
}
