using System.Buffers;

namespace NewsBot.Core.Text;

/// <summary>
/// Alternative phrases read by hand, as a regular expression's <c>(?:a|b c|…)</c>: each space of a phrase stands for
/// <c>\s+</c>, alternatives are tried in the order given, and with <c>ignoreCase</c> the phrases are given in lower case
/// and compared as <c>(?i)</c> does. <see cref="Find"/> looks only at the characters a phrase can start with (a
/// vectorised search), so reading a sentence for one of these costs little more than reading it once.
/// </summary>
internal sealed class PhraseSet
{
    private readonly string[] _phrases;
    private readonly bool _ignoreCase;
    private readonly SearchValues<char> _firstChars;

    public PhraseSet(bool ignoreCase, params string[] phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        if (phrases.Length == 0 || phrases.Any(phrase => phrase.Length == 0 || phrase[0] == ' ' || phrase[^1] == ' ' || phrase.Contains("  ", StringComparison.Ordinal)))
            throw new ArgumentException("Phrases are not empty, and their words are parted by single spaces.", nameof(phrases));
        if (ignoreCase && phrases.Any(phrase => !phrase.Equals(phrase.ToLowerInvariant(), StringComparison.Ordinal)))
            throw new ArgumentException("Phrases compared without case are given in lower case.", nameof(phrases));
        _phrases = phrases;
        _ignoreCase = ignoreCase;
        var first = phrases.Select(phrase => phrase[0]);
        if (ignoreCase)
            first = first.Concat(first.Select(char.ToUpperInvariant));
        _firstChars = SearchValues.Create(first.Distinct().ToArray());
    }

    /// <summary>The end of the first phrase, in the order given, that stands at <paramref name="at"/>; -1 for none.</summary>
    public int After(ReadOnlySpan<char> text, int at)
    {
        if (at < 0 || at >= text.Length)
            return -1;
        foreach (var phrase in _phrases)
        {
            var end = Scan.AfterPhrase(text, at, phrase, _ignoreCase);
            if (end >= 0)
                return end;
        }

        return -1;
    }

    /// <summary>
    /// As <c>(?:…)\b</c>: the end of the first phrase, in the order given, that stands at <paramref name="at"/> and ends
    /// where <c>\b</c> matches; -1 for none.
    /// </summary>
    public int AfterWhole(ReadOnlySpan<char> text, int at)
    {
        if (at < 0 || at >= text.Length)
            return -1;
        foreach (var phrase in _phrases)
        {
            var end = Scan.AfterPhrase(text, at, phrase, _ignoreCase);
            if (end >= 0 && Scan.IsBoundary(text, end))
                return end;
        }

        return -1;
    }

    /// <summary>
    /// As <c>\b(?:…)\b</c> searched from <paramref name="from"/>: the leftmost phrase that starts and ends at a word
    /// boundary, as (start, end); (-1, -1) when there is none.
    /// </summary>
    public (int Start, int End) Find(ReadOnlySpan<char> text, int from = 0) => Search(text, from, atWordStart: true, wholeWords: true);

    /// <summary>
    /// As <c>(?:…)</c> searched from <paramref name="from"/>, with no word boundary around it: the leftmost place where a
    /// phrase stands, as (start, end); (-1, -1) when there is none.
    /// </summary>
    public (int Start, int End) FindAnywhere(ReadOnlySpan<char> text, int from = 0) => Search(text, from, atWordStart: false, wholeWords: false);

    /// <summary>
    /// As <c>\b(?:…)</c> searched from <paramref name="from"/>: the leftmost phrase that starts at a word boundary (it may
    /// end inside a word), as (start, end); (-1, -1) when there is none.
    /// </summary>
    public (int Start, int End) FindAtWordStart(ReadOnlySpan<char> text, int from = 0) => Search(text, from, atWordStart: true, wholeWords: false);

    /// <summary>True when <paramref name="text"/> holds one of the phrases as whole words (<c>\b(?:…)\b</c>).</summary>
    public bool IsIn(ReadOnlySpan<char> text) => Find(text).Start >= 0;

    private (int Start, int End) Search(ReadOnlySpan<char> text, int from, bool atWordStart, bool wholeWords)
    {
        for (var at = Math.Max(from, 0); at < text.Length; at++)
        {
            var next = text[at..].IndexOfAny(_firstChars);
            if (next < 0)
                break;
            at += next;
            if (atWordStart && !Scan.IsBoundary(text, at))
                continue;
            var end = wholeWords ? AfterWhole(text, at) : After(text, at);
            if (end >= 0)
                return (at, end);
        }

        return (-1, -1);
    }
}
