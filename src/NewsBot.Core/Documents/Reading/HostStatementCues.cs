using System.Buffers;
using System.Text;
using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// The small cues the host's statements are read with: how a subject or an object opens, a nickname between a person's
/// names, an adverbial before a German verb in second place, and the rest of a sentence after a phrase.
/// </summary>
internal static class HostStatementCues
{
    private static readonly PhraseSet DescribingArticles = new(false, "The", "Die", "Der", "Das");
    private static readonly PhraseSet GuestNounStarts = new(false, "Gäst", "Expert", "panel", "a panel", "an expert");
    private static readonly PhraseSet GuestNounWords = new(false, "Gast", "guests", "experts");
    private static readonly PhraseSet VerbSecondOpeners = new(
        false, "Am", "Im", "In", "Heute", "Morgen", "Darüber", "Dazu", "Hierüber", "Hierzu", "Anschließend", "Danach", "Dann", "Ab", "Um", "Bei", "Auf", "Zum", "Zur", "Von", "Live", "Diesmal", "Dort", "Hier");
    private static readonly SearchValues<char> NicknameOpens = SearchValues.Create("„\"“»«");
    private static readonly SearchValues<char> NicknameCloses = SearchValues.Create("“\"”«»");
    private static readonly SearchValues<char> NicknameQuotes = SearchValues.Create("„\"“”»«");
    private static readonly SearchValues<char> ApposedStops = SearchValues.Create(",;()");

    /// <summary>"The climate scientist …", "Die Ökonomin …", "economist …": <c>^(?:The|Die|Der|Das)\s+\p{Ll}|^\p{Ll}</c>.</summary>
    public static bool OpensDescribed(string text)
    {
        var at = Scan.AfterSpaces(text, DescribingArticles.After(text, 0));
        return (text.Length > 0 && char.IsLower(text[0])) || (at >= 0 && at < text.Length && char.IsLower(text[at]));
    }

    /// <summary>"Gästen aus …", "a panel of …": <c>^(?:Gäst|Gast\b|guests\b|experts\b|Expert|panel|a\s+panel|an\s+expert)</c>.</summary>
    public static bool OpensWithGuestNoun(string text) =>
        GuestNounStarts.After(text, 0) >= 0 || GuestNounWords.AfterWhole(text, 0) >= 0;

    /// <summary>
    /// "A, vice-chair of …", "A (Partei), …": <c>^\p{Lu}[^,;()]{2,60}(?:,\s+(?:\p{Ll}|the\s|der\s|die\s)|\s\()</c>, a capitalised
    /// name of 3 to 61 characters up to the first <c>, ; ( )</c>, then a comma and a lower-case word, or a space and a bracket.
    /// </summary>
    public static bool OpensApposed(string text)
    {
        if (text.Length == 0 || !char.IsUpper(text[0]))
            return false;
        var stop = text.AsSpan(1, Math.Min(text.Length - 1, 62)).IndexOfAny(ApposedStops) + 1;
        if (stop <= 0)
            return false;
        if (text[stop] == ',')
            return stop - 1 is >= 2 and <= 60 && Scan.AfterSpaces(text, stop + 1) is var word and >= 0 && word < text.Length && char.IsLower(text[word]);
        return text[stop] == '(' && stop - 2 is >= 2 and <= 60 && char.IsWhiteSpace(text[stop - 1]);
    }

    /// <summary>"die Kulturjournalistin …", "der Moderator …", "the presenter …": a definite article and a host's or journalist's role word.</summary>
    public static bool OpensWithHostRole(string text)
    {
        if (!(text.StartsWith("die ", StringComparison.Ordinal) || text.StartsWith("der ", StringComparison.Ordinal) || text.StartsWith("the ", StringComparison.Ordinal)))
            return false;
        var end = text.IndexOf(' ', 4);
        var word = (end < 0 ? text[4..] : text[4..end]).ToLowerInvariant();
        return Array.Exists(JournalistStems, word.Contains);
    }

    private static readonly string[] JournalistStems = ["journalist", "moderat", "redakteur", "reporter", "presenter", "host", "editor", "correspondent", "anchor"];

    /// <summary>
    /// "Jay (Jay Roe)" → "Jay Roe": a host field of one word (a first name or a handle) with the full name in brackets after it,
    /// a name of two words or more whose first word is a capital.
    /// </summary>
    public static string FullNameInBrackets(string text)
    {
        var open = text.IndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || text.IndexOf(' ') != open || !text.TrimEnd().EndsWith(')'))
            return text;
        var inner = text[(open + 2)..text.LastIndexOf(')')].Trim();
        var words = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && Array.TrueForAll(words, w => char.IsUpper(w[0])) ? inner : text;
    }

    /// <summary>
    /// "Jo „Jay“ Roe" → "Jo Roe": each <c>\s[„"“»«][^\s„"“”»«]{1,30}[“"”«»](?&lt;next&gt;\s\p{Lu})</c> replaced by its
    /// <c>next</c>, a nickname in quotes before a capitalised word dropped with the space before it.
    /// </summary>
    public static string WithoutNicknames(string text)
    {
        if (text.AsSpan().IndexOfAny(NicknameOpens) < 0)
            return text; // no quote to open a nickname: most sentences, and the host reader asks this of each of them
        StringBuilder? kept = null;
        var copied = 0;
        for (var at = 0; at < text.Length; at++)
        {
            var next = AfterNickname(text, at);
            if (next < 0)
                continue;
            kept ??= new StringBuilder(text.Length);
            kept.Append(text, copied, at - copied);
            copied = next;
            at = next + 1; // the search goes on after the space and the capital that follow the nickname
        }

        return kept is null ? text : kept.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// "Am Dienstag, …", "Darüber", "In der Sendung": <c>^(?:Am|Im|In|Heute|…|Dort|Hier)\b</c>, a capitalised opener that is no name.
    /// </summary>
    public static bool OpensVerbSecond(string before) => VerbSecondOpeners.AfterWhole(before, 0) >= 0;

    /// <summary><c>\S.{2,max}$</c> at <paramref name="at"/>: the rest of the sentence from a character that is no space; null when shorter, longer or none.</summary>
    public static string? RestAt(string sentence, int at, int max) =>
        at >= 0 && at < sentence.Length && !char.IsWhiteSpace(sentence[at]) && Scan.AfterRestOfLine(sentence, at + 1, 2, max) is var end and >= 0 ? sentence[at..end] : null;

    /// <summary>The index of the space after a nickname in quotes that starts with the space at <paramref name="at"/>; -1 when none does.</summary>
    private static int AfterNickname(string text, int at)
    {
        if (!char.IsWhiteSpace(text[at]) || at + 1 >= text.Length || !NicknameOpens.Contains(text[at + 1]))
            return -1;
        var close = Scan.AfterRun(text, at + 2, c => !char.IsWhiteSpace(c) && !NicknameQuotes.Contains(c), 1, 30);
        if (close < 0 || close >= text.Length || !NicknameCloses.Contains(text[close]))
            return -1; // the closing quote is none of the nickname's characters, so a shorter nickname cannot end at one
        var space = close + 1;
        return space + 1 < text.Length && char.IsWhiteSpace(text[space]) && char.IsUpper(text[space + 1]) ? space : -1;
    }
}
