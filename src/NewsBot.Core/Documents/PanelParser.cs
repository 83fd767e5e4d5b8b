using System.Text.RegularExpressions;

namespace NewsBot.Core.Documents;

/// <summary>Splits a panel introduction ("A vom X und mit B von Y", "A, role at X, and B of Y") into experts.</summary>
internal static partial class PanelParser
{
    public static List<Expert> ParseSeries(string part)
    {
        var cut = TopicClauseRegex().Match(part);
        if (cut.Success)
            part = part[..cut.Index];
        var text = TrailingFillerRegex().Replace(part.Trim().TrimEnd('.', '!', ':', ' '), string.Empty);
        var cache = new Dictionary<string, PersonParser.Leading?>(StringComparer.Ordinal);
        bool StartsWithPerson(string t)
        {
            if (!cache.TryGetValue(t, out var leading))
                cache[t] = leading = PersonParser.ParseLeading(t);
            return leading is not null;
        }

        bool IntroducesPerson(string t) => StartsWithPerson(t) && cache[t] is { } leading
            && (leading.Role is not null || leading.Affiliation is not null || People.GivenNames.Contains(leading.Name.Split(' ')[0])
                || leading.Name.Split(' ')[0] is { Length: 2 } initial && initial[1] == '.' || !People.RoleWords.HasRole(leading.Name) && char.IsLower(t.TrimStart()[0]));

        var chunks = new List<string>();
        var position = 0;
        var separator = string.Empty;
        foreach (Match match in SeparatorRegex().Matches(text))
        {
            AddChunk(chunks, separator, text[position..match.Index], IntroducesPerson);
            separator = match.Value;
            position = match.Index + match.Length;
        }

        AddChunk(chunks, separator, text[position..], IntroducesPerson);

        var experts = new List<Expert>();
        PersonParser.Leading? previous = null;
        foreach (var chunk in chunks)
        {
            foreach (var person in SplitCommaPersons(chunk, IntroducesPerson))
            {
                if (!StartsWithPerson(person))
                    continue;
                var leading = cache[person]!;
                if (leading.Role is null && previous is { PluralRole: true } && previous.Remainder.Trim().Length == 0)
                    leading = leading with { Role = previous.Role }; // "den Klimaforschern A und B vom X": B is one of them
                previous = leading;
                var expert = PersonParser.Parse(leading);
                if (experts.TrueForAll(e => e.Name != expert.Name))
                    experts.Add(expert);
            }
        }

        return experts;
    }

    private static void AddChunk(List<string> chunks, string separator, string segment, Func<string, bool> startsWithPerson)
    {
        if (segment.Trim().Length == 0)
            return;
        if (chunks.Count > 0 && separator.Trim() is "und" or "and" && !startsWithPerson(chunks[^1])
            && (IsBareRole(chunks[^1]) || Tokens.Of(chunks[^1]).Count <= 6 && People.RoleWords.HasRole(chunks[^1])))
            chunks[^1] += separator + segment; // "der Journalistin" + "und" + "Autorin Eva Klein": one person, two roles
        else if (chunks.Count > 0 && separator.Trim() is "und" or "and" && EndsInsideOrganisation(chunks[^1]) && !IntroducesSomeone(segment))
            chunks[^1] += separator + segment; // "Hochschule für Technik" + "und" + "Wirtschaft Berlin": one name
        else if (chunks.Count == 0 || startsWithPerson(segment))
        {
            if (chunks.Count > 0 && separator.Trim() is "and" or "und" && DanglingRole(chunks[^1]) is { } tail)
            {
                chunks[^1] = chunks[^1][..^tail.Length].TrimEnd().TrimEnd(',');
                segment = tail.TrimStart(',', ' ') + separator + segment; // "…, the former MEP" + "and" + "broadcaster X"
            }

            chunks.Add(segment);
        }
        else
            chunks[^1] += separator + segment;
    }

