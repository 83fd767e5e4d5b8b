using System.Buffers;
using NewsBot.Core.Documents.People;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// A sentence that describes a person rather than the topic: it opens with a person's name (a known given name and
/// one to three more name words, after any academic title) and goes on with what the person is or does ("Katrin Lind is
/// a hydrologist at …", "Jonas Wendelmuth leitet seit 2019 …", "Dr. Eva Nord has spent a decade …"). Such sentences are
/// guests' biographies, whether or not the reader made the person a panelist, and never a summary sentence.
/// </summary>
internal static class BiographySentence
{
    /// <summary>What follows the name in a biography: the copula with an article or role, or a verb of work.</summary>
    private static readonly string[] EnglishLinks =
    [
        "is a", "is an", "is the", "is head", "is director", "is professor", "is chief", "is senior", "is co-founder", "is founder",
        "was a", "was an", "has spent", "has worked", "has been", "has led", "works as", "works at", "works for", "leads", "heads",
        "runs", "directs", "teaches", "develops", "researches", "chairs", "advises", "founded", "co-founded",
    ];

    private static readonly string[] GermanLinks =
    [
        "leitet", "forscht", "lehrt", "arbeitet", "berät", "entwickelt", "gründete", "ist seit", "war bis", "ist Mitglied",
    ];

    /// <summary>The verbs of the links with spaces around them: a sentence without any is no biography (one scan, no allocation).</summary>
    private static readonly SearchValues<string> LinkVerbs = SearchValues.Create(
    [
        " is ", " was ", " has ", " works ", " leads ", " heads ", " runs ", " directs ", " teaches ", " develops ", " researches ", " chairs ",
        " advises ", " founded ", " co-founded ", " leitet ", " forscht ", " lehrt ", " arbeitet ", " berät ", " entwickelt ", " gründete ",
        " ist ", " war ",
    ], StringComparison.Ordinal);

    /// <summary>How far into the sentence the link may stand: a title, a name of up to four words, and the verb.</summary>
    private const int LinkWithin = 90;

    public static bool Is(string sentence) => Subject(sentence) is not null;

    /// <summary>
    /// The person a biography sentence is about and what follows the name ("Katrin Lind", "is a hydrologist at …"), or null
    /// when the sentence is no biography. A leading "And"/"Und" is read past ("And Jo Roe is …": the next guest's bio).
    /// </summary>
    public static (string Name, string After)? Subject(string sentence)
    {
        foreach (var connective in Connectives)
        {
            if (sentence.StartsWith(connective, StringComparison.Ordinal))
                sentence = sentence[connective.Length..];
        }

        if (sentence.Length < 12 || !char.IsUpper(sentence[0])
            || sentence.AsSpan(0, Math.Min(sentence.Length, LinkWithin)).IndexOfAny(LinkVerbs) < 0)
            return null;
        var words = sentence.Split(' ', 8, StringSplitOptions.RemoveEmptyEntries);
        var at = 0;
        while (at < words.Length && NameRules.IsTitle(words[at]))
            at++;
        if (at >= words.Length || !GivenNames.Contains(words[at]))
            return null;
        var nameEnd = at + 1;
        while (nameEnd < words.Length && nameEnd - at < 4 && (NameRules.IsNameWord(words[nameEnd]) || NameRules.IsParticle(words[nameEnd])))
            nameEnd++;
        if (nameEnd - at < 2 || nameEnd >= words.Length)
            return null;
        var name = string.Join(' ', words, at, nameEnd - at);
        var rest = string.Join(' ', words, nameEnd, words.Length - nameEnd);
        return Links(rest) ? (name, rest) : null;
    }

    private static readonly string[] Connectives = ["And ", "Und "];

    private static bool Links(string rest)
    {
        foreach (var link in EnglishLinks)
        {
            if (StartsWithWord(rest, link))
                return true;
        }
        foreach (var link in GermanLinks)
        {
            if (StartsWithWord(rest, link))
                return true;
        }

        // "ist Toxikologin am …", "ist Leiterin des …": the German copula before a capitalised role noun
        return rest.StartsWith("ist ", StringComparison.Ordinal) && rest.Length > 4 && char.IsUpper(rest[4])
            && NameRules.IsRoleNoun(rest[4..].Split(' ', 2)[0].TrimEnd(',', '.'));
    }

    private static bool StartsWithWord(string text, string word) =>
        text.StartsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !char.IsLetter(text[word.Length]));
}
