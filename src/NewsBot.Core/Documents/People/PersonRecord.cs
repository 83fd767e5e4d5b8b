using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.People;

/// <summary>A person as a list line gives them: "Nancy Faeser (SPD, Bundesinnenministerin)", "Peter Hain", "Name, Rolle".</summary>
/// <param name="Name">The name without titles and post-nominals.</param>
/// <param name="Role">The role in its written (list) form, or null.</param>
/// <param name="Affiliation">The affiliation without preposition, or null.</param>
/// <param name="NameOnly">The line holds nothing but the name (a heading of a bio, or a name above its title line).</param>
/// <param name="Known">The name opens with a known given name or an initial.</param>
/// <param name="Free">Running text after the person ("- Name (Rolle): Er spricht …", "Name | In this conversation …").</param>
internal sealed record PersonRecord(string Name, string? Role, string? Affiliation, bool NameOnly, bool Known, string? Free)
{
    /// <summary>The line marks the person as the moderator ("—Moderator", "(Moderation)").</summary>
    public bool Moderates { get; init; }
}

/// <summary>
/// Reads one line as a person record in any of the usual list shapes: "Name (X, Y)", "Name (57), Partei, Rolle",
/// "Name, Rolle", "Name – Rolle", "- Name (Rolle): text", "Rolle Name", "Name—Moderator", or the bare name.
/// Returns null when the line is prose ("Peter Hain has held …") or no name opens it.
/// </summary>
internal static class PersonRecordReader
{
    /// <summary>Longer lines are prose, never a record.</summary>
    public const int MaxLineLength = 600;

    /// <summary>
    /// <see cref="Read"/> of a whole line of a page, which may also go on from the line above ("sowie die Ärztin X (Y)")
    /// or give the description before the name ("Bayerns Staatssekretärin im Wirtschaftsministerium, Jane Roe,").
    /// </summary>
    public static PersonRecord? ReadLine(string line, DocumentLanguage language)
    {
        if (line.Length > MaxLineLength)
            return null;
        line = ListContinuation(line);
        return DescriptionFirst(line) ?? Read(line, language);
    }

