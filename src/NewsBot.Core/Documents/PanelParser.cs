using System.Text.RegularExpressions;

namespace NewsBot.Core.Documents;

/// <summary>Splits a panel introduction ("A vom X und mit B von Y", "A, role at X, and B of Y") into experts.</summary>
internal static partial class PanelParser
{
    // Trim sets kept as fields: a params array written at the call is allocated on every call, and these run per token.
    private static readonly char[] CommaSpace = [',', ' '];
    private static readonly char[] SeriesEnd = ['.', '!', ':', ' '];

    public static List<Expert> ParseSeries(string part)
    {
        var cache = new Dictionary<string, PersonParser.Leading?>(StringComparer.Ordinal);
        part = DropRelativeClauses(part, t => IntroducesNext(t, cache));
        var cut = TopicClauseRegex().Match(part);
        if (cut.Success)
            part = part[..cut.Index];
        var text = TrailingFillerRegex().Replace(part.Trim().TrimEnd(SeriesEnd), string.Empty);
        bool StartsWithPerson(string t)
        {
            if (!cache.TryGetValue(t, out var leading))
                cache[t] = leading = PersonParser.ParseLeading(StripLeadIn(t));
            return leading is not null;
        }

        bool IntroducesPerson(string t) => StartsWithPerson(t) && cache[t] is { } leading
            && (leading.Role is not null || leading.Affiliation is not null || People.GivenNames.Contains(leading.Name.Split(' ')[0])
                || AffiliationFollows(leading.Remainder) // "… sowie Lena Roth vom NABU": a name the word list does not know, then where they work
                || leading.Name.Split(' ')[0] is { Length: 2 } initial && initial[1] == '.' || !People.RoleWords.HasRole(leading.Name) && char.IsLower(t.TrimStart()[0]));

        if (SemicolonSeries(text, IntroducesPerson, t => cache[t]!) is { Count: >= 2 } members)
            return members;

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

    /// <summary>"vom BUND", "von der Universität X", "of the Y Institute": the rest after a name opens with where the person works.</summary>
    private static bool AffiliationFollows(string remainder)
    {
        var rest = remainder.TrimStart();
        foreach (var preposition in AffiliationPrepositions)
        {
            if (rest.StartsWith(preposition, StringComparison.Ordinal) && rest.Length > preposition.Length && char.IsUpper(rest[preposition.Length]))
                return true;
        }

        return false;
    }

    private static readonly string[] AffiliationPrepositions = ["vom ", "von der ", "von den ", "of the ", "from the "];

    /// <summary>
    /// "A, Minister for X; the former head of Y, B; and the farmer C": a series whose members stand between semicolons.
    /// Each member is one person; a role set off by a comma stands before the name ("the former head of Y, B") or after
    /// it ("A, Minister for X"). Null when the text is no such series (fewer than three members, or two without "and").
    /// </summary>
    private static List<Expert>? SemicolonSeries(string text, Func<string, bool> introducesPerson, Func<string, PersonParser.Leading> leadingOf)
    {
        if (!text.Contains(';', StringComparison.Ordinal))
            return null;
        var members = Tokens.SplitTopLevel(text, ';');
        if (members.Count < 2 || members.Count == 2 && SeriesConnective(members[1]) == 0)
            return null;
        var experts = new List<Expert>(members.Count);
        foreach (var member in members)
        {
            var item = member[SeriesConnective(member)..].Trim();
            if (SemicolonMember(item, introducesPerson, leadingOf) is { } expert && experts.TrueForAll(e => e.Name != expert.Name))
                experts.Add(expert);
        }

        return experts;
    }

    /// <summary>The length of a leading "and ", "und ", "sowie ", "as well as ", "(and) by ", "(and) with " of a series member, or 0.</summary>
    private static int SeriesConnective(string member)
    {
        foreach (var word in (string[])["and by ", "and with ", "und mit ", "by ", "with ", "and ", "und ", "sowie ", "as well as ", "plus "])
        {
            if (member.StartsWith(word, StringComparison.Ordinal))
                return word.Length;
        }

        return 0;
    }

    /// <summary>One member of a semicolon series: the person whose name opens it or follows its leading comma parts.</summary>
    private static Expert? SemicolonMember(string item, Func<string, bool> introducesPerson, Func<string, PersonParser.Leading> leadingOf)
    {
        if (item.Length == 0)
            return null;
        if (introducesPerson(item))
            return PersonParser.Parse(leadingOf(item));
        if (PersonParser.ParseLeading(item) is { } named && PersonParser.Parse(named) is { } described && (described.Role is not null || described.Affiliation is not null) && !People.RoleWords.HasRole(named.Name))
            return described; // "Ida Vex, a river warden with X", "Jon Roe, Verband Y (VY)": a name the word list does not know, described after it
        var parts = Tokens.SplitTopLevel(item, ',');
        var offset = 0;
        for (var i = 1; i < parts.Count && i <= 3; i++)
        {
            offset = item.IndexOf(parts[i], offset + parts[i - 1].Length, StringComparison.Ordinal);
            if (offset < 0)
                return null;
            var rest = item[offset..];
            if (!introducesPerson(rest))
                continue;
            var expert = PersonParser.Parse(leadingOf(rest));
            if (expert.Role is not null)
                return expert;
            var before = item[..offset].TrimEnd().TrimEnd(',');
            var words = before.Split(' ', 2);
            if (words.Length == 2 && words[0] is "the" or "der" or "die" or "den" or "dem")
                before = words[1]; // "the former head of Y" → "former head of Y"
            if (!People.RoleWords.HasRole(before))
                return expert;
            var (role, affiliation) = People.DescriptionReader.Read(before);
            return expert with { Role = role ?? before, Affiliation = expert.Affiliation ?? affiliation };
        }

        return null;
    }

    /// <summary>
    /// Drops relative clauses from a series of people: "der Klimapsychologin A von der Universität Kassel, die seit Jahren
    /// untersucht, warum …, mit dem Ethiker B" reads as "A von der Universität Kassel, mit dem Ethiker B". A clause opens
    /// with a comma and a relative pronoun and runs to where the next person is introduced (after a separator or a comma),
    /// or to the end; its own commas and question words ("warum …") are not the end of the list.
    /// </summary>
    internal static string DropRelativeClauses(string text, Func<string, bool> introducesPerson)
    {
        if (text.Length > ProseLimit)
            return text;
        var result = new System.Text.StringBuilder(text.Length);
        var position = 0;
        var match = Phrases.RelativeClauseOpening.Find(text);
        while (match.Start >= 0)
        {
            if (!OpensRelativeClause(text, match))
            {
                match = Phrases.RelativeClauseOpening.Find(text, match.End);
                continue;
            }

            result.Append(text, position, match.Start - position);
            var end = text.Length;
            foreach (var boundary in Boundaries(text, match.End))
            {
                if (introducesPerson(text[boundary.Next..]))
                {
                    end = boundary.At;
                    break;
                }
            }

            var clause = text[match.Start..end];
            if (KeepsAffiliation(clause))
            {
                result.Append(clause); // ", die an der Universität Jena forscht", ", who leads the team at X": where they work
            }

            position = end;
            match = end < text.Length ? Phrases.RelativeClauseOpening.Find(text, end) : (-1, -1);
        }

        result.Append(text, position, text.Length - position);
        return result.ToString();
    }

    /// <summary>
    /// ", deren …", ", who …" always; ", die seit Jahren …", ", der in Görlitz …" when a word that is no adjective follows
    /// (", die Vorsitzende der Schulpflegschaft, X" and ", die ehemalige Ministerin X" are appositions).
    /// </summary>
    private static bool OpensRelativeClause(string text, (int Start, int End) match)
    {
        var pronoun = text[match.Start..match.End].TrimStart(',').Trim();
        if (pronoun is not ("die" or "der" or "das"))
            return true;
        var after = text.AsSpan(match.End);
        var space = after.IndexOf(' ');
        var word = (space < 0 ? after : after[..space]).ToString();
        if (word.Length == 0 || !char.IsLower(word[0]))
            return false;
        if (ClauseOpeners.Contains(word))
            return true;
        return !(word.EndsWith('e') || word.EndsWith("en", StringComparison.Ordinal) || word.EndsWith("er", StringComparison.Ordinal)
            || word.EndsWith("es", StringComparison.Ordinal) || word.EndsWith("em", StringComparison.Ordinal));
    }

    /// <summary>Prepositions, pronouns and adverbs that open a German relative clause after "die"/"der"/"das".</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "über", "unter", "hinter", "wieder", "immer", "sich", "selbst", "seit", "bereits", "schon", "heute", "ihre", "seine", "ihren",
        "seinen", "eine", "einen", "einer", "diese", "diesen", "unsere", "zuletzt", "lange", "jahrelang", "jahrzehntelang", "gerade",
    };

