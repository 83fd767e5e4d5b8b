using System.Text.RegularExpressions;

namespace NewsBot.Core.Documents;

/// <summary>Turns a document's normalized text into a <see cref="Discussion"/>, or says why it cannot.</summary>
public static partial class DiscussionParser
{
    /// <summary>A first line longer than this is not a headline.</summary>
    public const int MaxHeadlineLength = 300;

    public static ParseResult Parse(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);

        var content = new List<(string Text, int Line)>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0)
                content.Add((line, i + 1));
        }

        if (content.Count == 0)
            return new ParseResult.Rejected("empty document");
        var headline = content[0].Text;
        if (headline.Length > MaxHeadlineLength)
            return new ParseResult.Rejected($"no headline: the first line is longer than {MaxHeadlineLength} characters", content[0].Line);

        var start = content.Count > 1 && content[1].Text == headline ? 2 : 1;
        var end = content.Count;
        var streamTitle = headline;
        string? show = null;
        if (end > start && TitleLine(content[end - 1].Text) is { } titleShow)
        {
            streamTitle = content[end - 1].Text;
            show = titleShow;
            end--;
        }

        if (end == start)
            return new ParseResult.Rejected("no text after the headline", content[0].Line);
        var bodyLines = content.GetRange(start, end - start);
        var language = LanguageDetector.Detect(bodyLines.Select(l => l.Text).Prepend(headline));
        var body = bodyLines.ConvertAll(l => new Block(l.Text, l.Line, language));

        var host = FindHost(body);
        var (panel, panelIndex) = FindListPanel(body);
        if (panel.Count == 0)
            (panel, panelIndex) = FindSentencePanel(body, show);
        if (host is not null)
            panel.RemoveAll(e => e.Name == host);

        var questions = FindQuestions(body, panelIndex, headline);
        var paragraphs = body.Select(b => b.Remaining()).OfType<string>().ToArray();
        return new ParseResult.Parsed(new Discussion(id, headline, streamTitle, show, host, language, panel, questions, paragraphs)
        {
            Broadcast = Time.BroadcastTimeReader.Read(text),
        });
    }

    private static string? TitleLine(string line)
    {
        var bar = line.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar <= 0)
            return null;
        var show = line[(bar + 3)..].Trim();
        return show.Length is > 0 and <= 60 && show.Split(' ').Length <= 6 ? show : null;
    }

    private static string? FindHost(List<Block> body)
    {
        foreach (var block in body)
        {
            for (var s = 0; s < block.Sentences.Count; s++)
            {
                var sentence = block.Sentences[s];
                if (sentence.Length > 400 || PanelIntro.HostPart(sentence) is not { } part)
                    continue;
                if (PersonParser.ParseLeading(part.Name) is { } person)
                {
                    if (part.Whole)
                        block.Remove(s);
                    return person.Name;
                }
            }
        }

        return null;
    }

    private static (List<Expert> Panel, int Index) FindListPanel(List<Block> body)
    {
        for (var k = 0; k < body.Count; k++)
        {
            if (body[k].IsRemoved || !PanelIntro.IsListHeader(body[k].Text))
                continue;
            var experts = new List<Expert>();
            var items = new List<Block>();
            var bulleted = false;
            for (var j = k + 1; j < body.Count; j++)
            {
                var bullet = BulletRegex().Match(body[j].Text);
                if (bullet.Success)
                    bulleted = true;
                else if (bulleted)
                    break;
                var item = bullet.Success ? body[j].Text[bullet.Length..] : body[j].Text;
                var expert = PersonParser.Parse(item);
                if (expert is null && !bullet.Success)
                    break;
                if (expert is not null && experts.TrueForAll(e => e.Name != expert.Name))
                    experts.Add(expert);
                items.Add(body[j]);
            }

            if (experts.Count == 0)
                continue;
            body[k].RemoveAll();
            items.ForEach(i => i.RemoveAll());
            return (experts, k);
        }

        return ([], -1);
    }

    private static (List<Expert> Panel, int Index) FindSentencePanel(List<Block> body, string? show)
    {
        for (var k = body.Count - 1; k >= 0; k--)
        {
            var block = body[k];
            for (var s = 0; s < block.Sentences.Count; s++)
            {
                if (block.IsSentenceRemoved(s) || PanelIntro.PanelPart(block.Sentences[s], show) is not { } part)
                    continue;
                var experts = PanelParser.ParseSeries(part);
                if (experts.Count == 0 && ArticleRegex().Match(part) is { Success: true } article)
                    experts = PanelParser.ParseSeries(part[article.Index..]);
                if (experts.Count == 0)
                    continue;
                block.Remove(s);
                return (experts, k);
            }
        }

        return ([], -1);
    }

    private static List<string> FindQuestions(List<Block> body, int panelIndex, string headline)
    {
        var chosen = new SortedSet<int>();
        if (panelIndex >= 0)
        {
            chosen.Add(panelIndex);
            foreach (var step in (int[])[-1, 1])
            {
                var strict = false;
                for (var k = panelIndex + step; k >= 0 && k < body.Count; k += step)
                {
                    if (body[k].IsRemoved)
                        continue;
                    var (questions, total) = body[k].QuestionCount();
                    var dominant = strict ? questions == total : questions * 2 >= total;
                    if (questions == 0 || !dominant)
                        break;
                    chosen.Add(k);
                    strict = true;
                }
            }
        }
        else
        {
            for (var k = 0; k < body.Count; k++)
            {
                var (questions, total) = body[k].QuestionCount();
                if (questions > 0 && questions == total)
                    chosen.Add(k);
            }
        }

        var result = new List<string>();
        foreach (var k in chosen)
        {
            var block = body[k];
            for (var s = 0; s < block.Sentences.Count; s++)
            {
                var sentence = block.Sentences[s];
                if (block.IsSentenceRemoved(s) || !Block.IsQuestion(sentence))
                    continue;
                block.Remove(s);
                if (sentence != headline)
                    result.Add(sentence);
            }
        }

        return result;
    }

    [GeneratedRegex(@"(?<=\s)(?:den|die|der|dem|the)\s")]
    private static partial Regex ArticleRegex();

    [GeneratedRegex(@"^(?:[\-\*•–—·▪◦‣]|\d{1,2}[.)])\s+")]
    private static partial Regex BulletRegex();
}