    public static PersonRecord? Read(string line, DocumentLanguage language)
    {
        if (line.Length > MaxLineLength)
            return null;
        if (OrganisationFirst(line, language) is { } listed)
            return listed;
        var moderates = ModeratorSuffix(ref line);
        if (line.Contains('—', StringComparison.Ordinal))
            line = line.Replace(" — ", "—", StringComparison.Ordinal).Replace("—", " — ", StringComparison.Ordinal);
        var tokens = Tokens.Of(line);
        if (tokens.Count < 2)
            return null;
        if (NameAfterDash(line) is { } dashed)
            return dashed with { Moderates = moderates };

        string? preRole = null;
        var match = NameReader.At(tokens, 0);
        if (match is not null && !match.Known && match.Name.Contains(' ', StringComparison.Ordinal))
            (preRole, match) = SplitCapitalizedRole(line, tokens, match);
        if (match is null)
            (preRole, match) = AfterRole(line, tokens);
        if (match is null || match.Possessive)
            return null;
        if (!match.Known && (IsOrganisationName(match.Name) || RoleWords.HasRole(match.Name)))
            return null; // "Landkreis Ostheide: Landrat X", "Theologische Fakultät", "Schäferin X aus Y": an organisation or a role is no name

        var last = tokens[match.End - 1];
        var rest = line[(last.Start + last.Text.Length)..].Trim();
        if (match.ClosedByPunctuation)
            rest = line[(last.Start + last.Text.Length - 1)..].Trim();
        if (rest.Length == 0)
        {
            if (!match.Known && RoleWords.HasRole(match.Name))
                return null;
            var (onlyRole, onlyAffiliation) = preRole is null ? (null, null) : SplitPreRole(preRole, null);
            return new PersonRecord(match.Name, onlyRole, onlyAffiliation, NameOnly: preRole is null && !moderates, match.Known, null) { Moderates = moderates };
        }

        if (!rest.StartsWith('(') && !rest.StartsWith('|') && IsSentence(rest.Split(": ", 2)[0]))
            return null;
        if (!match.Known && rest.EndsWith('?'))
            return null; // "Ob Auftragsbücher, Maschinendaten oder …: … Wer haftet, wenn …?": prose that ends in a question, no unknown name's record

        string description;
        string? free = null;
        switch (rest[0])
        {
            case '(':
                var close = ClosingBracket(rest);
                if (close < 0)
                    return null;
                var inside = rest[1..close];
                var after = rest[(close + 1)..].Trim();
                if (after.StartsWith(':') && IsShortDescription(after[1..]))
                {
                    description = inside + ", " + after[1..];
                }
                else if (after.StartsWith(':') || after.StartsWith('|'))
                {
                    free = after[1..].Trim();
                    description = inside;
                }
                else if (after.StartsWith(','))
                {
                    description = inside + ", " + after[1..];
                }
                else if (after.Length == 0 || after.StartsWith('–') || after.StartsWith('—') || after.StartsWith("- ", StringComparison.Ordinal))
                {
                    description = after.Length == 0 ? inside : inside + ", " + after[1..];
                }
                else
                {
                    return null;
                }

                break;
            case ',' or ':' or ';':
                // "Name; Institution, Rolle": a semicolon separates the name's field from its description as a comma does
                description = rest[0] == ',' ? WithoutPostNominals(rest[1..]) : rest[1..];
                if (rest[0] == ';' && (NameReader.At(Tokens.Of(description), 0) is { Known: true } || description.Contains("; ", StringComparison.Ordinal)))
                    return null; // only "Name; Institution[, Rolle]" with one semicolon; "Anna Berg; Tim Lang" are two names
                if (description.Length == 0)
                    return new PersonRecord(match.Name, preRole, null, NameOnly: preRole is null && !moderates, match.Known, null) { Moderates = moderates };
                break;
            case '–' or '—':
                description = rest[1..];
                if ((match.Known || !RoleWords.HasRole(match.Name)) && SeparatedFields(description, rest[0] == '–' ? " – " : " — ") is { } dashFields)
                    return new PersonRecord(match.Name, dashFields.Role, dashFields.Affiliation, NameOnly: false, match.Known, null) { Moderates = moderates };
                break;
            case '-' when rest.Length > 1 && rest[1] == ' ':
                description = rest[1..];
                break;
            case '|':
                description = string.Empty;
                free = rest[1..].Trim();
                if ((match.Known || !RoleWords.HasRole(match.Name)) && SeparatedFields(free, " | ") is { } pipeFields)
                    return new PersonRecord(match.Name, pipeFields.Role, pipeFields.Affiliation, NameOnly: false, match.Known, null) { Moderates = moderates };
                if (PipeFields(free) is { } fields)
                    (description, free) = (fields, null); // "Name | Rolle | Organisation": a table row, not running text
                else if (IsDescriptionField(free))
                    (description, free) = (free, null); // "Name | Umweltbundesamt, Fachgebiet X": a two-column row
                break;
            default:
                if (Prepositions.StripLeading(rest) is not { } place)
                    return null;
                var (_, where) = DescriptionReader.Read(place);
                return new PersonRecord(match.Name, preRole, where ?? place.TrimEnd('.'), NameOnly: false, match.Known, null);
        }

        var handle = description.IndexOf("(@", StringComparison.Ordinal);
        if (handle >= 0)
            description = description[..handle];
        description = FirstSentence(description.Trim(), language);
        var (role, affiliation) = DescriptionReader.Read(description, roleKnown: preRole is not null);
        if (preRole is not null)
            (role, affiliation) = role is null ? SplitPreRole(preRole, affiliation) : (role, affiliation);
        if (!match.Known && (RoleWords.HasRole(match.Name) || !(role is not null && RoleWords.HasRole(role) || affiliation is not null && affiliation.Split(' ').Any(NameRules.IsOrganisationWord))))
            return null; // "Scaling Up: Industry, Money, and Politics", "Senior Fellow, Europe Program": no person
        return new PersonRecord(match.Name, role, affiliation, NameOnly: false, match.Known, free) { Moderates = moderates };
    }

