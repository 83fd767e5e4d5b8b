using NewsBot.Core.Documents.Structure;

namespace NewsBot.Core.Documents.Reading;

/// <summary>What every reader of a document's body needs: its lines with their layout, the title fields and the language.</summary>
internal sealed class ReadingContext(List<BodyLine> lines, string headline, string streamTitle, string? show, DocumentLanguage language, ParseExplanation? explanation)
{
    /// <summary>
    /// Only the first this many panelists are looked for in the page's other lines (a role in front of the name, the
    /// sentences kept out of the summary): every search walks those lines, and a real panel is far smaller, so a page of
    /// hundreds of names beside thousands of lines stays linear.
    /// </summary>
    public const int PanelistsLookedFor = 32;

    public List<BodyLine> Lines { get; } = lines;

    public string Headline { get; } = headline;

    public string StreamTitle { get; } = streamTitle;

    /// <summary>
    /// The stream title without the show after its last " | " (the one place that splits it; the parser decided there
    /// whether the closing line is a title line at all).
    /// </summary>
    public string TitleWithoutShow { get; } = streamTitle.LastIndexOf(" | ", StringComparison.Ordinal) is var bar and > 0 ? streamTitle[..bar].Trim() : streamTitle.Trim();

    public string? Show { get; } = show;

    public DocumentLanguage Language { get; } = language;

    public ParseExplanation? Explanation { get; } = explanation;

    /// <summary>Names the reader saw in a role that is not the panel (welcome, keynote, byline …), with the reason.</summary>
    public Dictionary<string, string> NotPanel { get; } = new(StringComparer.Ordinal);

    /// <summary>The first person line of each name, and for each person line the next one of the same name (-1: none).</summary>
    private Dictionary<string, int>? _firstPersonLine;
    private int[] _nextPersonLine = [];

    /// <summary>
    /// The indices of the person lines that give <paramref name="name"/>, in order. Gathered in one pass on first use
    /// (after the layout is read, person lines stay person lines), so looking up every panelist stays linear.
    /// </summary>
    public IReadOnlyList<int> PersonLinesNamed(string name)
    {
        if (_firstPersonLine is null)
        {
            var count = 0;
            foreach (var line in Lines)
                count += line.Kind == LineKind.Person && line.Person is not null ? 1 : 0;
            // Chained through one array rather than a list per name: a long guest list would keep thousands of small lists alive.
            _firstPersonLine = new Dictionary<string, int>(count, StringComparer.Ordinal);
            _nextPersonLine = new int[Lines.Count];
            for (var k = Lines.Count - 1; k >= 0; k--)
            {
                if (Lines[k].Kind == LineKind.Person && Lines[k].Person is { } person)
                {
                    _nextPersonLine[k] = _firstPersonLine.TryGetValue(person.Name, out var after) ? after : -1;
                    _firstPersonLine[person.Name] = k;
                }
            }
        }

        if (!_firstPersonLine.TryGetValue(name, out var first))
            return [];
        var found = new List<int>(1);
        for (var k = first; k >= 0; k = _nextPersonLine[k])
            found.Add(k);
        return found;
    }

    private List<int>? _besidePersons;

    /// <summary>
    /// The indices of the lines that are not person, person-title or schedule lines, gathered once: kinds only change
    /// from prose to person title after the layout is read, so a reader checks the kind again and skips the rest of a
    /// long guest list instead of walking it once per panelist.
    /// </summary>
    public IReadOnlyList<int> LinesBesidePersons()
    {
        if (_besidePersons is null)
        {
            _besidePersons = [];
            for (var k = 0; k < Lines.Count; k++)
            {
                if (Lines[k].Kind is not (LineKind.Person or LineKind.PersonTitle or LineKind.Schedule))
                    _besidePersons.Add(k);
            }
        }

        return _besidePersons;
    }

    public void Explain(string field, string? value, string rule, int? line = null, bool accepted = true) =>
        Explanation?.Add(field, value, rule, line, accepted);
}
