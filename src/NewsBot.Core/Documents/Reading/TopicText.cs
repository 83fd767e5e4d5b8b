using NewsBot.Core.Documents.Structure;
using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// The news paragraphs, the summary's material: only prose the reader takes for the topic. Left out are every block
/// recognised as something else (guest lists, programme and schedule lines, bios, bylines, headings, labelled fields,
/// question lines), the sentences used for the panel, host and questions, service sentences ("läuft im Livestream"),
/// lead-ins ending in a colon, page furniture (<see cref="PageFurniture"/>), short date sentences, show portraits (lines mostly about the show or its host), and the
/// event's own sentences in prose (<see cref="OffTopicSentence"/>).
/// </summary>
internal static class TopicText
{
    private static readonly string[] MetaWords =
    [
        "sendung", "ausgabe", "talkshow", "talk ", "format", "folge ", "folgen ", "gästeliste", "gäste", "redaktion", "moderator",
        "moderatorin", "gastgeber", "im studio", "überblick", "show", "episode", "series", "podcast", "webinar", "guests", "host ",
        "programme ", "the event", "this event", "the conference", "this conference", "die veranstaltung", "sendetermin",
    ];

    /// <summary>
    /// A line of this many sentences is not a portrait of the show but a run-on record (a TV listing's "Sendung: … Moderation:
    /// … Gäste: …" with the episode's text inside) or a long article: its sentences about the show are left out one by one.
    /// </summary>
    private const int RunOnSentences = 6;

    public static List<string> Paragraphs(ReadingContext context, string? host, IReadOnlyList<Expert> panel)
    {
        if (panel.Count > ReadingContext.PanelistsLookedFor)
            panel = [.. panel.Take(ReadingContext.PanelistsLookedFor)];
        var paragraphs = new List<string>();
        foreach (var line in context.Lines)
        {
            if (line.Kind != LineKind.Prose || line.Section is not (SectionRole.None or SectionRole.Panel) || line.ItemRole is SectionRole.Keynote or SectionRole.Closing or SectionRole.Welcome or SectionRole.Other)
            {
                if (line.Kind != LineKind.Prose && context.Explanation is not null) // the reason is written only when it is asked for
                    context.Explain(ExplanationFields.Paragraph, Short(line.Content), $"left out of the summary: {line.Kind.ToString().ToLowerInvariant()} line", line.Number, accepted: false);
                continue;
            }

            var block = line.Block;
            var kept = new List<string>();
            var meta = 0;
            var total = 0;
            var afterPerson = false; // the sentence before named a panelist or the host
            for (var s = 0; s < block.Sentences.Count; s++)
            {
                var sentence = block.Sentences[s];
                var mention = PanelMention.In(sentence, panel);
                var continuesAboutPerson = afterPerson && StartsWithThirdPersonPronoun(sentence);
                afterPerson = mention.Count > 0 || host is not null && sentence.Contains(host, StringComparison.Ordinal) || continuesAboutPerson;
                if (block.IsSentenceRemoved(s))
                    continue;
                total++;
                var reason = continuesAboutPerson ? "goes on about the panelist or host named before it" : Reason(context, sentence, host, panel, mention);
                if (reason is null)
                {
                    kept.Add(sentence);
                    continue;
                }

                if (reason == "about the show")
                    meta++;
                context.Explain(ExplanationFields.Paragraph, Short(sentence), "left out of the summary: " + reason, line.Number, accepted: false);
            }

            if (kept.Count == 0)
                continue;
            if (meta * 2 >= total && block.Sentences.Count < RunOnSentences)
            {
                context.Explain(ExplanationFields.Paragraph, Short(line.Content), "left out of the summary: a portrait of the show", line.Number, accepted: false);
                continue;
            }

            paragraphs.Add(kept.Count == block.Sentences.Count ? block.Text : string.Join(' ', kept));
        }

        return paragraphs;
    }

    private static string? Reason(ReadingContext context, string sentence, string? host, IReadOnlyList<Expert> panel, PanelMention mention)
    {
        if (sentence.EndsWith(':'))
            return "a lead-in to what follows";
        if (PageFurniture.Reason(sentence) is { } furniture)
            return furniture;
        if (ScheduleText.IsServiceSentence(sentence) || ScheduleText.EndsInSchedule(sentence))
            return "a service sentence";
        if (Tokens.SpaceSeparatedCount(sentence) <= 10 && (ScheduleText.HasClockTime(sentence) || IsShortDate(sentence)))
            return "a date or time";
        if (host is not null && sentence.Contains(host, StringComparison.Ordinal) || context.Show is { Length: > 3 } show && sentence.Contains(show, StringComparison.OrdinalIgnoreCase))
            return "about the show";
        // lower-cased with a space after it, on the stack for every usual sentence (this is asked for each of them)
        Span<char> buffer = sentence.Length < 1024 ? stackalloc char[sentence.Length + 1] : new char[sentence.Length + 1];
        InvariantLower.Into(sentence, buffer);
        buffer[^1] = ' ';
        ReadOnlySpan<char> lower = buffer;
        foreach (var word in MetaWords)
        {
            for (var at = lower.IndexOf(word, StringComparison.Ordinal); at >= 0; at = IndexOf(lower, word, at + 1))
            {
                var end = at + word.AsSpan().TrimEnd().Length;
                if ((at == 0 || !char.IsLetter(lower[at - 1])) && (end >= lower.Length || !char.IsLetter(lower[end])))
                    return "about the show";
            }
        }

        for (var i = 0; mention.Count > 0 && i < panel.Count; i++) // by index: a foreach over the interface would allocate for every sentence of the page
        {
            var expert = panel[i];
            if (sentence.StartsWith(expert.Name, StringComparison.Ordinal))
                return "about a panelist";
        }

        return OffTopicSentence.Reason(sentence, mention);
    }

    /// <summary>
    /// "13. Juni: …", "Tuesday, May 30, 2006": two words or more are date words or hold digits, one of them a digit.
    /// Read word by word without splitting: this is asked of every short sentence of a page.
    /// </summary>
    private static bool IsShortDate(string sentence)
    {
        var text = sentence.AsSpan();
        int dated = 0, numbered = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty)
                continue;
            var hasDigit = HasDigit(word);
            if (hasDigit)
                numbered++;
            if (hasDigit || ScheduleText.IsDateWord(word))
                dated++;
        }

        return numbered > 0 && dated >= 2;
    }

    private static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
                return true;
        }

        return false;
    }

    /// <summary>
    /// "She advised the city on …", "Seine Forschung gilt …": after a sentence naming a panelist or the host, a sentence
    /// that opens with a pronoun of the third person singular goes on about that person (a biography), not the topic.
    /// </summary>
    private static bool StartsWithThirdPersonPronoun(string sentence)
    {
        var space = sentence.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && ThirdPersonPronouns.Contains(sentence[..space]);
    }

    private static readonly HashSet<string> ThirdPersonPronouns = new(StringComparer.Ordinal)
    {
        "She", "He", "Her", "His", "Er", "Sie", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Sein", "Seine", "Seinem", "Seinen", "Seiner",
    };

    private static int IndexOf(ReadOnlySpan<char> text, string value, int from) =>
        text[from..].IndexOf(value, StringComparison.Ordinal) is var at and >= 0 ? from + at : -1;

    private static string Short(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