    /// <summary>
    /// "Former Deputy Governor, Central Bank — Dr. Jane Roe": a title line, a dash, then the name closing the line (speaker
    /// cards that put the post first). Only a known name after the last dash and a role before it, which does not itself
    /// open with a known name ("Jane Roe – Director, X" is the usual shape and read as such).
    /// </summary>
    private static PersonRecord? NameAfterDash(string line)
    {
        var dash = Math.Max(line.LastIndexOf(" — ", StringComparison.Ordinal), line.LastIndexOf(" – ", StringComparison.Ordinal));
        if (dash <= 0 || dash > 300)
            return null;
        var before = line[..dash].Trim();
        var after = Tokens.Of(line[(dash + 3)..]);
        if (after.Count < 2 || NameReader.At(after, 0) is not { Known: true, Possessive: false } name || name.End != after.Count
            || !RoleWords.HasRole(before) || IsSentence(before))
            return null;
        if (NameReader.At(Tokens.Of(before), 0) is { Known: true })
            return null;
        var (role, affiliation) = DescriptionReader.Read(before);
        return role is null && affiliation is null ? null : new PersonRecord(name.Name, role, affiliation, NameOnly: false, Known: true, null);
    }

    /// <summary>
    /// "Referentin Digitalisierung | ver.di Bundesverwaltung", "Medienpsychologin – Universität zu Köln": after the name, a
    /// row whose fields the line's own separator divides is a table row — the first field the post, the second its
    /// organisation, as written (a comma inside a field, "Referentin, Germanwatch", would be ambiguous; the separator is
    /// not). Only when the first field reads as a post alone and the second is no post without a body.
    /// </summary>
    internal static (string Role, string Affiliation)? SeparatedFields(string rest, string separator)
    {
        if (rest.Length > 240 || !rest.Contains(separator, StringComparison.Ordinal))
            return null;
        var fields = rest.Split(separator, StringSplitOptions.TrimEntries);
        if (fields.Length != 2)
            return null;
        foreach (var field in fields)
        {
            if (field.Length == 0 || field.Split(' ').Length > 8 || field.EndsWith('?') || field.EndsWith('!')
                || field.Contains(',', StringComparison.Ordinal) || IsSentence(field))
                return null;
        }

        var (role, affiliation) = DescriptionReader.Read(fields[0]);
        if (role is null || affiliation is not null || !RoleWords.HasRole(fields[0]))
            return null;
        var organisation = DescriptionReader.TrimSentenceDot(fields[1]);
        if (RoleWords.HasRole(organisation) && !organisation.Split(' ').Any(NameRules.IsOrganisationWord))
            return null; // "Lehrerin – Mutter von drei Kindern": a second post, not an organisation
        return (role, organisation);
    }

    /// <summary>
    /// "Geschäftsführer | Muster GmbH": the rest of a table row whose fields are separated by pipes, as "role, organisation";
    /// null when it is running text (a sentence, a long field, or a single field).
    /// </summary>
    private static string? PipeFields(string rest)
    {
        if (!rest.Contains(" | ", StringComparison.Ordinal) || rest.Length > 240)
            return null;
        var fields = rest.Split(" | ", StringSplitOptions.TrimEntries);
        if (fields.Length != 2)
            return null;
        foreach (var field in fields)
        {
            if (field.Length == 0 || field.Split(' ').Length > 10 || field.EndsWith('?') || field.EndsWith('!'))
                return null;
        }

        return fields[0] + ", " + fields[1];
    }

    /// <summary>
    /// "Umweltbundesamt, Fachgebiet Trinkwasserhygiene", "Landrat des Landkreises X": the one field after the name of a
    /// two-column row is its description when it is short and no sentence (not "In this conversation she explains …").
    /// </summary>
    private static bool IsDescriptionField(string field)
    {
        const int MaxWords = 14;
        return field.Length > 0 && !field.Contains(" | ", StringComparison.Ordinal)
            && field.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords && !IsSentence(field)
            && !field.EndsWith('.') && !field.EndsWith('?') && !field.EndsWith('!')
            && char.IsUpper(field[0]);
    }

