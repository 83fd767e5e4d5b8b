using NewsBot.Core.Documents.People;
using NewsBot.Core.Documents.Structure;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// A panelist listed without a role gets one from elsewhere on the page: the bio under their name line ("Natalie Haynes
/// is a comedian, writer and broadcaster."), the line below a bare name in a panel list, or a role written in front
/// of their name in the prose ("journalist and author Ben Chu talks to …").
/// </summary>
internal static class RoleEnrichment
{
    /// <summary>A role in front of a name is at most this many words; only they are read, not the whole text before the name.</summary>
    private const int RoleTokens = 6;

    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "is", "ist", "was", "war", "serves as", "works as", "arbeitet als" };

    /// <param name="context">The page as read.</param>
    /// <param name="expert">The panelist.</param>
    /// <param name="lookInProse">Whether to look for a role in front of the name or in the next sentence in the page's other lines.</param>
    public static Expert Enrich(ReadingContext context, Expert expert, bool lookInProse = true)
    {
        if (expert.Role is not null || expert.Affiliation is not null)
            return expert;
        var lines = context.Lines;
        var named = context.PersonLinesNamed(expert.Name);
        for (var n = 0; n < named.Count; n++) // by index: a foreach over the interface would allocate an enumerator per panelist
        {
            var k = named[n];
            if (k + 1 >= lines.Count)
                continue;
            var next = lines[k + 1];
            if (next.Kind == LineKind.Bio && FromBio(expert.Name, BioSubject(expert.Name, next.Block.Sentences.Count > 0 ? next.Block.Sentences[0] : next.Content)) is { } fromBio)
            {
                context.Explain(ExplanationFields.Role, fromBio.Role, $"role of {expert.Name} from the first sentence of the bio", next.Number);
                return expert with { Role = fromBio.Role, Affiliation = fromBio.Affiliation };
            }

            if ((next.Kind is LineKind.Prose or LineKind.PersonTitle || next.Kind == LineKind.Bio && Structure.LayoutReader.OpensWithLowerVerb(next.Content))
                && lines[k].Section == SectionRole.Panel && next.Block.Sentences.Count > 0)
            {
                var description = BioClause(next.Block.Sentences[0]);
                var (role, affiliation) = DescriptionReader.Read(description);
                if (role is not null && RoleWords.HasRole(role) && role.Split(' ').Length <= 12)
                {
                    next.Kind = LineKind.PersonTitle;
                    context.Explain(ExplanationFields.Role, role, $"role of {expert.Name} from the description line under the name", next.Number);
                    return expert with { Role = role, Affiliation = affiliation };
                }

                if (description != next.Block.Sentences[0] && DescriptionReader.SplitRole(DescriptionReader.TrimSentenceDot(description)) is (_, { } workplace))
                {
                    context.Explain(ExplanationFields.Affiliation, workplace, $"affiliation of {expert.Name} from the workplace in the bio line under the name", next.Number);
                    return expert with { Affiliation = workplace }; // "lehrt Städtebau an der Hochschule X."
                }
            }
        }

        if (!lookInProse)
            return expert;
        var beside = context.LinesBesidePersons();
        for (var n = 0; n < beside.Count; n++)
        {
            var line = lines[beside[n]];
            if (line.Kind is LineKind.Person or LineKind.PersonTitle or LineKind.Schedule)
                continue;
            if (RoleBefore(line.Content, expert.Name) is { } before)
            {
                context.Explain(ExplanationFields.Role, before, $"role of {expert.Name} written in front of the name", line.Number);
                return expert with { Role = before };
            }

            if (DescribedNext(line.Content, expert.Name) is { } described)
            {
                context.Explain(ExplanationFields.Role, described, $"role of {expert.Name} from the definite description that opens the next sentence", line.Number);
                return expert with { Role = described };
            }
        }

        return expert;
    }

    /// <summary>
    /// "arbeitet als Sozialarbeiterin in X und engagiert sich …" → "Sozialarbeiterin in X"; "lehrt Städtebau an der Y." →
    /// its first clause: a bio line under a name that opens with its verb (the name is its subject) loses the copula and
    /// ends at its second verb. Any other line is returned as it is.
    /// </summary>
    internal static string BioClause(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !char.IsLower(line[0]) || !BioVerbs.Contains(line[..space]) && !Copulas.Contains(line[..space]))
            return line;
        foreach (var copula in Copulas)
        {
            if (line.StartsWith(copula + " ", StringComparison.Ordinal))
                return FirstClause(DescriptionReader.TrimSentenceDot(line[(copula.Length + 1)..].Trim()));
        }

        return FirstClause(DescriptionReader.TrimSentenceDot(line));
    }

    /// <summary>"Natalie Haynes is a comedian, writer and broadcaster." → ("comedian, writer and broadcaster", null).</summary>
    /// <summary>"ist Politologin an der …" under the name line: a bio cut from its name has the name as its subject.</summary>
    private static string BioSubject(string name, string sentence) =>
        Structure.LayoutReader.OpensWithLowerVerb(sentence) ? name + " " + sentence : sentence;

    private static (string? Role, string? Affiliation)? FromBio(string name, string sentence)
    {
        var family = name[(name.LastIndexOf(' ') + 1)..];
        var given = name[..Math.Max(0, name.IndexOf(' ', StringComparison.Ordinal))];
        var at = sentence.IndexOf(family, StringComparison.Ordinal);
        if (at < 0 && given.Length > 1 && sentence.StartsWith(given + " ", StringComparison.Ordinal))
            (at, family) = (0, given); // "Callum is a debt adviser …": the bio calls them by their first name
        if (at < 0)
            return null;
        var rest = sentence[(at + family.Length)..].TrimStart();
        foreach (var copula in Copulas)
        {
            if (!rest.StartsWith(copula + " ", StringComparison.Ordinal))
                continue;
            var description = FirstClause(DescriptionReader.TrimSentenceDot(rest[(copula.Length + 1)..].Trim()));
            if (description.Split(' ').Length > 25)
                return null;
            var (role, affiliation) = DescriptionReader.Read(description);
            return role is not null && RoleWords.HasRole(role) ? (role, affiliation) : null;
        }

        return null;
    }

    /// <summary>
    /// "a debt adviser with X and has spent …" → "a debt adviser with X"; "head of policy at X, a charity that …" →
    /// "head of policy at X": a bio's description ends where a second verb or an apposition about the organisation begins.
    /// </summary>
    internal static string FirstClause(string description)
    {
        var tokens = Tokens.Of(description);
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            var next = tokens[i + 1].Text;
            if (word.EndsWith(',') && next is "a" or "an" or "which" or "who" or "where" or "ein" or "eine" or "die" or "der" or "das")
                return description[..(tokens[i].Start + word.Length - 1)];
            if (word is "and" or "und" && BioVerbs.Contains(next) || word is "who" or "which" or "since" or "where" or "seit")
                return description[..tokens[i].Start].TrimEnd().TrimEnd(',');
        }

        return description;
    }

    /// <summary>Verbs that open a second clause of a bio after "and" ("… and has advised …", "… and now chairs …").</summary>
    private static readonly HashSet<string> BioVerbs = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "is", "was", "now", "leads", "led", "runs", "ran", "works", "worked", "joined", "founded", "spent",
        "chairs", "teaches", "taught", "advises", "presents", "writes", "wrote", "serves", "served", "lives", "keeps", "previously",
        "hat", "ist", "war", "leitet", "lebt", "arbeitet", "forscht", "lehrt", "berät", "engagiert",
    };

    /// <summary>The words between a name and the end of its clause: a short verb tail ("kommt noch X dazu:", "X joins later.").</summary>
    private const int TailTokens = 3;

    /// <summary>
    /// "Später kommt noch Ole Hansen dazu: Der Waldbesitzer aus dem Sauerland hat …" → "Waldbesitzer": the sentence right after
    /// the clause that names the person opens with a definite description ("Der Waldbesitzer", "The economist"), which is theirs.
    /// </summary>
    internal static string? DescribedNext(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var after = at + name.Length;
            // windows, not the rest of the line: a long line that names the person often stays linear
            var end = text.IndexOfAny(ClauseEnds, after, Math.Min(TailWindow, text.Length - after));
            if (end < 0 || end + 2 >= text.Length || text[end + 1] != ' ')
                continue;
            var tail = text[after..end];
            var words = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > TailTokens || !Array.TrueForAll(words, w => char.IsLower(w[0])))
                continue;
            var next = text.Substring(end + 2, Math.Min(SentenceWindow, text.Length - end - 2));
            if (ProseMentions.DefiniteDescription(next) is { } role)
                return role;
        }

        return null;
    }

    private static readonly char[] ClauseEnds = [':', '.'];

    /// <summary>How far after the name its clause may end, and how much of the next sentence is read for its description.</summary>
    private const int TailWindow = 40;

    private const int SentenceWindow = 120;

    /// <summary>"…, journalist and author Ben Chu talks to …" → "journalist and author": lower-case role words right before the name.</summary>
    private static string? RoleBefore(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at > 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            if (RoleJustBefore(text[Tokens.StartOfLast(text, at, RoleTokens + 1)..at]) is { } role)
                return role;
        }

        return null;
    }

    private static string? RoleJustBefore(string text)
    {
        var tokens = Tokens.Of(text);
        var start = tokens.Count;
        while (start > 0 && tokens.Count - start < RoleTokens)
        {
            var token = tokens[start - 1].Text;
            if (token.Length == 0 || !char.IsLower(token[0]) || !token.All(c => char.IsLetter(c) || c == '-'))
                break;
            if (token is not ("and" or "und") && !RoleWords.IsRole(token) && start == tokens.Count)
                return null;
            start--;
        }

        if (start == tokens.Count)
            return null;
        while (start < tokens.Count && tokens[start].Text is "and" or "und")
            start++;
        var role = string.Join(' ', tokens.Skip(start).Select(t => t.Text));
        return RoleWords.HasRole(role) && !role.Split(' ').Any(w => w is "the" or "a" or "with" or "by" or "to") ? role : null;
    }
}
