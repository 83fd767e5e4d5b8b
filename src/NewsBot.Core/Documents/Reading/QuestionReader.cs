using System.Text.RegularExpressions;
using NewsBot.Core.Documents.Structure;
using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// The discussion's guiding questions, verbatim and in order: questions in the topic's prose and question lines, the
/// part after a lead-in colon ("Die wichtigsten Fragen heute: …"), questions quoted from the announcement ("„…?“,
/// heißt es"), and the title question of the panel's programme item. Not: the headline or stream title again, FAQ
/// headings of a page ("Wann läuft …?", one question over its answer), service questions, questions about the show or
/// its host, and questions of other programme items or of quoted speakers.
/// </summary>
internal static partial class QuestionReader
{
    private const int MaxSentenceLength = 600;

    /// <summary>
    /// A discussion has a handful of guiding questions; past this many, further questions are still kept out of the
    /// summary but not listed. Each kept question is looked up in the page's lines (for document order) and against
    /// the others, so a page of thousands of question lines stays linear.
    /// </summary>
    internal const int MaxQuestions = 32;

    public static List<string> Read(ReadingContext context, string? host)
    {
        var lines = context.Lines;
        var faq = FaqHeadings(lines);
        var excluded = TitleQuestions(context);
        var result = new List<string>();
        foreach (var line in lines)
        {
            if (line.Kind is not (LineKind.Prose or LineKind.Question) && !IsNeutralLabel(line) || line.PanelHeader
                || line.Section is SectionRole.Welcome or SectionRole.Keynote or SectionRole.Closing or SectionRole.Other
                || line.ItemRole is SectionRole.Welcome or SectionRole.Keynote or SectionRole.Closing or SectionRole.Other)
                continue;
            if (faq.Contains(line.Number))
            {
                context.Explain(ExplanationFields.Question, line.Content, "a FAQ heading over its answer, not a question of the discussion", line.Number, accepted: false);
                continue;
            }

            var block = line.Block;
            for (var s = 0; s < block.Sentences.Count; s++)
            {
                var sentence = block.Sentences[s];
                if (block.IsSentenceRemoved(s) || sentence.Length > MaxSentenceLength)
                    continue;
                if (!Block.IsQuestion(sentence))
                {
                    if (AnnouncementQuote(sentence, block, s) is { } quoted)
                    {
                        foreach (var question in quoted)
                            Take(context, result, excluded, host, question, line.Number, "a question quoted from the announcement");
                    }

                    continue;
                }

                if (Take(context, result, excluded, host, AfterLeadIn(WithoutBullet(sentence, line, s)), line.Number, line.Kind == LineKind.Question ? "a line of questions" : "a question in the topic's text"))
                    block.Remove(s);
                else if (excluded.Contains(sentence))
                    block.Remove(s);
            }
        }

        // in document order: a question quoted from the announcement may be read after a later sentence of its line
        var position = new Dictionary<string, (int Line, int Offset)>(StringComparer.Ordinal);
        foreach (var question in result)
        {
            var line = lines.Find(l => l.Content.Contains(question, StringComparison.Ordinal));
            position[question] = line is null ? (int.MaxValue, 0) : (line.Number, line.Content.IndexOf(question, StringComparison.Ordinal));
        }

        return [.. result.OrderBy(q => position[q].Line).ThenBy(q => position[q].Offset)];
    }

    private static bool Take(ReadingContext context, List<string> result, HashSet<string> excluded, string? host, string question, int line, string rule)
    {
        string? reason = null;
        if (excluded.Contains(question))
            reason = "repeats the headline or stream title";
        else if (ScheduleText.IsServiceSentence(question) || ServiceRegex().IsMatch(question))
            reason = "a service question";
        else if (IsElliptical(question))
            reason = "an elliptical question to the reader ('Can't get through?', 'Neugierig geworden?')";
        else if (host is not null && question.Contains(host[(host.LastIndexOf(' ') + 1)..], StringComparison.Ordinal))
            reason = "a question about the show's host";
        else if (context.Show is { Length: > 3 } show && question.Contains(show, StringComparison.OrdinalIgnoreCase))
            reason = "a question about the show";
        if (reason is not null)
        {
            context.Explain(ExplanationFields.Question, question, reason, line, accepted: false);
            return false;
        }

        if (result.Count >= MaxQuestions)
        {
            context.Explain(ExplanationFields.Question, question, $"beyond the first {MaxQuestions} questions", line, accepted: false);
        }
        else if (!result.Contains(question))
        {
            result.Add(question);
            context.Explain(ExplanationFields.Question, question, rule, line);
        }

        return true;
    }

    /// <summary>"On today's programme: How many …?": a line under a neutral label ("Programme", "Inhalt") is read as prose.</summary>
    private static bool IsNeutralLabel(BodyLine line) =>
        line.Kind == LineKind.Label && line.Segments is [{ Role: SectionRole.Neutral, Text.Length: > 0 }];

