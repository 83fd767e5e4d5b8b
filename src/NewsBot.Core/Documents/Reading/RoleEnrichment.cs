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

    public static Expert Enrich(ReadingContext context, Expert expert)
    {
        if (expert.Role is not null || expert.Affiliation is not null)
            return expert;
        var lines = context.Lines;
        foreach (var k in context.PersonLinesNamed(expert.Name))
        {
            if (k + 1 >= lines.Count)
                continue;
            var next = lines[k + 1];
            if (next.Kind == LineKind.Bio && FromBio(expert.Name, next.Block.Sentences.Count > 0 ? next.Block.Sentences[0] : next.Content) is { } fromBio)
            {
                context.Explain(ExplanationFields.Role, fromBio.Role, $"role of {expert.Name} from the first sentence of the bio", next.Number);
                return expert with { Role = fromBio.Role, Affiliation = fromBio.Affiliation };
            }

            if (next.Kind is LineKind.Prose or LineKind.PersonTitle && lines[k].Section == SectionRole.Panel && next.Block.Sentences.Count > 0)
            {
                var (role, affiliation) = DescriptionReader.Read(next.Block.Sentences[0]);
                if (role is not null && RoleWords.HasRole(role) && role.Split(' ').Length <= 12)
                {
                    next.Kind = LineKind.PersonTitle;
                    context.Explain(ExplanationFields.Role, role, $"role of {expert.Name} from the description line under the name", next.Number);
                    return expert with { Role = role, Affiliation = affiliation };
                }
            }
        }

        foreach (var k in context.LinesBesidePersons())
        {
            var line = lines[k];
            if (line.Kind is LineKind.Person or LineKind.PersonTitle or LineKind.Schedule)
                continue;
            if (RoleBefore(line.Content, expert.Name) is { } before)
            {
                context.Explain(ExplanationFields.Role, before, $"role of {expert.Name} written in front of the name", line.Number);
                return expert with { Role = before };
            }
        }

        return expert;
    }

    /// <summary>"Natalie Haynes is a comedian, writer and broadcaster." → ("comedian, writer and broadcaster", null).</summary>
    private static (string? Role, string? Affiliation)? FromBio(string name, string sentence)
    {
        var family = name[(name.LastIndexOf(' ') + 1)..];
        var at = sentence.IndexOf(family, StringComparison.Ordinal);
        if (at < 0)
            return null;
        var rest = sentence[(at + family.Length)..].TrimStart();
        foreach (var copula in Copulas)
        {
            if (!rest.StartsWith(copula + " ", StringComparison.Ordinal))
                continue;
            var description = DescriptionReader.TrimSentenceDot(rest[(copula.Length + 1)..].Trim());
            if (description.Split(' ').Length > 25)
                return null;
            var (role, affiliation) = DescriptionReader.Read(description);
            return role is not null && RoleWords.HasRole(role) ? (role, affiliation) : null;
        }

        return null;
    }

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