    /// <summary>", the former MEP" at the end of a chunk: a role without a name that belongs to the next person.</summary>
    private static string? DanglingRole(string chunk)
    {
        var comma = chunk.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma < 0)
            return null;
        var tail = chunk[(comma + 2)..];
        var tokens = Tokens.Of(tail);
        return tokens.Count is >= 2 and <= 6 && tokens[0].Text is "the" or "der" or "die" or "den" or "dem" && People.RoleWords.HasRole(tail)
            && PersonParser.ParseLeading(tail) is null ? chunk[comma..] : null;
    }

    /// <summary>Text ending in "für Technik" / "for Peace" (never "of": "X of Harvard and Y"): an organisation's name goes on after "und"/"and".</summary>
    private static bool EndsInsideOrganisation(string text)
    {
        var tokens = Tokens.Of(text);
        return tokens.Count >= 2 && tokens[^2].Text is "für" or "for" && char.IsUpper(tokens[^1].Text[0])
            && !tokens[^1].Text.EndsWith(',');
    }

    /// <summary>
    /// Whether a segment after "für X und" is a person rather than the rest of an organisation's name: it has a role,
    /// or is followed by a description (", Energieexperte …", "(DIW)", "vom …"). "Wirtschaft Berlin lehrt" is not.
    /// </summary>
    private static bool IntroducesSomeone(string segment)
    {
        if (PersonParser.ParseLeading(segment) is not { } leading)
            return false;
        if (leading.Role is not null)
            return true;
        var rest = leading.Remainder.TrimStart();
        return rest.Length > 0 && (rest[0] is ',' or '(' or ';' or '–' or '-' || Prepositions.StripLeading(rest) is not null);
    }

    /// <summary>"der Journalistin", "dem früheren Minister": an article, lower-case adjectives and one role noun, no name.</summary>
    private static bool IsBareRole(string text)
    {
        var tokens = Tokens.Of(text);
        if (tokens.Count < 2 || tokens[0].Text is not ("der" or "dem" or "den" or "die" or "des"))
            return false;
        for (var i = 1; i < tokens.Count - 1; i++)
        {
            if (!char.IsLower(tokens[i].Text[0]))
                return false;
        }

        return NameRules.IsRoleNoun(tokens[^1].Text);
    }

    private static List<string> SplitCommaPersons(string chunk, Func<string, bool> startsWithPerson)
    {
        var parts = Tokens.SplitTopLevel(chunk, ',');
        var persons = new List<string>();
        var current = parts[0];
        foreach (var part in parts.Skip(1))
        {
            if (startsWithPerson(part) && startsWithPerson(current))
            {
                persons.Add(current);
                current = part;
            }
            else if (startsWithPerson(part) && Tokens.Of(current).Count > 4 && !startsWithPerson(current + ", " + part))
            {
                current = part; // "die beiden Abgeordneten aus dem Wahlkreis X, Nina Stahr …": a lead-in, not a person
            }
            else
            {
                current += ", " + part;
            }
        }

        persons.Add(current);
        return persons;
    }

    /// <summary>Where the list of people ends and the topic or the moderator begins ("… darüber, welche …", ", in a conversation moderated by …").</summary>
    [GeneratedRegex(@"\s+(?:darüber|darum|hierüber)\b|,\s+(?:wie|was|welche[rsmn]?|ob|warum|weshalb|wieso|how|what|whether|why|in\s+a\s+conversation|moderated\s+by|chaired\s+by)\b|\s+(?:about|to\s+discuss|moderated\s+by)\s")]
    private static partial Regex TopicClauseRegex();

    [GeneratedRegex(@"(?<!-)(?:,\s*|\s+)(?:und|sowie|and|as\s+well\s+as)\s+(?:mit\s+|with\s+)?|\s*;\s*|\s+mit\s+(?=(?:der|dem)\s+\p{Ll}*\s*\p{Lu})|\s+[–—]\s+(?:außerdem|zudem|sowie|und)\s+")]
    private static partial Regex SeparatorRegex();

    [GeneratedRegex(@"(?:\s+(?:live|heute|hier|today|tonight|bei\s+uns))*\s+(?:im\s+Studio|in\s+the\s+studio|im\s+Livestream|im\s+Stream|live|heute\s+Abend|heute|tonight|today|in\s+der\s+Sendung|on\s+the\s+show)$")]
    private static partial Regex TrailingFillerRegex();
}