    /// <summary>A relative clause that says where someone works: it stays, the description reads the affiliation from it.</summary>
    private static bool KeepsAffiliation(string clause)
    {
        var words = clause.TrimStart(',').Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words[1] is "an" or "bei" or "beim" || clause.Contains(" at ", StringComparison.Ordinal);
    }

    /// <summary>Where a next list member could begin after <paramref name="from"/>: after a series separator or a top-level comma.</summary>
    private static IEnumerable<(int At, int Next)> Boundaries(string text, int from)
    {
        var separators = SeparatorRegex().Match(text, from);
        var depth = 0;
        for (var i = from; i < text.Length; i++)
        {
            while (separators.Success && separators.Index < i)
                separators = separators.NextMatch();
            if (separators.Success && separators.Index == i)
                yield return (i, separators.Index + separators.Length);
            var c = text[i];
            if (c == '(')
                depth++;
            else if (c == ')' && depth > 0)
                depth--;
            else if (c == ',' && depth == 0 && i + 1 < text.Length)
                yield return (i, i + 1);
        }
    }

    /// <summary>Longer texts are not searched for relative clauses (bounded work on hostile input).</summary>
    private const int ProseLimit = 1500;

    private static bool IntroducesNext(string text, Dictionary<string, PersonParser.Leading?> cache)
    {
        var t = text.TrimStart();
        if (t.Length == 0)
            return false;
        if (!cache.TryGetValue(t, out var leading))
            cache[t] = leading = PersonParser.ParseLeading(StripLeadIn(t));
        return leading is { } found && (found.Role is not null || found.Affiliation is not null || People.GivenNames.Contains(found.Name.Split(' ')[0]));
    }

