using NewsBot.Core.Documents.People;

namespace NewsBot.Core.Documents;

/// <summary>
/// Reads one person's introduction: "der Korea-Expertin Tereza Novotná vom Korea-Europe Center",
/// "Dr. Sophie Brandauer, Rentenexpertin beim DIW", "Peter Lindqvist of the Stockholm …", "economist Jane Doe (LSE)".
/// </summary>
internal static class PersonParser
{
    // Trim sets kept as fields: a params array written at the call is allocated on every call, and these run per token.
    private static readonly char[] CommaColon = [',', ':'];
    private static readonly char[] CommaPeriod = [',', '.'];
    private static readonly char[] CommaPeriodSemicolon = [',', '.', ';'];
    private static readonly char[] CommaSpace = [',', ' '];
    private static readonly char[] ListPunctuation = [',', ';', ':'];
    private static readonly char[] ListPunctuationAndPeriod = [',', ';', ':', '.'];
    private static readonly char[] OpeningQuoteMarks = ['„', '"', '»'];

    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase) { "mit", "with", "und", "and", "sowie", "also" };
    private static readonly HashSet<string> GermanArticles = new(StringComparer.OrdinalIgnoreCase) { "der", "dem", "den", "die", "des", "das" };
    private static readonly HashSet<string> EnglishArticles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };
    private static readonly HashSet<string> EnglishStops = new(StringComparer.Ordinal)
    {
        "at", "of", "from", "with", "for", "in", "on", "and", "or", "the", "a", "an", "who", "which", "is", "are", "to", "by",
        "mit", "wir", "und", "der", "die", "das", "dem", "den", "des", "sowie", "vom", "von", "im", "am", "bei", "beim", "sind", "ist", "aus",
    };

    /// <summary>A person at the start of a text: their role in front (if any), name, and what follows.</summary>
    internal sealed record Leading(string? Role, string Name, string Remainder, string? Affiliation = null)
    {
        /// <summary>The role stood after "den" in a plural form ("den Klimaforschern A und B") and may cover the next person.</summary>
        public bool PluralRole { get; init; }
    }

    public static Expert? Parse(string text) => ParseLeading(text) is { } leading ? Parse(leading) : null;

    public static Expert Parse(Leading leading)
    {
        var title = leading.Role is { } written && Honorifics.IsPrefix(written);
        var (role, affiliation) = Describe(leading.Remainder, leading.Role is not null && !title);
        // "Professor Sam Dyer, economist at …": a title in front is the role only when the text gives no other
        return new Expert(leading.Name, title ? role ?? leading.Role : leading.Role ?? role, leading.Affiliation ?? affiliation);
    }

    public static bool StartsWithPerson(string text) => ParseLeading(text) is not null;

    public static Leading? ParseLeading(string text)
    {
        var tokens = Tokens.Of(text);
        var n = tokens.Count;
        var i = 0;
        while (i < n && Connectives.Contains(tokens[i].Text))
            i++;
        if (i + 1 < n && tokens[i].Text is "the" or "The" && Honorifics.IsPrefix(tokens[i + 1].Text))
            i++; // "the Rt Revd Anne Cole", "the Rev. Lisa Grant": the article belongs to the title
        if (i >= n)
            return null;

        if (Possessive(text, tokens, i) is { } owned)
            return owned;

        string? role = null;
        string? genitive = null;
        var pluralRole = false;
        var first = tokens[i].Text;
        if (GermanArticles.Contains(first) && (char.IsLower(first[0]) || i == 0))
        {
            var article = first.ToLowerInvariant();
            i++;
            var adjectives = new List<string>();
            while (i < n && adjectives.Count < 3 && (IsLowerWord(tokens[i].Text) && !NameRules.IsParticle(tokens[i].Text)
                || IsPlaceAdjective(tokens[i].Text) && i + 1 < n && NameRules.IsRoleNoun(tokens[i + 1].Text.TrimEnd(','))))
                adjectives.Add(tokens[i++].Text);
            if (i >= n || tokens[i].Text.TrimStart(OpeningQuoteMarks) is not { Length: > 0 } unquoted || !char.IsUpper(unquoted[0]) || NameRules.IsTitle(tokens[i].Text))
                return null;
            var noun = tokens[i++].Text.TrimEnd(',');
            if (noun.EndsWith('-') && i + 1 < n && tokens[i].Text is "und" or "oder" && tokens[i + 1].Text.Length > 0 && char.IsUpper(tokens[i + 1].Text[0]))
            {
                noun = noun + " " + tokens[i].Text + " " + tokens[i + 1].Text.TrimEnd(','); // "die Kinder- und Jugendpsychiaterin"
                i += 2;
            }

            role = RoleForms.BaseForm(article, adjectives, noun);
            pluralRole = article == "den" && noun.EndsWith('n') && NameRules.IsRoleNoun(noun);
            if (noun.Equals(tokens[i - 1].Text, StringComparison.Ordinal) && i + 2 < n && tokens[i].Text == "und"
                && NameRules.IsRoleNoun(tokens[i + 1].Text) && !NameRules.IsTitle(tokens[i + 1].Text)
                && (NameRules.IsTitle(tokens[i + 2].Text) || NameRules.IsNameWord(tokens[i + 2].Text)))
            {
                // "der Journalistin und Autorin Eva Klein": two roles of one person
                role += " und " + RoleForms.BaseForm(article, [], tokens[i + 1].Text);
                i += 2;
            }
            if (!noun.Equals(tokens[i - 1].Text, StringComparison.Ordinal))
            {
                // "der Jurist, Thomas Meier": the name follows after a comma
            }
            else if (i + 2 < n && tokens[i].Text is "des" or "der" && ShortGenitiveBeforeName(tokens, i))
            {
                // "der Vizepräsidentin des EU-Parlaments Katarina Barley": one genitive word, then a known given name
                genitive = tokens[i + 1].Text;
                i += 2;
            }
            else if (i + 1 < n && tokens[i].Text is "des" or "der" or "von" or "vom" or "beim" or "bei" or "an" or "am" or "aus")
            {
                // "der leitende Redakteur des NABU-Magazins, Stefan Bosch", "der Bürgermeisterin von Tübingen, Eva Klein"
                var k = i + 1;
                while (k < n && k - i <= 8 && !tokens[k].Text.EndsWith(','))
                    k++;
                if (k >= n - 1 || k - i > 8)
                    return null;
                var segment = text[tokens[i].Start..(tokens[k].Start + tokens[k].Text.Length - 1)];
                genitive = Prepositions.StripLeading(segment) ?? text[tokens[i + 1].Start..(tokens[k].Start + tokens[k].Text.Length - 1)];
                i = k + 1;
            }
        }
        else if ((EnglishArticles.Contains(first) || IsLowerWord(first)) && RoleThenName(text, tokens, EnglishArticles.Contains(first) ? i + 1 : i) is { } roleThenName)
        {
            return roleThenName;
        }
        else if (EnglishArticles.Contains(first) || IsLowerWord(first))
        {
            if (EnglishArticles.Contains(first))
                i++;
            while (i < n && PresentingVerbs.Contains(tokens[i].Text))
                i++; // "[The panel] featured city planning director X": the verb that presents the guest is no part of the role
            var words = new List<string>();
            while (i < n && words.Count < 5 && IsLowerWord(tokens[i].Text) && !EnglishStops.Contains(tokens[i].Text))
                words.Add(tokens[i++].Text);
            if (words.Count == 0)
                return null;
            role = string.Join(' ', words);
        }
        else if (NameRules.IsRoleNoun(first) && !NameRules.IsTitle(first) && i + 1 < n
            && (NameRules.IsTitle(tokens[i + 1].Text) || NameRules.IsNameWord(tokens[i + 1].Text)))
        {
            role = first.TrimEnd(',');
            i++;
        }

        while (i < n && (NameRules.IsTitle(tokens[i].Text.TrimEnd(',')) || People.Honorifics.IsPrefix(tokens[i].Text) || tokens[i].Text is "(ret.)" or "(ret)"))
            i++;

        var nameStart = i;
        var capitals = 0;
        var nameEnd = -1;
        var lastEnd = 0;
        while (i < n)
        {
            var raw = tokens[i].Text;
            var bare = raw.TrimEnd(ListPunctuation);
            if (bare.Length == 0 || bare[0] == '(' || People.Honorifics.IsSuffix(bare))
                break;
            if (capitals >= 1 && role is null && NameRules.IsTitle(bare) && bare.EndsWith('.') && i + 2 < n && raw.Length == bare.Length
                && People.RoleWords.HasRole(text[tokens[nameStart].Start..(tokens[i - 1].Start + tokens[i - 1].Text.Length)]))
            {
                // "Glaciologist Dr. Jane Roe" opening a sentence: capitalised role words before an academic title are the role
                role = text[tokens[nameStart].Start..(tokens[i - 1].Start + tokens[i - 1].Text.Length)];
                while (i < n && NameRules.IsTitle(tokens[i].Text.TrimEnd(',')))
                    i++;
                nameStart = i;
                capitals = 0;
                nameEnd = -1;
                continue;
            }

            if (NameRules.IsNameWord(bare) && !NameRules.IsOrganisationWord(bare) || capitals >= 1 && NameRules.IsPrefixedNameWord(bare))
            {
                capitals++;
            }
            else if (capitals >= 1 && IsNameParticle(tokens, i, capitals))
            {
                // particle belongs to the name
            }
            else
            {
                break;
            }

            nameEnd = i;
            lastEnd = tokens[i].Start + bare.Length;
            i++;
            if (bare.Length != raw.Length)
                break;
        }

        if (role is null && capitals >= 1 && nameEnd >= 0 && !tokens[nameEnd].Text.EndsWith(',') && i < n
            && IsLowerWord(tokens[i].Text) && !EnglishStops.Contains(tokens[i].Text))
        {
            // "Middle East analyst Dr. Hugh Lovatt": the capitalized words were part of an English role
            var j = i;
            while (j < n && j - i < 4 && IsLowerWord(tokens[j].Text) && !EnglishStops.Contains(tokens[j].Text))
                j++;
            if (j < n && (NameRules.IsTitle(tokens[j].Text) || NameRules.IsNameWord(tokens[j].Text)))
                return ParseLeading(text[tokens[j].Start..]) is { Role: null } inner
                    ? inner with { Role = text[tokens[nameStart].Start..(tokens[j - 1].Start + tokens[j - 1].Text.Length)] }
                    : null;
        }

        if (capitals < 2 || nameEnd < 0 || !char.IsUpper(tokens[nameEnd].Text[0]) && !NameRules.IsPrefixedNameWord(tokens[nameEnd].Text.TrimEnd(ListPunctuation)))
            return role is null && nameStart < n && char.IsUpper(tokens[nameStart].Text[0]) ? RoleThenName(text, tokens, nameStart) : null;
        if (i < n && TrimPunctuation(tokens[i].Text) is { Length: > 0 } next && char.IsUpper(next[0]) && NameRules.IsOrganisationWord(next) && !People.Honorifics.IsSuffix(next)
            && tokens[nameEnd].Text.EndsWith(',') is false)
            return null;

        if (role is null && genitive is null && OrganisationRole(text, tokens, nameStart, nameEnd) is { } split)
            (nameStart, role, genitive) = split;
        var name = string.Join(' ', tokens.Skip(nameStart).Take(nameEnd - nameStart + 1).Select(t => t.Text.TrimEnd(ListPunctuation)));
        for (var s = nameEnd + 1; s < n && !tokens[s - 1].Text.EndsWith(',') && People.Honorifics.IsSuffix(tokens[s].Text.TrimEnd(ListPunctuation)); s++)
            lastEnd = tokens[s].Start + tokens[s].Text.TrimEnd(ListPunctuation).Length; // "Nick Herbert MP"
        return new Leading(role, name, text[lastEnd..], genitive) { PluralRole = pluralRole };

        static string TrimPunctuation(string s) => s.TrimEnd(ListPunctuationAndPeriod);
    }

    /// <summary>"des EU-Parlaments Katarina …", "der Bundesregierung Anna …": an article, one capitalised word without a comma, then a known given name.</summary>
    private static bool ShortGenitiveBeforeName(List<Tokens.Token> tokens, int i)
    {
        var word = tokens[i + 1].Text;
        return word.Length > 1 && char.IsUpper(word[0]) && !word.EndsWith(',') && !NameRules.IsTitle(word)
            && !People.GivenNames.Contains(word) && People.GivenNames.Contains(tokens[i + 2].Text);
    }

    /// <summary>
    /// "Brookings President Cecilia Rouse", "Oxfam Director Amitabh Behar": capitalised words that end in a role word
    /// right before a known given name are the organisation and the role, not part of the name. Place adjectives stay
    /// in the role ("Welsh Secretary Peter Hain").
    /// </summary>
    private static (int NameStart, string Role, string? Affiliation)? OrganisationRole(string text, List<Tokens.Token> tokens, int nameStart, int nameEnd)
    {
        for (var k = nameStart + 1; k < nameEnd && k - nameStart <= 5; k++)
        {
            if (!RoleWords.IsRole(tokens[k - 1].Text) || RoleWords.IsRole(tokens[k].Text) || !People.GivenNames.Contains(tokens[k].Text))
                continue;
            var roleStart = k - 1;
            while (roleStart > nameStart && (RoleWords.IsRole(tokens[roleStart - 1].Text) || IsNationality(tokens[roleStart - 1].Text)))
                roleStart--;
            var role = text[tokens[roleStart].Start..(tokens[k - 1].Start + tokens[k - 1].Text.Length)];
            var affiliation = roleStart > nameStart ? text[tokens[nameStart].Start..(tokens[roleStart - 1].Start + tokens[roleStart - 1].Text.Length)] : null;
            return (k, role, affiliation);
        }

        return null;

        static bool IsNationality(string word) =>
            word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal)
            || word.EndsWith("isch", StringComparison.Ordinal) || word is "Vice" or "Deputy" or "Senior" or "Chief" or "Acting" or "Former" or "Executive";
    }

    /// <summary>"Moskauer", "Berliner": a capitalized place adjective in front of a role noun.</summary>
    private static bool IsPlaceAdjective(string token) => token.Length > 4 && char.IsUpper(token[0]) && token.EndsWith("er", StringComparison.Ordinal) && token.All(char.IsLetter);

    /// <summary>"University of Chicago's Professor Adom Getachew", "the Financial Times' Edward Luce": the owner is the affiliation.</summary>
    private static Leading? Possessive(string text, List<Tokens.Token> tokens, int start)
    {
        for (var j = start; j < tokens.Count - 1 && j < start + 6; j++)
        {
            var token = tokens[j].Text;
            var apostrophe = token.EndsWith("'s", StringComparison.Ordinal) || token.EndsWith("’s", StringComparison.Ordinal) ? 2
                : token.EndsWith("s'", StringComparison.Ordinal) || token.EndsWith("s’", StringComparison.Ordinal) ? 1 : 0;
            if (apostrophe == 0)
                continue;
            if (!char.IsUpper(tokens[start].Text[0]) && !EnglishArticles.Contains(tokens[start].Text))
                return null;
            var owner = text[tokens[start].Start..(tokens[j].Start + token.Length - apostrophe)];
            if (owner.StartsWith("the ", StringComparison.Ordinal) || owner.StartsWith("The ", StringComparison.Ordinal))
                owner = owner[4..];
            var k = j + 1;
            var words = new List<string>();
            while (k < tokens.Count && words.Count < 4 && People.NameReader.At(tokens, k) is not { Known: true }
                && (RoleWords.IsRole(tokens[k].Text) || IsLowerWord(tokens[k].Text.TrimEnd(','))))
            {
                words.Add(tokens[k].Text.TrimEnd(','));
                if (tokens[k++].Text.EndsWith(','))
                    break; // "Brambury Steel's director of operations, Mira Falkenhorst": the role ends at the comma before the name
            }

            if (k >= tokens.Count || People.NameReader.At(tokens, k) is not { } name
                || !name.Known && name.Start == k)
                return null; // "the Wilson Center’s director of International Security Studies": no person
            var end = tokens[name.End - 1];
            for (var t = k; t < tokens.Count && tokens[t].Start < tokens[name.Start].Start; t++)
            {
                if (RoleWords.IsRole(tokens[t].Text))
                    words.Add(tokens[t].Text); // "Professor Adom Getachew": a title that is also the role
            }

            var roleText = words.Count == 0 ? null : string.Join(' ', words);
            return new Leading(roleText, name.Name, text[(end.Start + end.Text.Length)..], owner);
        }

        return null;
    }

    /// <summary>
    /// "the Welsh Secretary Peter Hain MP", "the former Metropolitan Police commissioner Sir Ian Blair", "journalist and author
    /// Ben Chu": the role runs up to where a person's name begins (a known given name, a title, or a name after a lower-case word).
    /// </summary>
    private static Leading? RoleThenName(string text, List<Tokens.Token> tokens, int start)
    {
        for (var k = start + 1; k < tokens.Count && k <= start + 8; k++)
        {
            var previous = tokens[k - 1].Text;
            if (previous.EndsWith(',') || previous.EndsWith(';') || previous.EndsWith(':') || previous is "who" or "which" or "is" or "are" or "at" or "from" or "with" or "to" or "by")
                return null;
            if (People.NameReader.At(tokens, k) is not { } name)
                continue;
            var titled = !string.Equals(tokens[name.Start].Text, tokens[k].Text, StringComparison.Ordinal);
            if (!(name.Known || titled || IsLowerWord(previous) && RoleWords.IsRole(previous)))
                continue;
            var roleEnd = k;
            while (titled && roleEnd < name.Start && char.IsUpper(tokens[roleEnd].Text[0]) && NameRules.IsRoleNoun(tokens[roleEnd].Text) && !NameRules.IsTitle(tokens[roleEnd].Text))
                roleEnd++; // "die ehemalige Verfassungsrichterin Prof. Dr. X": a role noun read as a rank before the title is the role's head
            if (roleEnd >= name.Start || !NameRules.IsTitle(tokens[roleEnd].Text))
                roleEnd = k; // "historian Professor X": a rank of its own, no role noun before a title
            var from = AfterTimeWords(tokens, start, k);
            while (from < k - 1 && PresentingVerbs.Contains(tokens[from].Text))
                from++; // "[The panel] featured city planning director X": the verb that presents the guest is no part of the role
            from = GermanRoleStart(tokens, from, roleEnd);
            for (var t = roleEnd - 2; t >= from; t--)
            {
                if (tokens[t].Text is "the" or "a" or "an")
                {
                    from = t + 1; // "brings together the food writer X": an article opens the role; the words before it are the sentence's
                    break;
                }
            }

            var role = text[tokens[from].Start..tokens[roleEnd - 1].End()].Trim();
            if (!RoleWords.HasRole(role) && !role.Split(' ').All(IsLowerWord))
                return null;
            var end = tokens[name.End - 1];
            var rest = text[(end.Start + end.Text.TrimEnd(ListPunctuation).Length)..];
            if (k - from == 2 && PlaceGenitive(tokens[from].Text) && NameRules.IsRoleNoun(tokens[from + 1].Text))
                return new Leading(tokens[from + 1].Text, name.Name, rest, tokens[from].Text); // "Talbrücks Bürgermeister X": the town owns the office
            return new Leading(role, name.Name, rest);
        }

        return null;
    }

    /// <summary>
    /// "saßen dann Verkehrsdezernentin X", "sprach anschließend die grüne Stadträtin X": a German role before a name is a
    /// capitalised role noun with at most its inflected adjectives ("grüne", "ehemaligen") before it; the lower-case words
    /// before those are the sentence's verb and adverbs, no part of the role. English roles (all lower case) are left alone.
    /// </summary>
    private static int GermanRoleStart(List<Tokens.Token> tokens, int from, int nameAt)
    {
        var noun = -1;
        for (var j = from; j < nameAt; j++)
        {
            if (char.IsUpper(tokens[j].Text[0]) && NameRules.IsRoleNoun(tokens[j].Text.TrimEnd(',')))
            {
                noun = j;
                break;
            }
        }

        if (noun <= from)
            return from;
        var start = noun;
        while (start > from && IsLowerWord(tokens[start - 1].Text) && IsInflectedAdjective(tokens[start - 1].Text))
            start--;
        return start == from || IsLowerWord(tokens[start - 1].Text) && !IsInflectedAdjective(tokens[start - 1].Text) ? start : from;

        static bool IsInflectedAdjective(string word) =>
            word.Length > 3 && (word.EndsWith('e') || word.EndsWith("en", StringComparison.Ordinal) || word.EndsWith("er", StringComparison.Ordinal)
                || word.EndsWith("es", StringComparison.Ordinal) || word.EndsWith("em", StringComparison.Ordinal));
    }

    /// <summary>
    /// "ab 19.30 Uhr Talbrücks Bürgermeister X": the role before a name starts after the time of the sentence that precedes
    /// it (a token with a digit, "Uhr", "p.m."), not at the start of the piece.
    /// </summary>
    private static int AfterTimeWords(List<Tokens.Token> tokens, int start, int nameAt)
    {
        var from = start;
        for (var j = start; j < nameAt - 1; j++)
        {
            var word = tokens[j].Text.TrimEnd(',');
            if (word.Any(char.IsAsciiDigit) || word is "Uhr" or "p.m." or "a.m." or "pm")
                from = j + 1;
        }

        return from;
    }

    /// <summary>"Talbrücks", "Leipzigs": a capitalized word in the genitive -s that is no role or common organisation word.</summary>
    private static bool PlaceGenitive(string word) =>
        word.Length > 3 && char.IsUpper(word[0]) && word.EndsWith('s') && word.All(char.IsLetter) && !RoleWords.IsRole(word) && !NameRules.IsOrganisationWord(word);

    private static bool IsNameParticle(List<Tokens.Token> tokens, int i, int capitalsSoFar)
    {
        var token = tokens[i].Text;
        if (!NameRules.IsParticle(token) || i + 1 >= tokens.Count)
            return false;
        if (NameRules.IsAlwaysParticle(token))
            return NameRules.IsNameWord(tokens[i + 1].Text.TrimEnd(',')) || NameRules.IsParticle(tokens[i + 1].Text);
        if (token is "der" or "den" or "dem")
            return i > 0 && tokens[i - 1].Text is "von" or "van" or "de" or "ten";
        if (capitalsSoFar != 1 || NameRules.IsRoleNoun(tokens[i - 1].Text))
            return false;

        // "Ursula von der Leyen" (a given name, then particle, then one family name that ends the name)
        var j = i + 1;
        if (j < tokens.Count && token == "von" && tokens[j].Text is "der" or "dem" or "den")
            j++;
        if (j >= tokens.Count)
            return false;
        var family = tokens[j].Text.TrimEnd(CommaPeriodSemicolon);
        if (!NameRules.IsNameWord(family) || NameRules.IsOrganisationWord(family))
            return false;
        if (j + 1 >= tokens.Count || tokens[j].Text.EndsWith(','))
            return true;
        var after = tokens[j + 1].Text;
        return after is "vom" or "von" or "of" or "at" or "from" or "beim" or "bei" or "an" or "am" or "aus" || after.StartsWith('(');
    }

    /// <summary>Splits the text after a name into a role and an affiliation.</summary>
    public static (string? Role, string? Affiliation) Describe(string remainder, bool haveRole)
    {
        var text = EndOfMember(remainder).Trim().TrimEnd(ListPunctuationAndPeriod).Trim();
        if (PossessiveDescription(text) is { } owned)
            return owned;
        if (text.Length > 0 && char.IsLower(text[0]) && !DescriptionStarts.Contains(text.Split(' ', 2)[0]))
            return (null, null); // "… Getachew place the protests in context": the sentence's verb, not a description
        if (haveRole && text.StartsWith("aus ", StringComparison.Ordinal))
            return (null, null); // "BR-Korrespondent Tobias Wendl aus Brüssel": where they report from
        if (text.StartsWith(',') || text.StartsWith(':'))
            text = text[1..].Trim();
        else if (text.StartsWith("– ", StringComparison.Ordinal) || text.StartsWith("- ", StringComparison.Ordinal) || text.StartsWith("— ", StringComparison.Ordinal))
            text = text[2..].Trim();
        text = People.DescriptionLabel.Unlabel(text);
        if (text.Length == 0)
            return (null, null);

        if (text.StartsWith('(') && text.IndexOf(')', StringComparison.Ordinal) is var close and > 0)
        {
            var inner = text[1..close].Trim();
            if (close == text.Length - 1 && QuotedOutlet(inner) is { } outlet)
                return (haveRole ? null : CleanRole(outlet.Role), outlet.Name); // "(Leiterin der Parlamentsredaktion „Rheinische Post“)"
            if (!haveRole && close == text.Length - 1 && IsBareOrganisation(inner))
                return (null, Clean(inner)); // "Maria Silva (Bruegel)": a capitalized name in brackets is where she works
            var outside = text[(close + 1)..].Trim().TrimStart(CommaColon).Trim();
            if (outside.Split(' ', 2)[0] is "sowie" or "und" or "and" or "mit" or "with" or "plus")
                outside = string.Empty; // "(Grüne) sowie Dominik Hrabal, …": the next person, not more of this one's description
            if (!haveRole && IsBareOrganisation(inner) && Tokens.SplitTopLevel(outside, ',')[0] is { Length: > 0 } after
                && RoleWords.HasRole(after) && !after.Contains('(', StringComparison.Ordinal))
                return (CleanRole(Prepositions.SplitRole(after).Role), Clean(inner)); // "Hans Müller (CDU), Bundestagsabgeordneter": the party is where he belongs
            text = outside.Length > 0 ? inner + ", " + outside : inner;
        }

        var parts = Tokens.SplitTopLevel(text, ',');
        if (parts.FindIndex(1, p => People.DescriptionReader.OpensClause(p)) is > 0 and var clause)
        {
            parts.RemoveRange(clause, parts.Count - clause); // "…, a poet in the Diocese of X, will bring …": the description ends where the sentence's verb begins
            text = string.Join(", ", parts);
        }

        if (!haveRole && RelativeClausePost(parts[0]) is { } post)
            return post; // "der als Betriebsrat bei der X …", "who works as a nurse at Y": the post the relative clause names
        if (!haveRole && AppositiveRole(parts[0]) is { } appositive)
            return appositive;
        if (Prepositions.StripLeading(parts[0]) is { } leadingAffiliation)
            return (null, Clean(string.Join(", ", new[] { leadingAffiliation }.Concat(parts.Skip(1)))));
        if (haveRole && parts.Count == 1 && IsBareOrganisation(parts[0]) && !Tokens.Of(parts[0]).Any(t => WorkplacePrepositions.Contains(t.Text)))
            return (null, Clean(parts[0])); // "economist X (Institute for the Study of Y)": "for the" inside a name, not before it
        if (haveRole && Prepositions.SplitRole(parts[0]).Affiliation is null
            && (IsIndefiniteDescription(parts[0]) || RoleWords.HasRole(parts[0]) && !parts[0].Split(' ').Any(NameRules.IsOrganisationWord)))
            return (null, null); // "The theologian X, a poet and priest in Y", "Baroness X, Paralympian and crossbench peer": a description, no body's name
        if (haveRole)
            return (null, Clean(WithEnumeratedRest(Prepositions.SplitRole(parts[0]).Affiliation, parts) ?? text));

        var first = parts[0];
        if (first.StartsWith("who ", StringComparison.Ordinal))
            return (null, Prepositions.AfterAt(first) is { } at ? Clean(at) : null); // "who leads the X team at the Y Institute"
        if (first.Split(' ')[0] is "die" or "der" && RelativeClauseAffiliation(first) is { } place)
            return (null, place); // "die an der Universität Jena forscht"
        if (first.Split(' ')[0] is "die" or "der" or "das" or "who" or "which" or "whose" or "deren" or "dessen")
            return (null, null);
        if (Prepositions.SplitRole(first) is var (role, affiliation) && affiliation is not null)
            return (CleanRole(role), Clean(WithEnumeratedRest(affiliation, parts) ?? affiliation));
        if (parts.Count > 1 && LooksLikeOrganisation(first) && !RoleWords.HasRole(first))
            return People.DescriptionReader.Read(text); // "X, Deutscher Bauernverband, Kreis Y": the organisation first, as in a list line
        if (parts.Count > 1)
            return (CleanRole(first), Clean(Prepositions.StripLeading(parts[1]) ?? parts[1]));
        if (parts.Count == 1 && People.DescriptionReader.BodyThenPost(first) is var (bracketPost, bracketBody))
            return (CleanRole(bracketPost), Clean(bracketBody)); // "Zweckverband X (Geschäftsführerin)": an organisation word in the body
        if (LooksLikeOrganisation(first))
            return (null, Clean(first));
        return (CleanRole(first), null);
    }

    /// <summary>Verbs that present a guest in a list sentence ("The panel featured …", "The forum includes …").</summary>
    private static readonly HashSet<string> PresentingVerbs = new(StringComparer.Ordinal)
    {
        "featured", "features", "featuring", "included", "includes", "including", "welcomed", "welcomes", "brought", "brings",
        "invited", "invites", "presented", "presents",
    };

    /// <summary>Prepositions that lead from a post to its workplace; a bracketed name holding one is no bare organisation.</summary>
    private static readonly HashSet<string> WorkplacePrepositions = new(StringComparer.Ordinal) { "at", "bei", "beim", "vom", "von", "am", "an", "aus", "from", "with" };

    /// <summary>Words that open a new coordinated member of a sentence after "und"/"and": a preposition again or an article.</summary>
    private static readonly HashSet<string> MemberOpeners = new(StringComparer.Ordinal)
    {
        "mit", "dem", "der", "den", "die", "das", "ein", "eine", "einem", "einer", "einen", "with", "a", "an",
    };

    /// <summary>
    /// "vom Zentrum X und mit dem Unternehmer Y, …" → "vom Zentrum X": a person's description in prose ends where
    /// "und"/"sowie"/"and" opens the next member of the sentence with a preposition or an article.
    /// </summary>
    internal static string EndOfMember(string text)
    {
        var tokens = Tokens.Of(text);
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Text is "und" or "sowie" or "and" && MemberOpeners.Contains(tokens[i + 1].Text))
                return text[..tokens[i].Start].TrimEnd();
        }

        return text;
    }

    /// <summary>
    /// "… with the State Health Information, Counseling and Assistance Program" → the whole name: a field after the
    /// affiliation's comma that is a capitalised enumeration closed by "and"/"und" continues the name; it is no new field.
    /// </summary>
    private static string? WithEnumeratedRest(string? affiliation, List<string> parts)
    {
        if (affiliation is null || parts.Count < 2 || affiliation[(affiliation.LastIndexOf(' ') + 1)..] is not { Length: > 0 } last || !char.IsUpper(last[0]))
            return affiliation;
        var rest = parts[1].Trim();
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joined = false;
        var capitals = 0;
        foreach (var word in words)
        {
            if (word is "and" or "und" or "&")
                joined = true;
            else if (char.IsUpper(word[0]))
                capitals++;
            else if (word is not ("of" or "for" or "the" or "für" or "der" or "des"))
                return affiliation;
        }

        return joined && capitals >= 2 && !RoleWords.HasRole(rest) ? affiliation + ", " + rest : affiliation;
    }

    /// <summary>"Chefredakteur „Die Zeit“" → ("Chefredakteur", "Die Zeit"): a role ending in a quoted name, the name of the outlet or body.</summary>
    private static (string Role, string Name)? QuotedOutlet(string inner)
    {
        if (inner.Length < 4 || inner[^1] is not ('“' or '"' or '«' or '»'))
            return null;
        var open = inner.LastIndexOfAny(OpeningQuotes, inner.Length - 2);
        if (open <= 0 || inner[open - 1] != ' ')
            return null;
        var role = inner[..open].Trim();
        var name = inner[(open + 1)..^1].Trim();
        return name.Length > 0 && char.IsUpper(name[0]) && RoleWords.HasRole(role) && !role.Contains('„') && !role.Contains('"') ? (role, name) : null;
    }

    private static readonly char[] OpeningQuotes = ['„', '"', '»', '«'];

    /// <summary>", the Wilson Center’s director of International Security Studies" → ("director of …", "Wilson Center").</summary>
    private static (string? Role, string? Affiliation)? PossessiveDescription(string text)
    {
        var body = text.TrimStart(CommaSpace);
        if (body.StartsWith("the ", StringComparison.Ordinal))
            body = body[4..];
        var comma = body.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
            body = body[..comma];
        var at = body.IndexOf("'s ", StringComparison.Ordinal) is var straight and >= 0 ? straight : body.IndexOf("’s ", StringComparison.Ordinal);
        if (at <= 0 || !char.IsUpper(body[0]) || at + 3 >= body.Length || !char.IsLower(body[at + 3]))
            return null;
        var role = body[(at + 3)..].Trim();
        return RoleWords.HasRole(role) ? (role, body[..at]) : null;
    }

    /// <summary>Lower-case words that may open a description after a name (prepositions, articles, relative pronouns).</summary>
    private static readonly HashSet<string> DescriptionStarts = new(StringComparer.Ordinal)
    {
        "of", "at", "from", "with", "for", "vom", "von", "beim", "bei", "an", "am", "aus", "im", "in", "der", "die", "das", "des", "dem",
        "den", "für", "who", "which", "whose", "und", "and", "zu", "zum", "zur", "a.", "mit",
    };

    private static readonly HashSet<string> EnglishRoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "economist", "analyst", "professor", "director", "head", "chief", "editor", "correspondent", "fellow", "researcher",
        "adviser", "advisor", "minister", "ceo", "founder", "lawyer", "scientist", "expert", "author", "journalist", "reporter",
    };

    /// <summary>"Bruegel", "International Monetary Fund", "IMF": capitalized words (small connectors allowed), no role word, no comma.</summary>
    private static bool IsBareOrganisation(string inner)
    {
        if (inner.Length == 0 || !char.IsUpper(inner[0]) || inner.Contains(',', StringComparison.Ordinal))
            return false;
        foreach (var word in inner.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsLower(word[0]) ? word.Length > 3 : NameRules.IsRoleNoun(word) || EnglishRoleWords.Contains(word))
                return false;
        }

        return true;
    }

    /// <summary>"der Präsidentin des Verbands" → ("Präsidentin", "Verbands"): an appositive role after the name, in any case.</summary>
    private static (string? Role, string? Affiliation)? AppositiveRole(string text)
    {
        var tokens = Tokens.Of(text);
        if (tokens.Count < 2 || !GermanArticles.Contains(tokens[0].Text) || !char.IsLower(tokens[0].Text[0]))
            return null;
        var i = 1;
        var adjectives = new List<string>();
        while (i < tokens.Count && adjectives.Count < 3 && IsLowerWord(tokens[i].Text))
            adjectives.Add(tokens[i++].Text);
        if (i >= tokens.Count || !NameRules.IsRoleNoun(tokens[i].Text))
            return null;
        var role = RoleForms.BaseForm(tokens[0].Text, adjectives, tokens[i].Text);
        if (i + 1 >= tokens.Count)
            return (role, null);
        var rest = text[tokens[i + 1].Start..];
        return Prepositions.StripLeading(rest) is { } affiliation ? (role, Clean(affiliation)) : null;
    }

    /// <summary>"a poet and priest in …", "an expert on …", "eine Ärztin aus …": an indefinite description of the person.</summary>
    private static bool IsIndefiniteDescription(string text) =>
        text.Split(' ', 2)[0] is "a" or "an" or "ein" or "eine";

    /// <summary>
    /// "der als Betriebsratsvorsitzender bei der X die Einführung … begleitet", "die heute als Ärztin in Y arbeitet", "who
    /// works as a nurse at the Z Clinic": a relative clause that names the person's post with "als"/"as" gives that post as
    /// the role and the body after its preposition as the affiliation; at most three words ("seit Jahren", "works") stand
    /// between the pronoun and "als".
    /// </summary>
    private static (string? Role, string? Affiliation)? RelativeClausePost(string clause)
    {
        var tokens = Tokens.Of(clause, 12);
        if (tokens.Count < 3 || tokens[0].Text is not ("der" or "die" or "who"))
            return null;
        for (var i = 1; i < tokens.Count - 1 && i <= 4; i++)
        {
            if (tokens[i].Text is "als" or "as")
            {
                var post = clause[tokens[i + 1].Start..];
                var (role, affiliation) = Prepositions.SplitRole(post);
                if (affiliation is null)
                    role = FirstNounPhrase(role);
                var cleanRole = CleanRole(role);
                return cleanRole is not null && RoleWords.HasRole(cleanRole) ? (cleanRole, affiliation is null ? null : Clean(affiliation)) : null;
            }

            if (tokens[i].Text is "der" or "die" or "das" or "dem" or "den" or "the" or "a" or "an" || tokens[i].Text.EndsWith(','))
                return null; // "der an der Universität …" is read as a place of work; "who leads the …" opens no post
        }

        return null;
    }

    /// <summary>"Ärztin in Y arbeitet" → "Ärztin in Y"; "director of research since 2019" → as written: a German verb at the clause's end is dropped.</summary>
    private static string FirstNounPhrase(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && char.IsLower(words[^1][0]) && words[^1].All(char.IsLetter) && char.IsUpper(words[0][0])
            ? string.Join(' ', words, 0, words.Length - 1)
            : text;
    }

    private static readonly HashSet<string> OrganisationConnectors = new(StringComparer.Ordinal) { "für", "der", "des", "und", "zu", "am", "an", "of", "for", "and" };

    /// <summary>
    /// "die an der Universität Jena forscht" → "Universität Jena": a German relative clause that opens with an affiliation
    /// preposition; the affiliation is the run of capitalized words (and small connectors) after it. Null otherwise.
    /// </summary>
    private static string? RelativeClauseAffiliation(string clause)
    {
        var space = clause.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || Prepositions.StripLeading(clause[(space + 1)..]) is not { } after)
            return null;
        var words = after.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (char.IsUpper(words[i][0]) || char.IsDigit(words[i][0]) || words[i][0] == '(')
                end = i + 1;
            else if (!OrganisationConnectors.Contains(words[i]))
                break;
        }

        return end == 0 ? null : Clean(string.Join(' ', words, 0, end));
    }

    /// <summary>
    /// "Minneapolis City Council who led the push …" → "Minneapolis City Council"; "Universität Gießen Ihre Fragen" →
    /// "Universität Gießen": an organisation's name ends where a relative pronoun or a pronoun of the sentence begins.
    /// </summary>
    internal static string CutAtClause(string affiliation)
    {
        var tokens = Tokens.Of(affiliation);
        for (var i = 1; i < tokens.Count; i++)
        {
            if (ClauseWords.Contains(tokens[i].Text.TrimEnd(ListPunctuationAndPeriod)))
                return affiliation[..tokens[i].Start].TrimEnd();
            if (i + 1 < tokens.Count && char.IsUpper(tokens[0].Text[0]) && IsClauseWord(tokens[i].Text) && ClauseOpeners.Contains(tokens[i + 1].Text.TrimEnd(',', '.', ';', ':')))
                return affiliation[..tokens[i].Start].TrimEnd(); // "Universidad de Quellental explains what …", "Hochschule Ostwinkel räumte ein, …": the sentence goes on
            if (char.IsUpper(tokens[0].Text[0]) && RunsOnAt(tokens, i))
                return TrimInnerWords(affiliation[..tokens[i].Start]); // "Universität X lehrt", "Institut Y über marode Brücken", "Z Institute to talk about …"
        }

        return affiliation;

        // A lower-case word that cannot be inside an organisation's name: before a word that opens a clause it is the sentence's verb.
        static bool IsClauseWord(string token) =>
            token.Length > 0 && char.IsLower(token[0]) && !NameInnerWords.Contains(token) && token.TrimEnd(',', '.', ';', ':').All(char.IsLetter)
            && !token.EndsWith('.');
    }

    /// <summary>
    /// Where an organisation's name in prose has ended: a lower-case word that no name holds inside it, at the end (a German
    /// verb closing its clause: "… Universität X lehrt") or before another lower-case word ("nach dem Stand", "über marode
    /// Stellwerke", "to talk about"; "für angewandte Ökologie" goes on, as its second word is capitalised), or a German
    /// article of an object right after a capitalised word ("bei der X die Einführung …": a genitive "der"/"des" stays).
    /// </summary>
    private static bool RunsOnAt(List<Tokens.Token> tokens, int i)
    {
        var word = tokens[i].Text;
        if (word is "die" or "das" or "den" or "ein" or "eine" or "einen" && char.IsUpper(tokens[i - 1].Text[0]) && !tokens[i - 1].Text.EndsWith(','))
            return i + 1 < tokens.Count && char.IsUpper(tokens[i + 1].Text[0]);
        if (!IsLowerPlainWord(word) || NameInnerWords.Contains(word) || AfterPossessive(tokens, i))
            return false;
        return i + 1 == tokens.Count || IsLowerPlainWord(tokens[i + 1].Text.TrimEnd(',', '.', ';', ':'));
    }

    private const int MaxUnitWords = 6;

    /// <summary>"the X Police Department's crisis intervention team": lower-case words after a possessive name the body's own unit.</summary>
    private static bool AfterPossessive(List<Tokens.Token> tokens, int i)
    {
        var j = i - 1;
        while (j > 0 && j > i - MaxUnitWords && IsLowerPlainWord(tokens[j].Text))
            j--; // a unit's name is a few words: the walk back stays short, so a long run of lower-case words stays linear
        var text = tokens[j].Text;
        return text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal);
    }

    /// <summary>"lehrt", "über", "to": a word of lower-case letters only (no "e.V.", no "gGmbH").</summary>
    private static bool IsLowerPlainWord(string token)
    {
        var word = token.TrimEnd(',', ';', ':');
        if (word.EndsWith('.'))
            word = word[..^1]; // a sentence's period; "e.V." keeps a period inside and is no plain word
        return word.Length >= 2 && word.All(char.IsLower);
    }

    /// <summary>"Institut für" → "Institut": small words left at the end of a cut name belong to the words cut off.</summary>
    private static string TrimInnerWords(string text)
    {
        var t = text.TrimEnd();
        while (t.LastIndexOf(' ') is var space and > 0 && NameInnerWords.Contains(t[(space + 1)..]))
            t = t[..space].TrimEnd();
        return t;
    }

    /// <summary>Small words inside an organisation's name ("Institut für angewandte …", "University of the West", "Universidad de …").</summary>
    private static readonly HashSet<string> NameInnerWords = new(StringComparer.Ordinal)
    {
        "für", "der", "des", "die", "das", "den", "dem", "und", "zu", "zur", "zum", "am", "an", "im", "in", "von", "vom", "bei", "beim", "auf",
        "of", "for", "and", "the", "on", "at", "de", "da", "do", "dos", "del", "della", "du", "la", "le", "y", "et", "e", "i",
    };

    /// <summary>Words that open what a verb says or does, never the second lower-case word inside a name ("explains what", "räumte ein").</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "what", "how", "why", "whether", "that", "her", "his", "their", "its", "them", "him", "a", "an", "about", "through", "into", "up", "out",
        "dass", "was", "wie", "warum", "ob", "ein", "eine", "einen", "sich", "es", "er", "sie", "ihre", "seine", "ihren", "seinen", "nicht", "auch", "noch",
    };

    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "who", "which", "whose", "that", "where", "when", "Ihre", "Ihr", "Ihnen", "Sie", "Euch", "Eure", "seine", "ihre", "seinen", "ihren",
        "deren", "dessen", "welche", "welcher",
    };

    private static bool LooksLikeOrganisation(string text) =>
        text.Length > 0 && !char.IsLower(text[0]) && text.Split(' ').Any(NameRules.IsOrganisationWord);

    private static string? CleanRole(string role)
    {
        var words = role.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var clause = words.FindIndex(1, w => w is "who" or "which" or "whose" or "whom");
        if (clause > 0)
            words.RemoveRange(clause, words.Count - clause); // "an unpaid carer from Leeds who looks after her father": the relative clause is no part of the role
        if (words.Count > 0 && (EnglishArticles.Contains(words[0]) && char.IsLower(words[0][0])))
            words.RemoveAt(0);
        var cleaned = string.Join(' ', words).Trim().TrimEnd(CommaPeriod);
        return cleaned.Length == 0 || cleaned.Length > 80 ? null : cleaned;
    }

    private static string? Clean(string affiliation)
    {
        var cleaned = CutAtClause(affiliation).Trim().TrimEnd(ListPunctuationAndPeriod).Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>"union", "co-chair", "teachers'" (a plural possessive inside an English role: "teachers' union leader").</summary>
    private static bool IsLowerWord(string token)
    {
        if (token.Length == 0 || !char.IsLower(token[0]))
            return false;
        var end = token.Length > 2 && token[^1] is '\'' or '’' && token[^2] == 's' ? token.Length - 1 : token.Length;
        for (var i = 0; i < end; i++)
        {
            if (!char.IsLetter(token[i]) && token[i] != '-')
                return false;
        }

        return true;
    }
}
