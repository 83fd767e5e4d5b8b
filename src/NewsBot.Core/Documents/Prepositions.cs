using System.Text.RegularExpressions;

namespace NewsBot.Core.Documents;

/// <summary>The prepositions that lead into an affiliation ("vom", "von der", "an der", "beim", "of the", "at"…).</summary>
internal static partial class Prepositions
{
    /// <summary>The affiliation when <paramref name="text"/> starts with an affiliation preposition, else null.</summary>
    public static string? StripLeading(string text)
    {
        var match = LeadingRegex().Match(text);
        return match.Success ? text[match.Length..].Trim() : null;
    }

    /// <summary>"Rentenexpertin beim DIW" → ("Rentenexpertin", "DIW"); "head of supply chain at the X" → ("head of supply chain", "X").</summary>
    public static (string Role, string? Affiliation) SplitRole(string text)
    {
        if (People.DescriptionReader.SplitRole(text) is (var strongRole, { } strongAffiliation) && StrongRegex().IsMatch(text))
            return (strongRole, strongAffiliation); // "Leiter des Sicherheitsmanagements bei den Stadtwerken Regensburg"
        foreach (Match match in InsideRegex().Matches(text))
        {
            var role = text[..match.Index].Trim();
            if (role.Length == 0)
                continue;
            var lastWord = role[(role.LastIndexOf(' ') + 1)..];
            if (match.Value.StartsWith("of", StringComparison.Ordinal) && char.IsUpper(lastWord[0]) && role.Contains(' ', StringComparison.Ordinal))
                continue; // "former Bank of England policymaker": "of" inside a name
            return (role, text[(match.Index + match.Length)..].Trim());
        }

        return People.DescriptionReader.SplitRole(text); // "Arctic correspondent for the Northern Ledger"
    }

    /// <summary>"leads the finance team at the World Resources Institute" → "World Resources Institute"; null without "at".</summary>
    public static string? AfterAt(string text)
    {
        var match = AtRegex().Match(text);
        return match.Success ? text[(match.Index + match.Length)..].Trim() : null;
    }

    [GeneratedRegex(@"\s(?:beim|bei\s+(?:der|dem|den)|an\s+(?:der|dem)|am|vom|von\s+(?:der|dem|den)|at)\s+\S")]
    private static partial Regex StrongRegex();

    [GeneratedRegex(@"(?<=\s)at\s+(?:the\s+)?(?=[\p{Lu}\d])")]
    private static partial Regex AtRegex();

    private const string Germanic =
        @"(?:vom|von\s+(?:der|dem|den)|von|an\s+(?:der|dem|den)|am|beim|bei\s+(?:der|dem|den)|bei|aus\s+(?:der|dem|den)|aus|im|in\s+(?:der|dem)|der|des|at\s+the|at|of\s+the|of|from\s+the|from|with\s+the|with)";

    /// <summary>German dative prepositions that lead into an affiliation even when it starts in lower case ("vom ifo Institut").</summary>
    private const string LowerStart = @"|(?:vom|beim|am|(?:von|an|bei)\s+(?:der|dem|den))\s+(?=\p{Ll}+\s+\p{Lu})";

    /// <summary>"from the group X", "of the nonprofit X", "with the charity X": one lower-case word for the kind of body, then its name.</summary>
    private const string KindOfBody = @"|(?:from|of|at|with)\s+the\s+\p{Ll}+\s+(?=\p{Lu})";

    [GeneratedRegex(@"^(?:" + Germanic + @"\s+(?=[\p{Lu}\d""„'])" + LowerStart + KindOfBody + ")")]
    private static partial Regex LeadingRegex();

    [GeneratedRegex(@"(?<=\s)(?:" + Germanic + @"\s+(?=[\p{Lu}\d""„'])" + LowerStart + ")")]
    private static partial Regex InsideRegex();
}
