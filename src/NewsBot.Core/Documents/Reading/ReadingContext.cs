using NewsBot.Core.Documents.Structure;

namespace NewsBot.Core.Documents.Reading;

/// <summary>What every reader of a document's body needs: its lines with their layout, the title fields and the language.</summary>
internal sealed class ReadingContext(List<BodyLine> lines, string headline, string streamTitle, string? show, DocumentLanguage language, ParseExplanation? explanation)
{
    public List<BodyLine> Lines { get; } = lines;

    public string Headline { get; } = headline;

    public string StreamTitle { get; } = streamTitle;

    public string? Show { get; } = show;

    public DocumentLanguage Language { get; } = language;

    public ParseExplanation? Explanation { get; } = explanation;

    /// <summary>Names the reader saw in a role that is not the panel (welcome, keynote, byline …), with the reason.</summary>
    public Dictionary<string, string> NotPanel { get; } = new(StringComparer.Ordinal);

    public void Explain(string field, string? value, string rule, int? line = null, bool accepted = true) =>
        Explanation?.Add(field, value, rule, line, accepted);
}