    /// <summary>
    /// "beantwortet der Hydrologe X", "saßen die Ärztin Y", "außerdem ist Katastrophenschutz-Experte Z": the verb and adverbs
    /// of a German sentence in front of a person in a series are dropped (lower-case function words, or any lower-case word
    /// right before a German article: a role never stands there).
    /// </summary>
    internal static string StripLeadIn(string text)
    {
        var t = text.TrimStart();
        for (var guard = 0; guard < 4; guard++)
        {
            var space = t.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0 || !char.IsLower(t[0]))
                return t;
            var word = t[..space];
            var next = t[(space + 1)..];
            var nextWord = next.Split(' ', 2)[0];
            if (LeadInWords.Contains(word) || word.Length > 2 && word.All(char.IsLetter) && nextWord is "der" or "die" or "den" or "dem"
                && word is not ("der" or "die" or "den" or "dem" or "des" or "mit" or "und" or "sowie"))
                t = next.TrimStart();
            else
                return t;
        }

        return t;
    }

    private static readonly HashSet<string> LeadInWords = new(StringComparer.Ordinal)
    {
        "außerdem", "zudem", "ferner", "ebenfalls", "auch", "dazu", "ist", "sind", "wird", "werden", "war", "waren", "heute", "live",
        "schließlich", "weiterhin", "ebenso", "zusätzlich",
    };

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
                segment = tail.TrimStart(CommaSpace) + separator + segment; // "…, the former MEP" + "and" + "broadcaster X"
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
        for (var p = 1; p < parts.Count; p++)
        {
            var part = parts[p];
            if (p + 1 < parts.Count && !startsWithPerson(part) && IsRoleApposition(part) && startsWithPerson(current)
                && PersonParser.StartsWithPerson(parts[p + 1]) && startsWithPerson(part + ", " + parts[p + 1]))
            {
                // "…, die Vorsitzende der Schulpflegschaft, Anja Hollerbach, und …": the role in front belongs to the next person
                persons.Add(current);
                current = part + ", " + parts[++p];
                continue;
            }

            if (startsWithPerson(part) && startsWithPerson(current))
            {
                persons.Add(current);
                current = part;
            }
            else if (startsWithPerson(part) && Tokens.Of(current).Count > 2 && !startsWithPerson(current + ", " + part))
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

    /// <summary>"die Vorsitzende der Schulpflegschaft", "the former MEP": an article, then a role, without a name.</summary>
    private static bool IsRoleApposition(string part)
    {
        var tokens = Tokens.Of(part);
        return tokens.Count is >= 2 and <= 8 && tokens[0].Text is "die" or "der" or "den" or "dem" or "the" && People.RoleWords.HasRole(part);
    }

    /// <summary>Where the list of people ends and the topic or the moderator begins ("… darüber, welche …", ", in a conversation moderated by …").</summary>
    [GeneratedRegex(@"\s+(?:darüber|darum|hierüber)\b|,\s+(?:wie|was|welche[rsmn]?|ob|warum|weshalb|wieso|how|what|whether|why|in\s+a\s+conversation|moderated\s+by|chaired\s+by)\b|\s+(?:about|to\s+discuss|moderated\s+by)\s")]
    private static partial Regex TopicClauseRegex();

    [GeneratedRegex(@"(?<!-)(?:,\s*|\s+)(?:und|sowie|and|as\s+well\s+as)\s+(?:mit\s+|with\s+)?|\s*;\s*|\s+mit\s+(?=(?:der|dem)\s+\p{Ll}*\s*\p{Lu})|\s+[–—]\s+(?:außerdem|zudem|sowie|und)\s+")]
    private static partial Regex SeparatorRegex();

    [GeneratedRegex(@"(?:\s+(?:live|heute|hier|today|tonight|bei\s+uns))*\s+(?:im\s+Studio|in\s+the\s+studio|im\s+Livestream|im\s+Stream|live|heute\s+Abend|heute|tonight|today|in\s+der\s+Sendung|on\s+the\s+show|zu\s+Gast|mit\s+dabei|dabei|zugeschaltet)$")]
    private static partial Regex TrailingFillerRegex();
}
