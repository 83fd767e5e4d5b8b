using System.Text;

namespace NewsBot.NoToken.Terminal;

/// <summary>
/// Parses a typed line. Words are separated by spaces; <c>"…"</c> (or „…“) keeps spaces and colons together, a backslash
/// inside quotes escapes the next character. Never throws: malformed input becomes <see cref="TerminalInput.Invalid"/>.
/// </summary>
internal static class TerminalInputParser
{
    public static TerminalInput Parse(string? line)
    {
        var text = line?.Trim() ?? "";
        if (text.Length == 0)
            return new TerminalInput.Empty();
        if (text is "quit" or "exit")
            return new TerminalInput.Meta("quit", []);
        if (Tokenize(text) is not { } words)
            return new TerminalInput.Invalid(new InputError(InputErrorKind.UnclosedQuote, text));
        if (text[0] == ':')
            return new TerminalInput.Meta(words[0].Text[1..].ToLowerInvariant(), [.. words.Skip(1).Select(w => w.Text)]);
        if (text[0] != '/')
            return new TerminalInput.Invalid(new InputError(InputErrorKind.ExpectedNameValue, words[0].Text));
        return ParseSlash(words);
    }

    private static TerminalInput ParseSlash(List<Word> words)
    {
        var name = words[0].Text[1..].ToLowerInvariant();
        if (name.Length == 0)
            return new TerminalInput.Invalid(new InputError(InputErrorKind.MissingCommandName));
        var suggest = words.Count > 1 && words[^1] is { Text: "?", Quoted: false };
        var rest = words.Skip(1).Take(words.Count - 1 - (suggest ? 1 : 0)).ToList();
        var path = new List<string>();
        var options = new List<TypedOption>();
        foreach (var word in rest)
        {
            var colon = word.Colon;
            if (colon < 0)
            {
                if (options.Count > 0 || path.Count == 2 || word.Quoted)
                    return new TerminalInput.Invalid(new InputError(InputErrorKind.ExpectedNameValue, word.Text));
                path.Add(word.Text.ToLowerInvariant());
                continue;
            }
            var optionName = word.Text[..colon].ToLowerInvariant();
            if (optionName.Length == 0)
                return new TerminalInput.Invalid(new InputError(InputErrorKind.EmptyOptionName, word.Text));
            if (options.Any(o => o.Name == optionName))
                return new TerminalInput.Invalid(new InputError(InputErrorKind.DuplicateOption, optionName));
            options.Add(new TypedOption(optionName, word.Text[(colon + 1)..]));
        }
        return new TerminalInput.Slash(name, path, options, suggest);
    }

    /// <summary>A word with the position of its first unquoted colon (-1 if none).</summary>
    private sealed record Word(string Text, int Colon, bool Quoted);

    private static List<Word>? Tokenize(string text)
    {
        var words = new List<Word>();
        var current = new StringBuilder();
        var colon = -1;
        var quoted = false;
        var inWord = false;
        char? closing = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (closing is { } close)
            {
                if (c == '\\' && i + 1 < text.Length)
                    current.Append(text[++i]);
                else if (c == close)
                    closing = null;
                else
                    current.Append(c);
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                    words.Add(new Word(current.ToString(), colon, quoted));
                current.Clear();
                colon = -1;
                quoted = inWord = false;
                continue;
            }
            inWord = true;
            if (c is '"' or '„' or '“')
            {
                closing = c switch { '„' => '“', '“' => '”', _ => '"' };
                quoted = true;
            }
            else
            {
                if (c == ':' && colon < 0 && !quoted)
                    colon = current.Length;
                current.Append(c);
            }
        }
        if (closing is not null)
            return null;
        if (inWord)
            words.Add(new Word(current.ToString(), colon, quoted));
        return words;
    }
}
