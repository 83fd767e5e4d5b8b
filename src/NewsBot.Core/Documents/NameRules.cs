using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Documents;

/// <summary>What a person's name, an academic title, an organisation word and a role word look like.</summary>
internal static partial class NameRules
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "di", "da", "del", "della", "dos", "das", "du", "la", "le", "bin", "ibn",
        "al", "el", "zu", "ten", "ter", "y", "ap",
    };

    private static readonly HashSet<string> AlwaysParticles = new(StringComparer.Ordinal)
    {
        "van", "de", "di", "da", "del", "della", "dos", "du", "la", "le", "bin", "ibn", "al", "el", "ten", "ter", "y", "ap",
    };

    /// <summary>"Weitere Termine", "Other events", "Alle Folgen": quantifiers and pointers to other items, never a name word.</summary>
    private static readonly HashSet<string> Quantifiers = new(StringComparer.Ordinal)
    {
        "Weitere", "Weiterer", "Weiteres", "Weiteren", "Andere", "Anderer", "Anderen", "Alle", "Mehr", "Frühere", "Vergangene", "Kommende",
        "Further", "More", "Other", "Others", "All", "Related", "Upcoming", "Previous", "Past", "Recent", "Earlier",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "der", "die", "das", "dem", "den", "des", "und", "mit", "von", "vom", "zu", "im", "am", "an", "auf", "bei",
        "beim", "es", "sie", "er", "wir", "the", "and", "with", "of", "at", "from", "for", "our", "we", "us", "in",
        "live", "studio", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
        "september", "oktober", "november", "dezember", "january", "february", "march", "june", "july", "october",
        "december", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "darüber", "dazu", "heute", "today",
        "institut", "institute", "universität", "university", "zentrum", "center", "centre", "stiftung", "foundation",
        "hochschule", "akademie", "academy", "gesellschaft", "verband", "association", "bank", "house", "ministerium",
        "ministry", "agentur", "agency", "amt", "office", "council", "rat", "gruppe", "group", "college", "school",
        "schule", "klinik", "klinikum", "charité", "forum", "fund", "fonds", "programme", "program", "commission",
        "kommission", "union", "partei", "party", "bundestag", "regierung", "government", "initiative", "netzwerk",
        "network", "labor", "lab", "observatory", "museum", "zeitung", "magazin", "verlag", "konzern", "gmbh", "ag",
        "ev", "e.v.", "inc", "ltd", "think", "tank", "uni", "fachhochschule", "gewerkschaft", "bündnis", "allianz",
        "moderator", "moderatorin", "moderation", "gastgeber", "gastgeberin", "anchor", "host", "presenter",
        "menschen", "leute", "fachleute", "gäste", "experten", "expertinnen", "people", "guests", "experts",
        "festival", "conference", "konferenz", "summit",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        // question words, indefinite articles, verbs and prepositions: capitalised only at a sentence start or in a title
        // ("Who Audits the Auditors?", "Eine Anmeldung ist erbeten", "Financing Preparedness After the Accord")
        "who", "what", "why", "how", "when", "where", "which", "whose", "after", "before", "against", "between", "beyond",
        "without", "within", "into", "through", "under", "over", "about", "is", "are", "were", "should", "could", "would",
        "does", "did", "has", "have", "ein", "eine", "einer", "einem", "einen", "eines", "kein", "keine", "wer", "wie", "was",
        "warum", "wann", "wem", "nach", "über", "unter", "gegen", "ohne", "zwischen", "nicht", "ist", "sind",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordSpans = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Capitalised function words that, right after capitalised words, show a title in title case rather than a name
    /// ("Financing Preparedness After the Accord", "Cities Without Cars"): a name is never followed by them unpunctuated.
    /// </summary>
    private static readonly HashSet<string> TitleFunctionWords = new(StringComparer.Ordinal)
    {
        "After", "Before", "Against", "Between", "Beyond", "Without", "Within", "Into", "Through", "Under", "Over", "About",
        "Who", "What", "Why", "How", "When", "Where", "Which", "Is", "Are", "Should", "Could", "Would", "Does",
        "Nach", "Über", "Unter", "Gegen", "Ohne", "Zwischen", "Wie", "Wer", "Warum", "Wann", "Ist", "Sind",
    };

    /// <summary>A capitalised question word, indefinite article, auxiliary or preposition ("Who", "Eine", "After"), lowered without allocating.</summary>
    private static bool IsFunctionWord(string token)
    {
        Span<char> lower = stackalloc char[token.Length];
        InvariantLower.Into(token, lower);
        return FunctionWordSpans.Contains(lower);
    }

    /// <summary>Whether <paramref name="token"/> is a capitalised function word of a title ("After", "Between", "Ohne").</summary>
    public static bool IsTitleFunctionWord(string token) => TitleFunctionWords.Contains(token);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameSpans = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The nouns among <see cref="NotNames"/> that head an organisation's name (not the function words, dates or host words).</summary>
    private static readonly HashSet<string> OrganisationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "institut", "institute", "universität", "university", "zentrum", "center", "centre", "stiftung", "foundation",
        "hochschule", "akademie", "academy", "gesellschaft", "verband", "association", "bank", "ministerium",
        "ministry", "agentur", "agency", "office", "council", "gruppe", "group", "college", "school",
        "schule", "klinik", "klinikum", "charité", "forum", "fund", "fonds", "commission",
        "kommission", "union", "partei", "party", "bundestag", "regierung", "government", "initiative", "netzwerk",
        "network", "labor", "observatory", "museum", "zeitung", "magazin", "verlag", "konzern", "gmbh",
        "fachhochschule", "gewerkschaft", "bündnis", "allianz",
    };

    /// <summary>
    /// A capitalised word that heads an organisation's name ("Bank", "Stiftung", "Landesverband", an acronym "NABU"), unlike
    /// <see cref="IsOrganisationWord"/> never a function word ("With", "Darüber") that merely cannot be a name.
    /// </summary>
    public static bool IsOrganisationNoun(string token)
    {
        var bare = token.AsSpan().Trim(BracketsAndPunctuation);
        if (bare.Length < 2 || !char.IsUpper(bare[0]))
            return false;
        if (IsAcronym(bare) || OrganisationNouns.Contains(bare.ToString()))
            return true;
        return !NotNameSpans.Contains(bare) && IsOrganisationWord(token);
    }

    private static readonly string[] RoleStems =
    [
        "expert", "forscher", "wissenschaftler", "kommissar", "sekretär", "förster", "besitzer", "seelsorger", "ökonom", "loge", "login", "jurist", "publizist", "polizist", "lobbyist", "chef", "leiter", "direktor",
        "präsident", "sprecher", "vorsitzend", "korrespondent", "redakteur", "journalist", "analyst", "berater",
        "professor", "jurist", "arzt", "ärztin", "mediziner", "historiker", "politiker", "soziolog", "psycholog",
        "ökolog", "biolog", "ingenieur", "referent", "autor", "beauftragt", "sachverständig", "abgeordnet", "vertreter",
        "kenner", "managerin", "manager", "gründer", "geschäftsführer", "kritiker", "beobachter", "kommentator",
        "anwalt", "anwältin", "richter", "offizier", "general", "diplomat", "botschafter", "minister", "unternehmer",
        "aktivist", "reporter", "rechtler", "theolog", "philosoph", "pädagog", "lehrer", "dozent", "chemiker",
        "physiker", "informatiker", "mathematiker", "ethiker", "kundler", "vorstand", "ökonomin", "volkswirt",
        "meteorolog", "klimatolog", "meister", "sprecherin", "kanzler", "senator", "stratege", "strategin", "pfarrer", "bischof", "landrat", "landrätin", "geograf", "geograph", "demograf", "statistiker", "agent", "koordinator",
        "moderator", "pastor", "halter", "inhaber", "stipendiat", "arbeiter", "obfrau", "obmann", "fachkraft", "rätin", "blogger", "podcaster",
        "schüler", "student", "kandidat", "herausgeber", "bischöfin", "wirt", "pfleger", "erzieher", "beamt", "dekan", "rektor", "musiker",
        "künstler", "schauspieler", "satiriker", "kabarettist", "ärztin", "vorsitz", "stellvertret", "mitglied", "gesandt",
        "sekretär", "planer", "mieter", "vermieter", "eigentümer", "händler", "produzent", "komponist", "regisseur",
        "dezernent", "kurator", "angehörig", "begleiter", "betreuer", "seelsorger", "therapeut", "psychiater", "apotheker", "kommandant",
        "vorsteher", "gewerkschafter", "verleger", "übersetzer", "dolmetscher", "sanitäter", "diakon", "vikar", "rabbiner", "bäcker",
        "kämmerer", "notar", "hebamme",
    ];

    public static bool IsParticle(string token) => Particles.Contains(token);

    public static bool IsAlwaysParticle(string token) => AlwaysParticles.Contains(token);

    public static bool IsTitle(string token) => token.Length is > 0 and <= 14 && TitleStarts.Contains(token[0]) && TitleRegex().IsMatch(token);

    /// <summary>Kept as fields: a params array written at the call would be allocated on every call.</summary>
    private static readonly char[] BracketsAndPunctuation = ['(', ')', ',', '.'];

    private const string TitleStarts = "PDJhcemrnpjosMSLdGCARB";

    /// <summary>Lower-case article prefixes joined to a family name by a hyphen or apostrophe ("el-Tayeb", "al-Amin", "d'Almeida").</summary>
    private static readonly string[] ArticlePrefixes = ["al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ud-", "ul-", "d'", "d’"];

    /// <summary>"el-Tayeb", "al-Amin", "d'Almeida": a family name behind a lower-case article, a name word after a given name.</summary>
    public static bool IsPrefixedNameWord(string token)
    {
        if (token.Length < 4 || !char.IsLower(token[0]))
            return false;
        foreach (var prefix in ArticlePrefixes)
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal))
                return token.Length > prefix.Length + 1 && IsNameWord(token[prefix.Length..]);
        }

        return false;
    }

    /// <summary>A capitalized word that may be part of a person's name (initials included).</summary>
    public static bool IsNameWord(string token)
    {
        if (token.Length == 0 || !char.IsUpper(token[0]) || NotNameSpans.Contains(token.AsSpan().TrimEnd('.')) || Quantifiers.Contains(token))
            return false;
        if (token.Length <= 8 && IsFunctionWord(token))
            return false;
        foreach (var c in token.AsSpan(1))
        {
            if (!char.IsLetter(c) && c is not ('\'' or '’' or '-' or '.') && char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
                return false;
        }

        if (token.Length == 2 && token[1] == '.' || token is "Ó" or "Uí")
            return true; // an initial; "Ciara Ó Dónaill": the Irish patronymic particle is written capitalised
        foreach (var c in token)
        {
            if (char.IsLower(c))
                return true;
        }

        return false;
    }

    /// <summary>Asked for every word the name reader looks at, so it reads spans and allocates nothing (short words).</summary>
    public static bool IsOrganisationWord(string token)
    {
        var bare = token.AsSpan().Trim(BracketsAndPunctuation);
        if (bare.Length >= 2 && IsAcronym(bare))
            return true;
        foreach (var range in bare.Split('-'))
        {
            var part = bare[range];
            if (part.Length > 2 && NotNameSpans.Contains(part))
                return true;
        }

        if (bare.Length < 7)
            return false; // shorter than every ending below
        Span<char> buffer = bare.Length <= 128 ? stackalloc char[bare.Length] : new char[bare.Length];
        InvariantLower.Into(bare, buffer);
        ReadOnlySpan<char> lower = buffer;
        return lower.EndsWith("universität", StringComparison.Ordinal) || lower.EndsWith("institut", StringComparison.Ordinal)
            || lower.EndsWith("zentrum", StringComparison.Ordinal) || lower.EndsWith("stiftung", StringComparison.Ordinal)
            || lower.EndsWith("verband", StringComparison.Ordinal) || lower.EndsWith("hochschule", StringComparison.Ordinal)
            || lower.EndsWith("ministerium", StringComparison.Ordinal) || lower.EndsWith("gesellschaft", StringComparison.Ordinal)
            || lower.Length >= 9 && char.IsUpper(bare[0]) && EndsWithOrganisationHead(lower); // "Landesvermessungsamt", not "insgesamt"
    }

    private static bool EndsWithOrganisationHead(ReadOnlySpan<char> lower)
    {
        foreach (var head in OrganisationHeads)
        {
            if (lower.EndsWith(head, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    /// <summary>Heads of German compound names of organisations ("Landeszentrale", "Werbegemeinschaft", "Präventionsstelle", "Planungsbüro").</summary>
    private static readonly string[] OrganisationHeads =
    [
        "zentrale", "stelle", "gemeinschaft", "verein", "kammer", "behörde", "anstalt", "akademie", "klinikum", "gericht", "agentur",
        "kommission", "bündnis", "gewerkschaft", "genossenschaft", "büro", "amt", "kreisverband", "landesverband",
        "museum", "bibliothek", "archiv",
    ];

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!(char.IsUpper(c) || char.IsDigit(c) || c == '-'))
                return false;
        }

        return true;
    }

    /// <summary>A German noun that names a profession or function (Militärexperte, Hydrologin, Korea-Expertin…).</summary>
    public static bool IsRoleNoun(string token)
    {
        if (token.Length is < 5 or > 64)
            return token.Length > 64 && IsRoleNounLower(token.ToLowerInvariant());
        Span<char> buffer = stackalloc char[token.Length];
        InvariantLower.Into(token, buffer);
        return IsRoleNounLower(buffer);
    }

    /// <summary>
    /// A stem ends where one of the few inflection endings begins (at most five places in a word), so only those places
    /// are looked up, by the stem's last three letters, instead of searching the word for every stem.
    /// </summary>
    private static bool IsRoleNounLower(ReadOnlySpan<char> lower)
    {
        foreach (var length in (ReadOnlySpan<int>)[0, 1, 2, 3, 5])
        {
            var end = lower.Length - length;
            if (end < StemKeyLength || !IsRoleEnding(lower[end..]) || !RoleStemsByEnd.TryGetValue(StemKey(lower[..end]), out var stems))
                continue;
            foreach (var stem in stems)
            {
                if (lower[..end].EndsWith(stem, StringComparison.Ordinal))
                    return true;
            }
        }

        return false;
    }

    private static bool IsRoleEnding(ReadOnlySpan<char> ending) =>
        ending is "" or "e" or "en" or "n" or "in" or "innen" or "er" or "es" or "s" or "r" or "ne" or "nen";

    private const int StemKeyLength = 3;

    private static long StemKey(ReadOnlySpan<char> word) => (long)word[^3] << 32 | (long)word[^2] << 16 | word[^1];

    /// <summary>The role stems by their last three letters (every stem has four or more).</summary>
    private static readonly Dictionary<long, string[]> RoleStemsByEnd = RoleStems.Distinct(StringComparer.Ordinal)
        .GroupBy(stem => StemKey(stem)).ToDictionary(group => group.Key, group => group.ToArray());

    [GeneratedRegex(@"^(?:Prof\.?|Dr\.?|PD|Dres\.|Dipl\.-[\p{L}]+\.?|Dr\.-[\p{L}]+\.?|Jun\.-Prof\.|Priv\.-Doz\.|Doz\.|Mag\.|habil\.|em\.|apl\.|h\.|c\.|h\.c\.|med\.|rer\.|nat\.|pol\.|phil\.|jur\.|oec\.|soc\.|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|MdB|MdEP|Gen\.|Col\.|Adm\.|Maj\.|Capt\.|Lt\.|Rev\.|Brig\.)$")]
    private static partial Regex TitleRegex();

}
