using System.Text;

namespace NewsBot.Core.Documents.People;

/// <summary>
/// Turns the description after a name in a list line into a role and an affiliation: "(SPD, Bundesinnenministerin)",
/// "(57), CDU, Bundestagsabgeordnete", "Obfrau im Umweltausschuss, Berlin", "senior research engineer at the X Group",
/// "Head of Strategy, Nordic Munitions Group". Fields are split at top-level commas; each is a role (it has a role
/// word or starts in lower case), an organisation (acronym, organisation word, a lone capitalized name) or a trailing
/// place, which is dropped. A single role field is split at an affiliation preposition ("bei", "an der", "vom", "at",
/// "of the X", "for the X").
/// </summary>
internal static class DescriptionReader
{
    // Trim sets kept as fields: a params array written at the call is allocated on every call, and these run per token.
    private static readonly char[] CommaPeriod = [',', '.'];
    private static readonly char[] ListPunctuation = [',', ';', ':'];
    private static readonly char[] QuoteMarks = ['„', '“', '"', '»', '«'];

    private enum FieldKind { Role, Organisation, Place, Ignored }

    /// <param name="description">The text after the name.</param>
    /// <param name="roleKnown">A role stood before the name ("Landesbischof X, Hannover"): a lone place is then just a place.</param>
    public static (string? Role, string? Affiliation) Read(string description, bool roleKnown = false)
    {
        description = DescriptionLabel.Unlabel(description);
        if (description.Contains(" @ ", StringComparison.Ordinal))
            description = description.Replace(" @ ", " at ", StringComparison.Ordinal); // "safety researcher @ Tarnwell Labs": the at-sign of a profile line is "at"
        if (BodyThenPost(description.Trim()) is var (post, body))
            return (Clean(post), Clean(body));
        var fields = SplitFields(description);
        var kinds = new FieldKind[fields.Count];
        for (var k = 0; k < fields.Count; k++)
            kinds[k] = Classify(fields[k], roleKnown ? k + 1 : k, roleKnown ? fields.Count + 1 : fields.Count);
        for (var k = 1; k + 1 < fields.Count; k++)
        {
            if (kinds[k - 1] == FieldKind.Role && kinds[k] == FieldKind.Organisation && kinds[k + 1] == FieldKind.Organisation && IsLoneName(fields[k]))
                kinds[k] = FieldKind.Place; // "Country Director, Chad, International Aid Network": the post's country, not a second body
            else if (kinds[k - 1] == FieldKind.Role && kinds[k] == FieldKind.Organisation && kinds[k + 1] == FieldKind.Organisation && k + 2 == fields.Count
                && IsTitleCasePost(fields[k]) && fields[k].Split(' ').All(w => char.IsUpper(w[0]) || w is "and" or "&"))
                kinds[k] = FieldKind.Role; // "Vice President, Customer Care, Hollin Freight": the post's department, then the body ("Department of X" is a unit of the body)
        }

        if (fields.Count >= 2 && kinds[^1] == FieldKind.Role && kinds[^2] == FieldKind.Role && IsLowerBrandField(fields[^1]))
            kinds[^1] = FieldKind.Organisation; // "Research Director, quvex": a lone lower-case word after a post is the body's name

        if (fields.Count >= 2 && kinds[0] == FieldKind.Organisation && !kinds.Contains(FieldKind.Role) && IsTitleCasePost(fields[0])
            && Enumerable.Range(1, fields.Count - 1).Any(k => kinds[k] == FieldKind.Organisation && fields[k].Split(' ').Any(NameRules.IsOrganisationWord)))
            kinds[0] = FieldKind.Role; // "Policy Lead, Norvik AI Hub", "Reader in Quantum Software, University of X": a title-case post before the body

        // A lone capitalized word after a role or organisation at the end is a place ("…, Berlin"); a lone one is an organisation.
        var roles = new List<string>();
        var organisations = new List<string>();
        for (var k = 0; k < fields.Count; k++)
        {
            switch (kinds[k])
            {
                case FieldKind.Role when organisations.Count == 0 || roles.Count == 0:
                    if (roles.Count == 0 || kinds[k - 1] == FieldKind.Role)
                        roles.Add(fields[k]);
                    break;
                case FieldKind.Organisation:
                    organisations.Add(fields[k]);
                    break;
                case FieldKind.Place when roles.Count == 0 && organisations.Count == 0 && !roleKnown:
                    organisations.Add(fields[k]);
                    break;
            }
        }

        string? role = roles.Count == 0 ? null : string.Join(", ", roles);
        string? affiliation = organisations.Count == 0 ? null : string.Join(", ", organisations.Select(WithoutRemark));
        if (roles.Count == 1 && affiliation is not null && SplitAtWorkplace(role!) is ({ } head, { } workplace))
            (role, affiliation) = (head, workplace + ", " + affiliation); // "researcher at the X Centre, University of Y": the centre is part of where
        if (roles.Count > 1 && affiliation is null && roles[0].Split(' ').Length >= 2 && SplitRole(roles[0]) is (_, null) && SplitRole(roles[^1]) is (_, { } own))
            (role, affiliation) = (string.Join(", ", roles.Take(roles.Count - 1)), own); // "Fischer aus X, Sprecher der Y": a first post with words of its own, the body of the last
        else if (role is not null && affiliation is null)
            (role, affiliation) = SplitRole(role) is (_, null) unsplit ? OutletInBrackets(role) ?? unsplit : SplitRole(role);
        return (Clean(role), Clean(affiliation));
    }

