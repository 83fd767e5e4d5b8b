using NewsBot.Core.Documents.People;

namespace NewsBot.Core.Documents.Reading;

/// <summary>People named in running text: the last person before a pronoun, and a definite description's role.</summary>
internal static class ProseMentions
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "Der", "Die", "The" };

    /// <summary>The last person named in <paramref name="text"/> (a known given name or two name words after a lower-case word), or null.</summary>
    public static string? LastPerson(string text)
    {
        var tokens = Tokens.Of(text);
        string? last = null;
        for (var i = 0; i < tokens.Count && i < 400; i++)
        {
            if (NameReader.At(tokens, i) is not { } found)
                continue;
            var match = WithoutRoleNoun(tokens, found);
            if (match.Known)
                last = match.Name;
            i = Math.Max(i, match.End - 1);
        }

        return last;
    }

    /// <summary>The first person named in <paramref name="text"/> with a known given name (the subject of most sentences), or null.</summary>
    public static string? FirstPerson(string text)
    {
        var tokens = Tokens.Of(text, 80);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (NameReader.At(tokens, i) is not { } found)
                continue;
            var match = WithoutRoleNoun(tokens, found);
            if (match.Known)
                return match.Name;
            i = Math.Max(i, match.End - 1);
        }

        return null;
    }

    /// <summary>"Schäfer Anton Kienzler" read as one unknown name: the capitalised role noun is no name word.</summary>
    private static NameMatch WithoutRoleNoun(List<Tokens.Token> tokens, NameMatch match) =>
        !match.Known && match.End - match.Start >= 3 && NameRules.IsRoleNoun(tokens[match.Start].Text)
        && NameReader.At(tokens, match.Start + 1) is { Known: true } inner && inner.End == match.End ? inner : match;

    /// <summary>"Der irakische Journalist, Blogger und politische Aktivist hat …" → "irakischer Journalist, Blogger und politischer Aktivist".</summary>
    public static string? DefiniteDescription(string sentence)
    {
        var tokens = Tokens.Of(sentence);
        if (tokens.Count < 3 || !Articles.Contains(tokens[0].Text))
            return null;
        var article = tokens[0].Text.ToLowerInvariant();
        var parts = new List<string>();
        var i = 1;
        while (i < tokens.Count && parts.Count < 4)
        {
            var adjectives = new List<string>();
            while (i < tokens.Count && adjectives.Count < 3 && tokens[i].Text.Length > 1 && char.IsLower(tokens[i].Text[0]) && tokens[i].Text.All(char.IsLetter) && tokens[i].Text is not ("und" or "and"))
                adjectives.Add(tokens[i++].Text);
            if (i >= tokens.Count)
                return null;
            var noun = tokens[i].Text.TrimEnd(',');
            if (!RoleWords.IsRole(noun) || !char.IsUpper(noun[0]))
                return parts.Count > 0 ? Join(parts) : null;
            parts.Add(article == "the" ? string.Join(' ', adjectives.Append(noun)) : RoleForms.BaseForm(article == "die" ? null : article, adjectives, noun));
            var ended = tokens[i].Text.EndsWith(',');
            i++;
            if (ended)
                continue;
            if (i < tokens.Count && tokens[i].Text is "und" or "and")
            {
                parts.Add(tokens[i].Text);
                i++;
                continue;
            }

            break;
        }

        return parts.Count > 0 && parts[^1] is not ("und" or "and") ? Join(parts) : null;
    }

    private static string Join(List<string> parts)
    {
        var text = new System.Text.StringBuilder();
        for (var p = 0; p < parts.Count; p++)
        {
            if (p > 0)
                text.Append(parts[p] is "und" or "and" || parts[p - 1] is "und" or "and" ? " " : ", ");
            text.Append(parts[p]);
        }

        return text.ToString();
    }
}
