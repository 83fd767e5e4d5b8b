using System.Text;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The hostile documents of the tests (<c>HostileInputTests</c>) and of the benchmark (<c>HostileReaderBenchmarks</c>, which
/// compiles this file as well): each shape once, so that what is measured is what is tested.
/// </summary>
public static class HostileDocuments
{
    public static string Of(string kind) => kind switch
    {
        "one-line" => "Titel\n" + Repeat("Darüber diskutiert Eva Roth mit Karl Böhm, Prof. Dr. Anna Lang (SPD), und ", 256 * 1024) + "\nTitel | Show\n",
        "capitalised" => "Titel\nGäste:\n" + string.Join(' ', Enumerable.Range(0, 10_000).Select(i => "Name" + (char)('a' + (i % 26)) + "er")) + "\nTitel | Show\n",
        "brackets" => "Titel\nZu Gast ist Eva Roth " + new string('(', 50_000) + "SPD" + new string(')', 50_000) + ".\nTitel | Show\n",
        "invisible" => "Titel\n" + Repeat("\u200B\u200F\u202EEva Roth\u202C (\u2066SPD\u2069): \u200D", 200_000) + "\nTitel | Show\n",
        "separators" => "Titel\nMit: " + Repeat("Eva Roth, und ; (", 200_000) + "\nModeration: " + Repeat("A: ", 50_000) + "\nTitel | Show\n",
        "run-on-fields" => RunOnFields(120_000),
        "name-lines" => "Titel\nGäste:\n" + string.Concat(Enumerable.Range(0, 15_000).Select(i => $"Anna Muster{(char)('a' + (i % 26))}{(char)('a' + (i / 26 % 26))}{(char)('a' + (i / 676 % 26))}\n")) + "Titel | Show\n",
        "names-beside-lines" => "Titel\nGäste:\n" + string.Concat(Enumerable.Range(0, 600).Select(i => $"Anna Muster{(char)('a' + (i % 26))}{(char)('a' + (i / 26 % 26))}\n"))
            + string.Concat(Enumerable.Range(0, 9_000).Select(i => $"Zeile {i} über das Thema.\n")) + "Titel | Show\n",
        "question-lines" => "Titel\nDie Stadt streitet über den Haushalt.\n" + string.Concat(Enumerable.Range(0, 8_000).Select(i => $"Warum ist die Frage Nummer {i} so wichtig?\n")) + "Titel | Show\n",
        "adding-sentences" => "Titel\nAm Abend diskutieren Fachleute über die Klinik. " + Repeat("Ebenfalls dabei ist die Ärztin Eva Roth von der Klinik Nord. ", 200_000) + "\nTitel | Show\n",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A TV listing's run-on record of <paramref name="length"/> characters made of nothing but moderation fields ("Mod.: Mod.: …").</summary>
    public static string RunOnFields(int length) => "Titel\nDie Sendung. " + Repeat("Mod.: ", length) + "\nTitel | Show\n";

    private static string Repeat(string piece, int length)
    {
        var text = new StringBuilder(length + piece.Length);
        while (text.Length < length)
            text.Append(piece);
        return text.ToString(0, length);
    }
}