    /// <summary>
    /// "Policy Lead", "Reader in Quantum Software", "Senior Counsel": two or more capitalised words (connectors allowed) with
    /// no organisation word, acronym or bracket, not opening with a German adjective ("Deutsche Bahn" is a body).
    /// </summary>
    private static bool IsTitleCasePost(string field)
    {
        var words = field.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > 6 || field.Contains('(', StringComparison.Ordinal) || IsBrand(words[0])
            || words[0].EndsWith('e') || words[0].EndsWith("es", StringComparison.Ordinal) || words[0].EndsWith("en", StringComparison.Ordinal))
            return false;
        foreach (var word in words)
        {
            if (NameRules.IsOrganisationWord(word) || IsBrand(word) || !char.IsUpper(word[0]) && !NameConnectors.Contains(word) || !word.All(char.IsLetter))
                return false;
        }

        return char.IsUpper(words[^1][0]);
    }

    /// <summary>"quvex", "ver.di": one lower-case word that is no role and no status word ("retired", "emerita").</summary>
    private static bool IsLowerBrandField(string field) =>
        field.Length >= 3 && !field.Contains(' ', StringComparison.Ordinal) && char.IsLower(field[0]) && !RoleWords.IsRole(field)
        && !StatusWords.Contains(field) && field.All(c => char.IsLetterOrDigit(c) || c is '.' or '-');

    /// <summary>Words that qualify a post rather than name a body.</summary>
    private static readonly HashSet<string> StatusWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "retired", "ret.", "emeritus", "emerita", "designate", "elect", "interim", "acting", "a.D.", "i.R.", "freelance", "independent",
        "freiberuflich", "selbstständig", "selbständig", "ehrenamtlich", "pensioniert", "emeritiert",
    };

    /// <summary>"ver.di", "eBay", "e.on": a lower-case first word with a period, digit or capital inside is a brand, not a role's adjective.</summary>
    private static bool IsLowerBrand(string word) =>
        word.Length >= 3 && char.IsLower(word[0]) && word.All(c => char.IsLetterOrDigit(c) || c is '.' or '-')
        && (word.AsSpan(1, word.Length - 2).IndexOfAny('.', '-') >= 0 || word.Skip(1).Any(c => char.IsUpper(c) || char.IsDigit(c)));

    /// <summary>A field that opens with a finite verb ("will bring …", "hat … geleitet"): the sentence goes on, the description has ended.</summary>
    internal static bool OpensClause(string field) => ClauseVerbs.Contains(field.TrimStart().Split(' ', 2)[0]);

    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzäöüßéèáàíóúñçøåãõ");

    /// <summary>"Sudan", "Bavaria": one capitalised word of lower-case letters, no organisation word, acronym or brand ("EirGrid").</summary>
    private static bool IsLoneName(string field) =>
        field.Length > 2 && char.IsUpper(field[0]) && field.AsSpan(1).IndexOfAnyExcept(LowerLetters) < 0
        && !NameRules.IsOrganisationWord(field);

    /// <summary>"EirGrid (he designs the stuff that trips)": a remark in closing brackets that opens in lower case is no part of the name.</summary>
    private static string WithoutRemark(string organisation)
    {
        var open = organisation.IndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || !organisation.EndsWith(')') || open + 2 >= organisation.Length || !char.IsLower(organisation[open + 2])
            || organisation.IndexOf(' ', open + 2) < 0)
            return organisation;
        return organisation[..open];
    }

    /// <summary>
    /// "Journalistin („Die Zeit“)", "Reporterin (WDR)": a role (with no preposition to split at) and its outlet in closing
    /// brackets. A quoted title after the role of someone who makes works ("filmmaker ("Roads")") is their work, not
    /// where they work: it is dropped.
    /// </summary>
    public static (string Role, string? Affiliation)? OutletInBrackets(string role)
    {
        var open = role.LastIndexOf(" (", StringComparison.Ordinal);
        if (!role.EndsWith(')') || open <= 0 || role.IndexOf(')', open) != role.Length - 1)
            return null;
        var quoted = role[open + 2] is '„' or '“' or '"' or '»' or '«';
        var inside = role[(open + 2)..^1].Trim().Trim(QuoteMarks).Trim();
        if (inside.Length < 2 || inside.Any(char.IsDigit) || !char.IsUpper(inside[0]))
            return null;
        var head = role[..open].TrimEnd();
        if (!quoted && BodyThenPost(role) is { } swapped)
            return swapped;
        return quoted && RoleWords.MakesWorks(head) ? (head, null) : (head, inside);
    }

    /// <summary>
    /// "Zweckverband Oberland (Direktorin)", "Acme Robotics (CEO)", "Harbour Board (Chair)": a capitalised body with no
    /// role word, then a post in closing brackets → (post, body).
    /// </summary>
    public static (string Role, string Affiliation)? BodyThenPost(string text)
    {
        var open = text.LastIndexOf(" (", StringComparison.Ordinal);
        if (!text.EndsWith(')') || open <= 0 || text.IndexOf(')', open) != text.Length - 1 || text.IndexOf('(') != open + 1)
            return null;
        var inside = text[(open + 2)..^1].Trim();
        var head = text[..open].TrimEnd();
        if (inside.Length < 2 || inside.Contains(',') || inside.Split(' ').Length > 4 || !RoleWords.HasRole(inside)
            || head.Length < 2 || !char.IsUpper(head[0]) || RoleWords.HasRole(head) || head.Contains(','))
            return null;
        return (inside, head);
    }

    /// <summary>"noise researcher at the Acoustics Centre" → ("noise researcher", "Acoustics Centre"): a split only at a preposition of a workplace.</summary>
    private static (string? Role, string? Workplace) SplitAtWorkplace(string role)
    {
        var tokens = Tokens.Of(role);
        for (var i = 1; i < tokens.Count - 1; i++)
        {
            var length = StrongPreposition(tokens, i, out var at);
            if (at >= 0)
                return (role[..tokens[at].Start].TrimEnd(), role[tokens[at + length].Start..].Trim());
        }

        return (null, null);
    }

    /// <summary>"Rentenexpertin beim DIW" → ("Rentenexpertin", "DIW"); "professor of X at Y" → ("professor of X", "Y"). Genitives stay in the role.</summary>
    public static (string Role, string? Affiliation) SplitRole(string role)
    {
        var tokens = Tokens.Of(role);
        var at = -1;
        var length = 0;
        for (var i = 1; i < tokens.Count - 1 && at < 0; i++)
            length = StrongPreposition(tokens, i, out at);
        var bound = false; // the complement binds to the nearest role noun ("… und Sprecherin der Fachschaft")
        if (at < 0)
        {
            for (var i = 1; i < tokens.Count - 1 && at < 0; i++)
                length = WeakPreposition(tokens, i, out at);
            bound = at >= 0 && tokens[at].Text == "of";
        }

        if (at < 0)
        {
            for (var i = 1; i < tokens.Count - 1 && at < 0; i++)
                length = Genitive(tokens, i, out at);
            bound = at >= 0;
        }

        if (at < 0 || bound && SecondRoleWithComplementBefore(tokens, at))
            return (role, null);
        var head = role[..tokens[at].Start].TrimEnd();
        var rest = role[tokens[at + length].Start..];
        // "an der TU Chemnitz und Expertin für …", "of the X Collective and resident DJ": the affiliation ends where a second role begins
        var restTokens = Tokens.Of(rest);
        for (var j = 1; j < restTokens.Count - 1; j++)
        {
            if (restTokens[j].Text is "und" or "and" && SecondRoleAfter(restTokens, j + 1))
            {
                head += " " + rest[restTokens[j].Start..];
                rest = rest[..restTokens[j].Start].TrimEnd();
                break;
            }
        }

        return (head, rest);
    }

    /// <summary>A role word at <paramref name="k"/>, or after at most two lower-case words ("resident DJ", "past president").</summary>
    private static bool SecondRoleAfter(List<Tokens.Token> tokens, int k)
    {
        for (var j = k; j < tokens.Count && j <= k + 2; j++)
        {
            if (RoleWords.IsRole(tokens[j].Text))
                return true;
            if (!IsLowerWord(tokens[j].Text))
                return false;
        }

        return false;
    }

    /// <summary>
    /// "Medizinstudentin im 9. Semester und Sprecherin [der Fachschaft]": a genitive or "of" after the second of two
    /// coordinated roles, the first with words of its own, belongs to that second role only; it is not the person's
    /// affiliation, so the role is kept whole.
    /// </summary>
    private static bool SecondRoleWithComplementBefore(List<Tokens.Token> tokens, int at)
    {
        for (var j = at - 1; j >= 2; j--)
        {
            if (tokens[j].Text is "und" or "and")
                return j + 1 < at && RoleWords.IsRole(tokens[at - 1].Text);
        }

        return false;
    }

    private static bool IsLowerWord(string token) => token.Length > 0 && char.IsLower(token[0]) && token.All(c => char.IsLetter(c) || c == '-');

    private static int StrongPreposition(List<Tokens.Token> tokens, int i, out int at)
    {
        at = -1;
        var word = tokens[i].Text;
        var next = tokens[i + 1].Text;
        var length = 0;
        if (word is "bei" or "an" or "von" && next is "der" or "dem" or "den" && i + 2 < tokens.Count)
            length = 2;
        else if (word is "beim" or "vom" or "am")
            length = 1;
        else if (word is "bei" or "von")
            length = 1;
        else if (word == "aus" && next is "der" or "dem" or "den" && i + 2 < tokens.Count)
            length = 2; // a bare "aus Fulda" is where someone comes from, part of the role, not an affiliation
        else if (word is "in" && next is "der" && i + 2 < tokens.Count || word is "im")
            length = word == "im" ? 1 : 2; // "in der Präventionsstelle des LKA": only before an organisation's name (below)
        else if (word == "at")
            length = next == "the" && i + 2 < tokens.Count ? 2 : 1;
        if (length == 2 && word == "at" && LowerBeforeName(tokens, i + 2))
            length = 3; // "at the nonprofit X Alliance"
        if (length == 0 || !StartsName(tokens[i + length].Text) || IsPlacePhrase(tokens, i, length))
            return 0;
        at = i;
        return length;
    }

    /// <summary>One lower-case word, then a capitalized one: "the nonprofit Home Forward Alliance".</summary>
    private static bool LowerBeforeName(List<Tokens.Token> tokens, int k) =>
        k + 1 < tokens.Count && IsLowerWord(tokens[k].Text) && !RoleWords.IsRole(tokens[k].Text) && StartsName(tokens[k + 1].Text);

    /// <summary>Offices whose "of" names the body or the see they belong to, part of the role: "Member of …", "Secretary of State", "Bishop of …".</summary>
    private static readonly HashSet<string> OfficesOf = new(StringComparer.OrdinalIgnoreCase) { "member", "bishop", "archbishop", "mitglied" };

    /// <summary>Roles of a territory: "von" after them names the place they govern, part of the role ("Wirtschaftsminister von Niedersachsen").</summary>
    private static readonly string[] TerritorialRoles = ["minister", "ministerin", "bürgermeister", "bürgermeisterin", "landrat", "landrätin", "gouverneur", "gouverneurin", "präsident", "präsidentin"];

    /// <summary>
    /// Where a preposition leads into a place, part of the role, not to an organisation: "aus dem Saarland", "in der
    /// Uckermark", "Frankfurt am Main", "Ministerpräsident von Bayern". A place is one capitalized word that is no
    /// organisation word, at the end.
    /// </summary>
    private static bool IsPlacePhrase(List<Tokens.Token> tokens, int i, int length)
    {
        var word = tokens[i].Text;
        var target = tokens[i + length].Text.TrimEnd(CommaPeriod);
        var lonePlace = i + length == tokens.Count - 1 && !NameRules.IsOrganisationWord(target);
        if (word is "in" or "im" && tokens[i - 1].Text is "Mitglied" or "member" or "Member")
            return true; // "Mitglied im Mieterverein": membership is the role, like "Member of the European Parliament"
        if (word is "aus" or "in" or "im")
            return word == "aus" ? lonePlace : !NameRules.IsOrganisationWord(target);
        if (word is "am" or "an" && lonePlace && char.IsUpper(tokens[i - 1].Text[0]) && !RoleWords.IsRole(tokens[i - 1].Text))
            return true; // "Frankfurt am Main", "Halle an der Saale"
        if (word == "von" && length == 1 && lonePlace)
        {
            var before = tokens[i - 1].Text.ToLowerInvariant();
            foreach (var territorial in TerritorialRoles)
            {
                if (before.EndsWith(territorial, StringComparison.Ordinal))
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Chefvolkswirtin der Commerzbank", "Vorstand der Nordstern BKK": a genitive that is a proper name to the end. After
    /// "Mitglied" the genitive is the body of the membership, part of the role ("Mitglied des Ethikrats", like "Member of").
    /// </summary>
    private static int Genitive(List<Tokens.Token> tokens, int i, out int at)
    {
        at = -1;
        if (tokens[i].Text is not ("der" or "des") || tokens.Count - i - 1 > 5 || OfficesOf.Contains(tokens[i - 1].Text)
            || tokens[i - 1].Text is "in" or "im" or "an" or "auf" or "aus" or "bei" or "von" or "mit" or "zu" or "für" or "über" or "unter" or "nach" or "vor")
            return 0; // "in der Uckermark" is a place inside the role, not a genitive
        for (var k = i + 1; k < tokens.Count; k++)
        {
            if (tokens[k].Text is "der" or "des" && k > i + 1 && k + 1 < tokens.Count)
                continue; // "des Seniorenbeirats der Stadt Leipzig": a genitive of a genitive is one name
            if (!StartsName(tokens[k].Text) || tokens[k].Text is "und" or "Und")
                return 0;
        }

        at = i;
        return 1;
    }

    private static int WeakPreposition(List<Tokens.Token> tokens, int i, out int at)
    {
        at = -1;
        var word = tokens[i].Text;
        if (word is not ("of" or "for" or "with"))
            return 0;
        var length = tokens[i + 1].Text == "the" && i + 2 < tokens.Count ? 2 : 1;
        if (length == 2 && LowerBeforeName(tokens, i + 2))
            length = 3; // "executive director of the nonprofit X Alliance"
        if (!StartsName(tokens[i + length].Text))
            return 0;
        if (word == "of" && char.IsUpper(tokens[i - 1].Text[0]) && i >= 2)
            return 0; // "Bank of England policymaker": "of" inside a name
        if (word != "of" && length == 1 && !(word == "with" && RoleWords.IsRole(tokens[i - 1].Text)))
            return 0; // "fellow for Polar Affairs" is still the role; "for the Northern Ledger" is where
        if (word == "of" && (OfficesOf.Contains(tokens[i - 1].Text.TrimEnd(',')) || tokens[i + 1].Text is "State" && RoleWords.IsRole(tokens[i - 1].Text)))
            return 0; // "Member of the European Parliament", "Secretary of State for Wales", "Bishop of Northbridge": the office is the role
        at = i;
        return length;
    }

    private static bool StartsName(string token) =>
        token.Length > 0 && (char.IsUpper(token[0]) || char.IsDigit(token[0]) || token[0] is '„' or '"' or '“' or '»');

    /// <summary>
    /// "deren Kanzlei …", "who has run …", "der 2023 …", "die seit Jahren …": a description that opens with a relative
    /// pronoun. "der"/"die"/"das" are also articles ("die ehemalige Ministerin"), so only before a number or a preposition.
    /// </summary>
    private static bool OpensRelativeClause(string field)
    {
        var words = field.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
            return false;
        if (words[0] is "deren" or "dessen" or "who" or "whose" or "which" or "welche" or "welcher")
            return true;
        return words[0] is "der" or "die" or "das"
            && (char.IsAsciiDigit(words[1][0]) || words[1] is "seit" or "mit" or "als" or "in" or "im" or "am" or "an" or "bei" or "für" or "sich" or "schon" or "vor");
    }

    private static FieldKind Classify(string field, int index, int count)
    {
        if (field.Length == 0 || field.All(c => char.IsDigit(c) || c is '(' or ')' or ' ') || field[0] == '@' || field.StartsWith("http", StringComparison.Ordinal)
            || index > 0 && field.Split(' ', 2)[0] is "where" or "who" or "which" or "whose" or "wo" or "der" or "die" or "das" or "based" or "mit" or "with" or "sucht" or "seit")
            return FieldKind.Ignored; // "…, where he leads …", "…, based in Suva": a clause, not a field
        if (index == 0 && OpensRelativeClause(field))
            return FieldKind.Ignored; // "Name, der 2019 die Werkstatt … gegründet hat", "Name, whose firm …": a clause about the person, no post
        if (index > 0 && ClauseVerbs.Contains(field.Split(' ', 2)[0]))
            return FieldKind.Ignored; // "…, war gerade auf See", "…, has just returned from …": a clause about the person ends the description
        var words = field.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 2 && words[1].Length == 4 && words[1].All(char.IsAsciiDigit))
            return FieldKind.Ignored; // "Jahrgang 1981", "born 1975": the year of birth, no role and no organisation
        if (words.Length > 1 && char.IsUpper(words[0][0]) && !RoleWords.IsRole(words[0]) && NameRules.IsOrganisationWord(words[0])
            && !words[0].All(c => char.IsUpper(c) || c == '-') && RoleWords.HasRole(field))
            return FieldKind.Organisation; // "Kanzlei Obermüller & Partner": the head word decides, not a role word inside the name
        if (words.Length > 1 && IsAgentNoun(words[0]) && char.IsLower(words[1][0]) && words[1] is not ("for" or "of" or "and" or "on" or "in" or "at" or "the"))
            return FieldKind.Role; // "Berichterstatterin ihrer Fraktion für …": a role even with an organisation word after it
        if (IsLowerBrand(words[0]) && !RoleWords.HasRole(field))
            return FieldKind.Organisation; // "ver.di Bezirk Süd": a brand in lower case opens a body's name
        if (char.IsLower(field[0]) || RoleWords.HasRole(field))
            return FieldKind.Role;
        if (words.Any(NameRules.IsOrganisationWord) || field.Contains("e.V.", StringComparison.Ordinal) || field.EndsWith(" e. V.", StringComparison.Ordinal)
            || field.Contains('/', StringComparison.Ordinal) || IsQuotedName(field))
            return FieldKind.Organisation;
        if (words.Length == 1 && index > 0 && index == count - 1 && !IsBrand(field))
            return FieldKind.Place;
        if (words.Length <= 2 && index > 0 && index == count - 1 && !IsBrand(field) && words.All(w => char.IsUpper(w[0])) && IsPlaceShape(words))
            return FieldKind.Place; // "Washington DC", "Halle (Saale)", "New York", "St. Paul"
        if (words.Length == 1 && IsAgentNoun(words[0]))
            return FieldKind.Role; // "(Netzwerker)", "(Aktivistin)": a person's occupation
        var named = words.Length > 2 && words[^1].StartsWith('(') && words[^1].EndsWith(')') ? words[..^1] : words; // "Tarnwick Labs (Porto)": the bracket is a remark
        if (words.Length == 1 || char.IsUpper(named[^1][0]) && named.All(w => char.IsUpper(w[0]) || NameConnectors.Contains(w)))
            return FieldKind.Organisation;
        return FieldKind.Role;
    }

    /// <summary>
    /// Finite verbs that open a clause about the person after the description's comma ("…, war drei Wochen auf See",
    /// "…, has advised two ministries"); a role or organisation field never opens with one.
    /// </summary>
    private static readonly HashSet<string> ClauseVerbs = new(StringComparer.Ordinal)
    {
        "war", "ist", "hat", "hatte", "wird", "wurde", "leitet", "lebt", "arbeitet", "forscht", "lehrt", "berät", "kam", "kommt", "sitzt",
        "gilt", "schreibt", "kennt", "was", "is", "has", "had", "will", "leads", "led", "runs", "works", "worked", "joined", "founded",
        "spent", "chairs", "teaches", "advises", "writes", "wrote", "serves", "served", "lives", "lived", "returned", "knows",
    };

    /// <summary>"TotalEnergies", "EirGrid", "Web3Labs": a lone word with a capital or digit inside is a brand, never a place.</summary>
    private static bool IsBrand(string word)
    {
        var start = word.StartsWith("Mac", StringComparison.Ordinal) ? 3 : word.StartsWith("Mc", StringComparison.Ordinal) ? 2 : 1;
        for (var k = Math.Max(start, 1); k < word.Length; k++)
        {
            if (char.IsDigit(word[k]) || char.IsUpper(word[k]) && char.IsLower(word[k - 1]))
                return true;
        }

        return false;
    }

    /// <summary>Small words inside the name of an organisation: "Bund Naturschutz in Bayern", "Observatório da Mineração".</summary>
    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal)
    {
        "für", "der", "des", "of", "for", "and", "und", "the", "&", "in", "im", "am", "an", "zu", "on", "da", "do", "dos", "das", "de",
        "di", "del", "della", "du", "la", "le", "y", "et",
    };

    /// <summary>"„Die Zeit“", "\"The Atlantic\"": a capitalized name in quotes, the title of an outlet.</summary>
    private static bool IsQuotedName(string field) =>
        field.Length > 3 && field[0] is '„' or '"' or '»' or '“' && field[^1] is '“' or '"' or '«' or '”' && char.IsUpper(field[1]);

    /// <summary>
    /// Two capitalized words that read as a place: a short all-capital or bracketed second word ("Washington DC",
    /// "Halle (Saale)") or a place's first word ("New", "San", "St.", "Bad"). "Midwest Herald" is a name of an outlet.
    /// </summary>
    private static bool IsPlaceShape(string[] words) =>
        words.Length == 1 || words[1].Length <= 3 && words[1].All(c => char.IsUpper(c) || c == '.') || words[1].StartsWith('(')
        || PlaceFirstWords.Contains(words[0]);

    private static readonly HashSet<string> PlaceFirstWords = new(StringComparer.Ordinal)
    {
        "New", "San", "Santa", "Los", "Las", "St.", "St", "Saint", "Sankt", "Bad", "Le", "La", "El", "Fort", "Port", "Mount", "North",
        "South", "East", "West", "Frankfurt", "Freiburg", "Halle", "Neustadt", "Little", "Great", "Rio", "Hong", "Buenos", "Tel", "Kuala",
    };

    /// <summary>"Netzwerker", "Aktivistin", "Redakteur", "Doktorandin": a German noun for a person who does something.</summary>
    private static bool IsAgentNoun(string word) =>
        word.Length >= 6 && word.All(char.IsLetter) && word.Any(char.IsLower) && char.IsUpper(word[0])
        && (word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("erin", StringComparison.Ordinal) || word.EndsWith("ist", StringComparison.Ordinal)
            || word.EndsWith("andin", StringComparison.Ordinal) || word.EndsWith("entin", StringComparison.Ordinal) || word.EndsWith("antin", StringComparison.Ordinal)
            || word.EndsWith("istin", StringComparison.Ordinal) || word.EndsWith("eur", StringComparison.Ordinal) || word.EndsWith("eurin", StringComparison.Ordinal));

    /// <summary>Top-level fields: split at commas and semicolons outside brackets and quotes.</summary>
    private static List<string> SplitFields(string text)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c is '„' or '“' or '»' or '«' or '"')
                quoted = c switch { '„' or '»' => true, '“' or '«' => false, _ => !quoted };
            if (c == '(')
                depth++;
            else if (c == ')' && depth > 0)
                depth--;
            if ((c is ',' or ';') && !quoted && depth == 0)
            {
                Flush(fields, current);
                continue;
            }

            current.Append(c);
        }

        Flush(fields, current);
        return fields;
    }

    private static void Flush(List<string> fields, StringBuilder current)
    {
        var field = TrimSentenceDot(current.ToString().Trim());
        if (field.Length > 0)
            fields.Add(field);
        current.Clear();
    }

    /// <summary>Drops a sentence's closing period but keeps an abbreviation's ("a. D.", "e.V.", "Univ.").</summary>
    public static string TrimSentenceDot(string text)
    {
        if (!text.EndsWith('.'))
            return text;
        var lastWord = text[(text.LastIndexOf(' ') + 1)..];
        var hyphen = lastWord.LastIndexOf('-');
        if (hyphen >= 0 && lastWord.Length - hyphen - 2 is >= 2 and <= 4 && char.IsUpper(lastWord[hyphen + 1]))
            return text; // "D-Ore.", "R-Tex.": a party and state tag ends in an abbreviation
        return lastWord.Length <= 3 || lastWord.AsSpan(0, lastWord.Length - 1).Contains('.') || Abbreviations.Contains(lastWord) ? text : text[..^1].TrimEnd();
    }

    /// <summary>Abbreviations that end a name ("Chirpr Inc."): their period is no sentence's.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal) { "Inc.", "Ltd.", "Corp.", "Bros.", "Assn.", "Univ.", "Dept.", "Intl." };

    private static string? Clean(string? text)
    {
        if (text is null)
            return null;
        foreach (var pronoun in (string[])[" who ", " which ", " whose ", " whom "])
        {
            var at = text.IndexOf(pronoun, StringComparison.Ordinal);
            if (at > 0)
                text = text[..at]; // "unpaid carer from Leeds who looks after her father": the relative clause is about the person, not the post
        }

        var cleaned = TrimSentenceDot(text.Trim().TrimEnd(ListPunctuation).Trim()).Trim();
        if (cleaned.StartsWith("the ", StringComparison.Ordinal) || cleaned.StartsWith("a ", StringComparison.Ordinal) || cleaned.StartsWith("an ", StringComparison.Ordinal))
            cleaned = cleaned[(cleaned.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        return cleaned.Length is 0 or > 160 ? null : cleaned;
    }
}

