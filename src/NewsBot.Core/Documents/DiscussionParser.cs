using NewsBot.Core.Documents.Reading;
using NewsBot.Core.Documents.Structure;

namespace NewsBot.Core.Documents;

/// <summary>
/// Turns a document's normalized text into a <see cref="Discussion"/>, or says why it cannot. Structure first: the
/// layout reader recognises the page's blocks (lists, labels, programme, bios, schedule lines, bylines); then the
/// panel, the host, the guiding questions and the topic's prose are read from those blocks and sentences.
/// </summary>
public static class DiscussionParser
{
    /// <summary>A first line longer than this is not a headline.</summary>
    public const int MaxHeadlineLength = 300;

    /// <summary>A show name in the title line is at most this long ("Carnegie Council for Ethics in International Affairs").</summary>
    private const int MaxShowLength = 100;

    public static ParseResult Parse(string id, string text) => Parse(id, text, explanation: null);

    /// <param name="id">The discussion's id.</param>
    /// <param name="text">The normalized document text.</param>
    /// <param name="explanation">When given, receives one entry per decision of the reader (slower; for <c>inspect --explain</c>).</param>
    public static ParseResult Parse(string id, string text, ParseExplanation? explanation)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);

        // One pass over the lines, each cut out once already trimmed (no array of the untrimmed lines first).
        var content = new List<(string Text, int Line)>(text.AsSpan().Count('\n') + 1); // sized once: a long list would regrow it on the large object heap
        var number = 0;
        for (var from = 0; from <= text.Length; number++)
        {
            var newline = text.IndexOf('\n', from);
            var to = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(from, to - from).Trim();
            if (line.Length > 0)
                content.Add((line.Length == text.Length ? text : line.ToString(), number + 1));
            from = to + 1;
        }

        if (content.Count == 0)
            return new ParseResult.Rejected("empty document");
        var headline = content[0].Text;
        if (headline.Length > MaxHeadlineLength)
            return new ParseResult.Rejected($"no headline: the first line is longer than {MaxHeadlineLength} characters", content[0].Line);
        explanation?.Add(ExplanationFields.Headline, headline, "the first line", content[0].Line);

        var start = content.Count > 1 && content[1].Text == headline ? 2 : 1;
        var end = content.Count;
        var streamTitle = headline;
        string? show = null;
        if (end > start && TitleLine(content[end - 1].Text) is { } titleShow)
        {
            streamTitle = content[end - 1].Text;
            show = titleShow;
            end--;
            explanation?.Add(ExplanationFields.StreamTitle, streamTitle, "the closing '<title> | <show>' line", content[end].Line);
            explanation?.Add(ExplanationFields.Show, show, "after the last ' | ' of the title line", content[end].Line);
        }
        else
        {
            explanation?.Add(ExplanationFields.StreamTitle, streamTitle, "no closing '<title> | <show>' line: the headline");
        }

        if (end == start)
            return new ParseResult.Rejected("no text after the headline", content[0].Line);
        var bodyLines = content.GetRange(start, end - start);
        var counts = LanguageDetector.Count(bodyLines.Select(l => l.Text).Prepend(headline));
        var language = LanguageDetector.Decide(counts);
        var body = bodyLines.ConvertAll(l => new Block(People.PronounTags.Strip(l.Text), l.Line, language));

        var layout = LayoutReader.Read(body, language, explanation);
        var context = new ReadingContext(layout, headline, streamTitle, show, language, explanation);
        var candidates = PanelReader.Read(context, out var hostLabels);
        var host = HostReader.Read(context, candidates, hostLabels);
        var panel = new List<Expert>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (HostReader.SamePerson(candidate.Expert.Name, host))
            {
                explanation?.Add(ExplanationFields.Panel, candidate.Expert.Name, "is the host, so not a panelist", candidate.Line, accepted: false);
                continue;
            }

            if (context.NotPanel.TryGetValue(candidate.Expert.Name, out var reason))
            {
                explanation?.Add(ExplanationFields.Panel, candidate.Expert.Name, reason, candidate.Line, accepted: false);
                continue;
            }

            explanation?.Add(ExplanationFields.Panel, candidate.Expert.Name, candidate.Rule, candidate.Line);
            var expert = RoleEnrichment.Enrich(context, candidate.Expert, lookInProse: panel.Count < ReadingContext.PanelistsLookedFor);
            panel.Add(expert);
            if (explanation is not null)
            {
                explanation.Add(ExplanationFields.Role, expert.Role, $"role of {expert.Name}", candidate.Line);
                explanation.Add(ExplanationFields.Affiliation, expert.Affiliation, $"affiliation of {expert.Name}", candidate.Line);
            }
        }

        var questions = QuestionReader.Read(context, host);
        var paragraphs = TopicText.Paragraphs(context, host, panel);
        // The broadcast-time reader weighs every line's language, also a repeated headline and the title line.
        var left = LanguageDetector.Count(content.Take(start).Skip(1).Concat(content.Skip(end)).Select(l => l.Text));
        var allLanguage = LanguageDetector.Decide((counts.German + left.German, counts.English + left.English));
        var panelNames = panel.ConvertAll(e => e.Name);
        if (explanation is not null)
        {
            foreach (var note in Time.BroadcastTimeReader.Notes(content, allLanguage, panelNames))
                explanation.Add(note.Field, note.Value, note.Rule, note.Line, note.Accepted);
        }

        return new ParseResult.Parsed(new Discussion(id, headline, streamTitle, show, host, language, panel, questions, paragraphs)
        {
            Broadcast = Time.BroadcastTimeReader.Read(content, allLanguage, panelNames),
        });
    }

    /// <summary>The show of a closing "&lt;title&gt; | &lt;show&gt;" line: a name, not a sentence.</summary>
    private static string? TitleLine(string line)
    {
        var bar = line.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar <= 0)
            return null;
        var show = line[(bar + 3)..].Trim();
        return show.Length is > 0 and <= MaxShowLength && show.Split(' ').Length <= 12 && show[^1] != '.' ? show : null;
    }
}
