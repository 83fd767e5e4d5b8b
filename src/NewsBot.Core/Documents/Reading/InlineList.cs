using NewsBot.Core.Documents.People;

namespace NewsBot.Core.Documents.Reading;

/// <summary>Splits a run-on list of people ("A (SowiTra), B (Zukunftsforum Familie e.V.), C (Blogger und Podcaster)") into records.</summary>
internal static class InlineList
{
    /// <summary>Longer fields are not lists.</summary>
    private const int MaxLength = 1500;

    public static List<PersonRecord> Read(string text, DocumentLanguage language)
    {
        var records = new List<PersonRecord>();
        if (text.Length > MaxLength)
            return records;
        if (SemicolonRecords(text) is { Count: >= 2 } records1)
        {
            // "A, Rolle, Org; B MdB (Partei), Rolle; Rolle C aus Ort": semicolons separate the records, commas stay inside them
            foreach (var record in records1)
                Add(records, record, language);
            if (records.Count >= 2)
                return records;
            records.Clear();
        }

        var current = string.Empty;
        foreach (var (separator, piece) in Pieces(text))
        {
            if (current.Length > 0 && StartsWithName(piece))
            {
                Add(records, current, language);
                current = piece;
            }
            else
            {
                current = current.Length == 0 ? piece : current + separator + piece;
            }
        }

        Add(records, current, language);
        return records;
    }

    /// <summary>
    /// The top-level pieces between semicolons (outside brackets), when there are any, else between middle dots or bullets
    /// ("A (Rolle, Org) · B (Partei, Rolle) · C (Org)": a listing's record separator, like a semicolon never inside a
    /// description); "und"/"and" before the last one is dropped.
    /// </summary>
    private static List<string>? SemicolonRecords(string text)
    {
        var pieces = Tokens.SplitTopLevel(text, ';');
        foreach (var separator in RecordSeparators)
        {
            if (pieces.Count >= 2)
                break;
            pieces = Tokens.SplitTopLevel(text, separator);
        }

        if (pieces.Count < 2)
            return null;
        var last = pieces[^1];
        foreach (var word in (string[])["und ", "and ", "sowie "])
        {
            if (last.StartsWith(word, StringComparison.Ordinal))
                last = last[word.Length..];
        }

        pieces[^1] = last;
        return pieces;
    }

    /// <summary>Separators that only ever stand between records of a listing, never inside a person's description.</summary>
    private static readonly char[] RecordSeparators = ['·', '•', '∙'];

    private static void Add(List<PersonRecord> records, string piece, DocumentLanguage language)
    {
        if (piece.Length > 0 && PersonRecordReader.Read(piece.Trim().TrimEnd('.'), language) is { } record && records.TrueForAll(r => r.Name != record.Name))
            records.Add(record);
    }

    private static bool StartsWithName(string piece)
    {
        var tokens = Tokens.Of(piece);
        return tokens.Count >= 2 && NameReader.At(tokens, 0) is { } match
            && (match.End >= tokens.Count || tokens[match.End - 1].Text.EndsWith(',') || tokens[match.End].Text.StartsWith('(') || match.Known);
    }

    /// <summary>Top-level pieces between commas, semicolons and "und"/"and"/"sowie", each with the separator before it.</summary>
    private static List<(string Separator, string Text)> Pieces(string text)
    {
        var pieces = new List<(string, string)>();
        var depth = 0;
        var start = 0;
        var separator = string.Empty;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && c is ',' or ';')
            {
                AddPiece(pieces, separator, text[start..i]);
                separator = c + " ";
                start = i + 1;
                var word = Connective(text, i + 1);
                if (word.Length > 0)
                {
                    separator = ", " + word.Trim() + " ";
                    start = i + 1 + word.Length;
                    i = start - 1;
                }
            }
            else if (depth == 0 && c == ' ' && Connective(text, i) is { Length: > 0 } connective)
            {
                AddPiece(pieces, separator, text[start..i]);
                separator = connective;
                start = i + connective.Length;
                i = start - 1;
            }
        }

        AddPiece(pieces, separator, text[start..]);
        return pieces;
    }

    private static void AddPiece(List<(string, string)> pieces, string separator, string text)
    {
        text = text.Trim();
        if (text.Length > 0)
            pieces.Add((separator, text));
    }

    /// <summary>" und ", " and ", " sowie " (with a leading space) at <paramref name="i"/>, else empty.</summary>
    private static string Connective(string text, int i)
    {
        foreach (var word in (string[])[" und ", " and ", " sowie ", " & "])
        {
            if (At(text, i, word))
                return word;
        }

        return string.Empty;
    }

    private static bool At(string text, int i, string word) => string.CompareOrdinal(text, i, word, 0, word.Length) == 0;
}