    /// <summary>
    /// "Can't get through?", "Need help tonight?", "Neugierig geworden?": at most four words, no question word in it,
    /// and no subject (pronoun, article or name) after its first word: an address to the reader, not a question of the
    /// discussion ("Wer profitiert?", "Reicht das?", "Will Brussels retaliate?" have one).
    /// </summary>
    internal static bool IsElliptical(string question)
    {
        var words = question.TrimEnd('?', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4)
            return false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].Trim(',', '.', '„', '“', '"');
            if (QuestionWords.Contains(word) || i > 0 && word.Length > 0 && (char.IsUpper(word[0]) || SubjectWords.Contains(word)))
                return false; // "Und wer zahlt?": a question word anywhere
        }

        return true;
    }

    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "wer", "was", "wie", "wo", "wann", "warum", "weshalb", "wieso", "welche", "welcher", "welches", "welchen", "welchem", "wozu",
        "woher", "wohin", "worum", "wem", "wen", "who", "what", "when", "where", "why", "which", "how", "whom", "whose",
    };

    private static readonly HashSet<string> SubjectWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ich", "du", "er", "sie", "es", "wir", "ihr", "man", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "dies",
        "i", "you", "he", "she", "it", "we", "they", "the", "a", "an", "this", "that", "these", "those", "there", "anyone", "someone",
    };

    /// <summary>"– Wer leitet …?", "• Why do …?": the bullet mark of a list line is no part of its first question.</summary>
    internal static string WithoutBullet(string sentence, BodyLine line, int index) =>
        index == 0 && line.Bulleted && sentence.Length > 2 && sentence[1] == ' ' && !char.IsLetterOrDigit(sentence[0]) ? sentence[2..].TrimStart() : sentence;

    /// <summary>"Jede dritte Klinik schreibt rote Zahlen: Kommt die Reform zu spät?" → "Kommt die Reform zu spät?".</summary>
    private static string AfterLeadIn(string sentence)
    {
        var colon = sentence.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || colon + 2 >= sentence.Length || !char.IsUpper(sentence[colon + 2]))
            return sentence;
        var lead = sentence[..colon].TrimStart('„', '"', '“', '»');
        return InterrogativeRegex().IsMatch(lead) && !IsFreeRelative(lead) ? sentence : sentence[(colon + 2)..];
    }

    /// <summary>"What we'll argue about", "Worum es geht", "Was wir wissen wollen": a wh-word with its subject right after it is a lead-in, no question.</summary>
    private static bool IsFreeRelative(string lead)
    {
        var words = lead.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 && !lead.Contains('?', StringComparison.Ordinal) && LeadSubjects.Contains(words[1]);
    }

    private static readonly HashSet<string> LeadSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "we", "we'll", "we’ll", "we're", "we’re", "you", "you'll", "you’ll", "i", "i'll", "i’ll", "they", "wir", "ihr", "es", "man", "ich",
    };

    /// <summary>The questions inside "„…?“, heißt es …" (the announcement quoted, not a speaker).</summary>
    private static List<string>? AnnouncementQuote(string sentence, Block block, int index)
    {
        if (!ImpersonalRegex().IsMatch(sentence))
            return null;
        var text = string.Join(' ', block.Sentences.Take(index + 1).Skip(Math.Max(0, index - 6)));
        var open = text.LastIndexOfAny(['„', '"', '»']);
        var close = text.IndexOfAny(['“', '"', '«'], open + 1);
        if (open < 0 || close <= open)
            return null;
        var quote = text[(open + 1)..close];
        var questions = new List<string>();
        foreach (var span in SentenceSplitter.Split(quote, DocumentLanguage.German))
        {
            var part = span.Of(quote).Trim();
            if (part.EndsWith('?'))
                questions.Add(AfterLeadIn(part));
        }

        return questions;
    }

    /// <summary>Single-question lines standing over a prose answer (not bulleted, not the end of a run of questions), when a page has two or more of them (a FAQ layout).</summary>
    private static HashSet<int> FaqHeadings(List<BodyLine> lines)
    {
        var headings = new HashSet<int>();
        for (var k = 0; k + 1 < lines.Count; k++)
        {
            var line = lines[k];
            if (line.Kind == LineKind.Question && line.Block.Sentences.Count == 1 && lines[k + 1].Kind is LineKind.Prose or LineKind.Schedule or LineKind.Label
                && !line.Bulleted && !(k > 0 && lines[k - 1].Kind == LineKind.Question))
                headings.Add(line.Number); // the last of a bulleted run of questions is no heading, though prose follows it
        }

        return headings.Count >= 2 ? headings : [];
    }

    private static HashSet<string> TitleQuestions(ReadingContext context)
    {
        var titles = new HashSet<string>(StringComparer.Ordinal) { context.Headline, context.StreamTitle };
        foreach (var text in new[] { context.Headline, context.TitleWithoutShow })
        {
            foreach (var span in SentenceSplitter.Split(text, context.Language))
                titles.Add(span.Of(text).Trim());
            foreach (var part in text.Split(" | "))
                titles.Add(part.Trim());
        }

        return titles;
    }

    [GeneratedRegex(@"^(?:(?:Wann|When|Wo|Where)\b.{0,120}\b(?:läuft|laufen|kommt|beginnt|startet|sehen|gucken|hören|ausgestrahlt|gesendet|air|airs|start|starts|watch|stream|listen)\b|(?:Wie|How)\s+(?:kann|können|can|do)\s+(?:ich|man|I|you)\b.{0,80}\b(?:sehen|schauen|hören|teilnehmen|watch|listen|join|attend|register)|(?:Was|What)\s+(?:ist|is)\s+(?:das|the)\s+(?:Thema|topic))")]
    private static partial Regex ServiceRegex();

    [GeneratedRegex(@"^(?:Wer|Wie|Was|Wo|Wann|Warum|Weshalb|Wieso|Welche[rsmn]?|Wozu|Woher|Wohin|Worum|Inwiefern|Ist|Sind|Kann|Können|Muss|Müssen|Soll|Sollen|Hat|Haben|Wird|Werden|Gibt|Darf|Who|What|When|Where|Why|Which|How|Is|Are|Can|Could|Should|Will|Would|Does|Do|Did|Has|Have)\b")]
    private static partial Regex InterrogativeRegex();

    [GeneratedRegex(@"[“""«],?\s+(?:heißt\s+es|hieß\s+es|so\s+die\s+(?:Ankündigung|Redaktion|Sendung)|it\s+says|the\s+announcement\s+(?:says|reads))\b")]
    private static partial Regex ImpersonalRegex();
}
