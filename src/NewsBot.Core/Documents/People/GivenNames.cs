using System.Collections.Frozen;

namespace NewsBot.Core.Documents.People;

/// <summary>
/// A word list of given names from many languages (embedded resource <c>given-names.txt</c>). It is evidence, not a
/// gate: a name in a list line or after a role needs none of it; a bare line "Peter Hain" or a capitalized run
/// "Welsh Secretary Peter Hain" uses it to tell where a person's name starts.
/// </summary>
internal static class GivenNames
{
    private static readonly FrozenSet<string> Names = Load();

    /// <summary>Whether <paramref name="word"/> (or, when hyphenated, one of its parts: "Anna-Lena", "Maj-Britt") is a known given name.</summary>
    public static bool Contains(string word)
    {
        if (word.Length < 2)
            return false;
        if (Names.Contains(word))
            return true;
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && (Names.Contains(word[..hyphen]) || Names.Contains(word[(hyphen + 1)..]));
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream("NewsBot.Core.given-names.txt")
            ?? throw new InvalidOperationException("the given-names word list is missing from the assembly");
        using var reader = new StreamReader(stream);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
                names.Add(line.Normalize(System.Text.NormalizationForm.FormC));
        }

        return names.ToFrozenSet(StringComparer.Ordinal);
    }
}
