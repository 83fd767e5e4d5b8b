namespace NewsBot.Core.Documents;

/// <summary>Brings a German role as it stands after an article ("dem leitenden Militärexperten") to its base form.</summary>
internal static class RoleForms
{
    private static readonly string[] WeakStemEndings =
    [
        "ist", "ent", "ant", "and", "at", "om", "graf", "graph", "soph", "urg", "naut", "ekt", "ast", "yst", "et", "ot", "it",
    ];

    private static readonly string[] AdjectivalNounEndings = ["end", "ierten", "ten", "igen", "lichen"];

    /// <param name="article">The article in front ("der", "dem", "den", "die", "des"), lower case, or null.</param>
    /// <param name="adjectives">Lower-case adjectives between article and noun.</param>
    /// <param name="noun">The role noun as written.</param>
    public static string BaseForm(string? article, IReadOnlyList<string> adjectives, string noun)
    {
        if (noun.EndsWith("innen", StringComparison.Ordinal) && noun.Length > 7)
            noun = noun[..^3]; // "den Expertinnen" → "Expertin"
        var feminine = noun.EndsWith("in", StringComparison.Ordinal) && !noun.EndsWith("ein", StringComparison.Ordinal)
            || noun.EndsWith("innen", StringComparison.Ordinal);
        // "die Journalisten A und B": a plural role noun after "die" is one of them, in its singular like "den Journalisten"
        var plural = article is "die" && !feminine && noun.EndsWith("en", StringComparison.Ordinal) && NameRules.IsRoleNoun(noun);
        var masculineOblique = article is "dem" or "den" or "des" || plural;
        var femaleOblique = article is "der" && feminine;
        var parts = new List<string>(adjectives.Count + 1);
        foreach (var adjective in adjectives)
            parts.Add(Adjective(adjective, masculineOblique, feminine || (article is "der" && IsAdjectivalNoun(noun)), article));
        parts.Add(masculineOblique && !feminine ? Noun(noun) : AdjectivalNominative(noun, article, feminine, femaleOblique));
        return string.Join(' ', parts);
    }

    private static string Adjective(string adjective, bool masculineOblique, bool feminine, string? article)
    {
        if (feminine)
            return adjective.EndsWith("en", StringComparison.Ordinal) && article is "der" ? adjective[..^1] : adjective;
        if (masculineOblique && adjective.EndsWith("en", StringComparison.Ordinal))
            return adjective[..^1] + "r";
        if (article is "der" && adjective.EndsWith('e'))
            return adjective + "r";
        return adjective;
    }

    private static string AdjectivalNominative(string noun, string? article, bool feminine, bool femaleOblique)
    {
        if (femaleOblique || feminine)
            return noun;
        if (article is "der" && IsAdjectivalNoun(noun))
            return noun[..^1]; // "der Grünen-Abgeordneten": feminine dative of an adjectival noun → "Grünen-Abgeordnete"
        if (article is "der" && IsAdjectivalNoun(noun + "n"))
            return noun + "r";
        return noun;
    }

    private static string Noun(string noun)
    {
        if (!noun.EndsWith('n'))
            return noun;
        if (IsAdjectivalNoun(noun))
            return noun[..^1] + "r";
        if (noun.EndsWith("en", StringComparison.Ordinal))
        {
            var stem = noun[..^2];
            var lower = stem.ToLowerInvariant();
            if (lower.EndsWith("herr", StringComparison.Ordinal))
                return stem;
            foreach (var ending in WeakStemEndings)
            {
                if (lower.EndsWith(ending, StringComparison.Ordinal))
                    return stem;
            }

            if (lower.EndsWith("er", StringComparison.Ordinal) || lower.EndsWith("ar", StringComparison.Ordinal))
                return stem;
            return noun[..^1];
        }

        if (noun.EndsWith("ern", StringComparison.Ordinal) || noun.EndsWith("arn", StringComparison.Ordinal))
            return noun[..^1];
        return noun;
    }

    private static bool IsAdjectivalNoun(string noun)
    {
        var lower = noun.ToLowerInvariant();
        if (lower.EndsWith("enden", StringComparison.Ordinal))
            return true;
        foreach (var ending in AdjectivalNounEndings)
        {
            if (lower.EndsWith(ending, StringComparison.Ordinal) && ending != "end")
                return lower.EndsWith("beauftragten", StringComparison.Ordinal) || lower.EndsWith("ierten", StringComparison.Ordinal)
                    || lower.EndsWith("sachverständigen", StringComparison.Ordinal) || lower.EndsWith("abgeordneten", StringComparison.Ordinal)
                    || lower.EndsWith("angestellten", StringComparison.Ordinal) || lower.EndsWith("bevollmächtigten", StringComparison.Ordinal)
                    || lower.EndsWith("gesandten", StringComparison.Ordinal) || lower.EndsWith("beamten", StringComparison.Ordinal)
                    || lower.EndsWith("verantwortlichen", StringComparison.Ordinal) || lower.EndsWith("gelehrten", StringComparison.Ordinal);
        }

        return false;
    }
}