    /// <summary>
    /// "Ph.D., Senior Fellow, X" → "Senior Fellow, X"; "USN (Ret.)" → "": post-nominals and ranks' suffixes right after the
    /// name's comma are part of the name line, not its role (a name line with nothing else takes its title line below).
    /// </summary>
    internal static string WithoutPostNominals(string description)
    {
        var text = description.TrimStart();
        while (text.Length > 0)
        {
            var comma = text.IndexOf(',', StringComparison.Ordinal);
            var field = comma < 0 ? text : text[..comma];
            var words = field.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || !Array.TrueForAll(words, Honorifics.IsSuffix))
                return text;
            text = comma < 0 ? string.Empty : text[(comma + 1)..].TrimStart();
        }

        return text;
    }

    /// <summary>Kept as a field: an array written at the call would be allocated for every line.</summary>
    private static readonly string[] ModeratorSuffixes =
        ["—Moderator", "— Moderator", " – Moderator", " - Moderator", "—Moderatorin", " – Moderatorin", " (Moderator)", " (Moderatorin)", " (Moderation)", "—Chair", " – Chair", " (Chair)", " (moderator)", " (chair)"];

    /// <summary>Strips a closing "—Moderator", " – Moderation", "(Moderator)" and says whether there was one.</summary>
    public static bool ModeratorSuffix(ref string line)
    {
        foreach (var suffix in ModeratorSuffixes)
        {
            if (line.EndsWith(suffix, StringComparison.Ordinal))
            {
                line = line[..^suffix.Length].TrimEnd();
                return true;
            }
        }

        return false;
    }

    /// <summary>"Welsh Secretary Peter Hain": a capitalized role in front of a known given name.</summary>
    private static (string? PreRole, NameMatch? Match) SplitCapitalizedRole(string line, List<Tokens.Token> tokens, NameMatch match)
    {
        for (var k = match.Start + 1; k < match.End - 1; k++)
        {
            if (!GivenNames.Contains(NameReader.Bare(tokens[k].Text)))
                continue;
            var before = line[tokens[match.Start].Start..tokens[k].Start].Trim();
            if (!RoleWords.HasRole(before))
                continue;
            var inner = NameReader.At(tokens, k);
            if (inner is not null && inner.End == match.End)
                return (before, inner);
        }

        return (null, match);
    }

    /// <summary>"International admissions counselor Gary Laruta", "Landesbischof Ralf Meister": a role, then the name.</summary>
    private static (string? PreRole, NameMatch? Match) AfterRole(string line, List<Tokens.Token> tokens)
    {
        var sawRole = false;
        for (var k = 1; k < Math.Min(tokens.Count - 1, 7); k++)
        {
            var previous = tokens[k - 1].Text;
            if (previous.EndsWith(',') || previous.EndsWith(':') || previous.EndsWith('.') && !Honorifics.IsPrefix(previous) || NotInRole.Contains(previous))
                return (null, null);
            if (sawRole && previous is "of" or "for" or "at" or "für")
                return (null, null); // "Professor of Global Health Policy, University of X": the capitals after "of" are the chair's field, not a name
            sawRole |= RoleWords.IsRole(previous);
            if (!sawRole)
                continue;
            var match = NameReader.At(tokens, k);
            if (match is null)
                continue;
            if (!match.Known && previous is "of" or "for" or "für")
                return (null, null); // "Professor of Global Health Policy": capitalised words after "of" are a field or a body, not a name
            var preRole = line[..tokens[k].Start].Trim();
            return (preRole, match);
        }

        return (null, null);
    }

    /// <summary>Words that never stand in a role written before a name: the line is a sentence.</summary>
    private static readonly HashSet<string> NotInRole = new(StringComparer.OrdinalIgnoreCase)
    {
        "mit", "with", "der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "the", "a", "an", "und", "and",
        "is", "are", "ist", "sind", "wird", "werden", "will", "darüber", "dazu", "es", "wir", "we", "sie", "er", "he", "she", "they",
        "von", "vom", "bei", "beim", "im", "in", "am", "an", "zu", "zum", "zur", "unter", "leitung", "spricht", "diskutiert",
        "sprechen", "diskutieren", "debattieren", "debattiert", "streiten", "sitzen", "saßen", "diskutierten", "talks", "discusses",
        "discuss", "join", "joins", "haben", "hat", "hatte", "hatten", "has", "have", "had", "zugesagt",
    };

    /// <summary>"WVU College of Law professor" → role "professor", affiliation "WVU College of Law".</summary>
    private static (string? Role, string? Affiliation) SplitPreRole(string preRole, string? affiliation)
    {
        var tokens = Tokens.Of(preRole);
        var firstLower = tokens.Count;
        while (firstLower > 0 && char.IsLower(tokens[firstLower - 1].Text[0]) && tokens[firstLower - 1].Text is not ("of" or "for" or "and"))
            firstLower--;
        if (affiliation is null && firstLower > 0 && firstLower < tokens.Count)
        {
            var head = preRole[..tokens[firstLower].Start].Trim();
            if (head.Split(' ').Any(NameRules.IsOrganisationWord))
                return (preRole[tokens[firstLower].Start..], head);
        }

        return (preRole, affiliation);
    }

    /// <summary>"Bauministerin", "Vorsitzende des Mieterbunds": a role after the colon rather than a running text.</summary>
    private static bool IsShortDescription(string text)
    {
        text = text.Trim();
        return text.Length > 0 && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8 && !IsSentence(text)
            && (text.IndexOf(". ", StringComparison.Ordinal) < 0) && RoleWords.HasRole(text);
    }

    /// <summary>"…, will discuss how …", "… is a comedian": the line goes on as a sentence, not as a list entry.</summary>
    /// <summary>
    /// "Stadtwerke Nordhafen GmbH: Dipl.-Ing. Jana Voss, Technische Leiterin", "Port of Elbonia, Planning: Dr. Ann Lee,
    /// Director": a programme's line that puts the organisation first, a colon, then the person with the post. The part
    /// before the colon is the affiliation when it is a short name (no label, no sentence, no person) and the part after it
    /// reads as a known name with a role.
    /// </summary>
    private static PersonRecord? OrganisationFirst(string line, DocumentLanguage language)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var width = 2;
        foreach (var dash in OrganisationDashes)
        {
            var at = line.IndexOf(dash, StringComparison.Ordinal);
            if (at > 0 && (colon < 0 || at < colon))
                (colon, width) = (at, 3);
        }

        if (colon <= 2 || colon > 100 || !char.IsUpper(line[0]) && !IsLowerCaseBrand(line[..colon].Split(' ', 2)[0]))
            return null;
        var before = line[..colon].Trim();
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 8 || before.Any(char.IsDigit) || IsSentence(" " + before + " ") || Structure.SectionLabels.Lookup(before) != Structure.SectionRole.None
            || words.Count(w => char.IsUpper(w[0])) * 2 < words.Length || NameReader.At(Tokens.Of(before), 0) is { Known: true })
            return null;
        // after a dash, or beside an affiliation of the person's own ("Landkreis X: Landrat Y (CDU)"), only a part that reads as an organisation
        var organisation = IsOrganisationName(before);
        if (width == 3 && !organisation)
            return null;
        return Read(line[(colon + width)..], language) is { Known: true, NameOnly: false, Role: { Length: > 0 } } person && !person.Moderates
            && (person.Affiliation is null || organisation)
            ? person with { Affiliation = before }
            : null;
    }

    /// <summary>
    /// "ver.di", "eBay", "iRights": an organisation's name written in lower case keeps a capital or a dot inside its first
    /// word, which no lower-case word of prose ("die", "sowie", "and") has.
    /// </summary>
    internal static bool IsLowerCaseBrand(string word)
    {
        if (word.Length < 3 || !char.IsLower(word[0]) || word[^1] == '.')
            return false;
        for (var i = 1; i < word.Length - 1; i++)
        {
            if (char.IsUpper(word[i]) || word[i] == '.' && char.IsLetter(word[i + 1]))
                return true;
        }

        return false;
    }

    /// <summary>
    /// "sowie Dr. Jane Roe, …", "die Bildungsforscherin Jane Roe (Uni X),", "and the economist …": a list line that goes on
    /// from the one above opens with a lower-case connective or article; the record starts after them.
    /// </summary>
    private static string ListContinuation(string line)
    {
        if (line.Length == 0 || !char.IsLower(line[0]))
            return line;
        foreach (var lead in ContinuationLeads)
        {
            if (line.StartsWith(lead, StringComparison.Ordinal))
                line = line[lead.Length..];
        }

        foreach (var article in ContinuationArticles)
        {
            if (line.StartsWith(article, StringComparison.Ordinal))
                line = line[article.Length..];
        }

        return line;
    }

    // Kept as fields: an array written at the call is allocated for every line of a page.
    private static readonly string[] ContinuationLeads = ["sowie ", "und ", "and ", "as well as "];
    private static readonly string[] ContinuationArticles = ["die ", "der ", "den ", "dem ", "the "];
    private static readonly string[] OrganisationDashes = [" — ", " – "];

    /// <summary>Heads of organisations' names that also stand in roles ("Research Fellow"), so only a name is judged by them.</summary>
    private static readonly HashSet<string> OrganisationNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Research", "Fakultät", "Faculty", "Department", "Landkreis", "District", "Bezirk", "Kreis",
    };

    /// <summary>An unknown "name" with an organisation word in it ("Landkreis Ostheide", "Norbank Research").</summary>
    private static bool IsOrganisationName(string name)
    {
        if (name.AsSpan().IndexOfAny('?', '!') >= 0)
            return false;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (NameRules.IsOrganisationNoun(word) || OrganisationNameWords.Contains(word))
                return true;
        }

        return false;
    }

    /// <summary>
    /// "Bayerns Staatssekretärin im Wirtschaftsministerium, Sandra Beispiel", "sowie die Landesvorsitzende der GEW, Ines
    /// Beispiel,", "Senior Fellow at the Marsh Institute, Dr Jane Roe": a list line that gives the description first, a
    /// comma, then a known name that closes the line. Only when the line does not open with a known name and the part
    /// before the comma reads as a role or an organisation.
    /// </summary>
    private static PersonRecord? DescriptionFirst(string line)
    {
        var text = line.Trim().TrimEnd(',', '.', ';').TrimEnd();
        var comma = text.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || text.Length == 0 || !char.IsUpper(text[0]) || text.Contains('(', StringComparison.Ordinal))
            return null;
        var before = text[..comma];
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 10 || !words.Take(2).Any(w => RoleWords.IsRole(w) || NameRules.IsOrganisationNoun(w)))
            return null; // the description opens the line ("Senior Fellow at …"), not a sentence that names a role late ("Darüber sprechen wir mit der Bürgermeisterin …")
        var tokens = Tokens.Of(text[(comma + 2)..]);
        if (tokens.Count < 2 || NameReader.At(tokens, 0) is not { Known: true, Possessive: false } name || name.End != tokens.Count)
            return null;
        if (NameReader.At(Tokens.Of(before), 0) is { Known: true } || IsSentence(" " + before + " ")
            || !(RoleWords.HasRole(before) || IsOrganisationName(before)))
            return null;
        var (role, affiliation) = DescriptionReader.Read(before);
        return new PersonRecord(name.Name, role, affiliation, NameOnly: false, Known: true, null);
    }

    private static bool IsSentence(string rest)
    {
        if (rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 30)
            return true;
        foreach (var verb in (string[])[" will ", " is ", " are ", " was ", " has ", " have ", " ist ", " sind ", " hat ", " haben ", " wird ", " werden ", " war "])
        {
            if (rest.Contains(verb, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    private static int ClosingBracket(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(')
                depth++;
            else if (text[i] == ')' && --depth == 0)
                return i;
        }

        return -1;
    }

    private static string FirstSentence(string text, DocumentLanguage language)
    {
        if (text.Length == 0)
            return text;
        var english = SentenceSplitter.Split(text, DocumentLanguage.English);
        var german = SentenceSplitter.Split(text, DocumentLanguage.German);
        var first = english.Count == 0 ? text : english[0].Of(text);
        if (german.Count > 0 && german[0].Length > first.Length)
            first = german[0].Of(text);
        _ = language;
        return DescriptionReader.TrimSentenceDot(first);
    }
}
