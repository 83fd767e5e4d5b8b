using NewsBot.Core.Documents.People;
using NewsBot.Core.Documents.Structure;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// Guests a report or a press release introduces one per sentence, whatever the verb, once the text has announced the
/// discussion: "… lädt zu einem Gesprächsabend. … Die Biologin heißt Dr. A und leitet … Für die Jägerschaft spricht
/// Kreisjägermeister B …", "… a panel of experts said at a forum. … C, a professor at X, showed … D, director of Y, said …".
/// The discussion context opens at a sentence that names the discussion (panel, Podium, Debatte, Gespräch, forum, webinar),
/// its host, or a guest's taking part, and carries over to the following paragraphs. A run of consecutive paragraphs that
/// each introduce at least one described person (a role before the name, an apposition, "X is/ist …", "Der Schäfer ist X")
/// gives the panel; it ends at a paragraph that introduces nobody. Host sentences and speakers of other programme items
/// are skipped, and people said to be absent ("did not take part", "war im Publikum", "in a statement") stay out. Only a
/// fallback: it is read when no list, field or panel sentence names the panel, and fewer than two guests are no panel.
/// </summary>
internal static partial class DiscussionContextGuests
{
    /// <summary>Paragraphs read after the discussion is announced before a run must start (news paragraphs, the host's).</summary>
    private const int MaxParagraphsBeforeRun = 4;

    private const string Rule = "introduced one per sentence in the paragraphs after the text announces the discussion";

    public static List<PanelCandidate> Read(ReadingContext context)
    {
        var run = new List<PanelCandidate>();
        var announcedAt = -1;
        var paragraphs = 0;
        var report = false; // announced in the past tense: the text reports the event, and what the guests said is the event
        foreach (var line in context.Lines)
        {
            if (line.Kind == LineKind.Label && line.Segments.Count > 0 && line.Segments[0].Role == SectionRole.Panel)
            {
                announcedAt = Math.Max(announcedAt, 0); // "In conversation:", "Auf dem Podium:" over prose lines
                continue;
            }

            // a one-sentence paragraph that opens with a described name reads as a person line: it goes on a run, never starts one
            if (line.Kind is not (LineKind.Prose or LineKind.Person) || line.Kind == LineKind.Person && run.Count == 0 || line.Section is not (SectionRole.None or SectionRole.Panel) || line.ItemRole is SectionRole.Keynote or SectionRole.Welcome or SectionRole.Closing)
            {
                if (run.Count > 0 && line.Kind is LineKind.Prose or LineKind.Label or LineKind.Heading)
                    break;
                continue;
            }

            if (line.Section == SectionRole.Panel)
                announcedAt = Math.Max(announcedAt, 0);
            var added = 0;
            var block = line.Block;
            for (var s = 0; s < block.Sentences.Count; s++)
            {
                var sentence = block.Sentences[s];
                if (block.IsSentenceRemoved(s) || sentence.Length > ProsePanel.MaxSentenceLength)
                    continue;
                if (announcedAt < 0)
                {
                    if (!Announces(sentence, context.Show))
                        continue;
                    announcedAt = 0;
                    report = IsPast(sentence);
                }

                if (!report && IsNews(sentence))
                    continue; // an announcement of what is to come: a person who said or had done something is in the news

                if (HostReader.NamesHost(sentence) || PanelIntro.HostPart(sentence) is not null || NamesOtherItem(sentence) || SaysAbsent(sentence))
                    continue;
                foreach (var expert in Guests(sentence, context.Show))
                {
                    if (context.NotPanel.ContainsKey(expert.Name) || !run.TrueForAll(c => c.Expert.Name != expert.Name))
                        continue;
                    run.Add(new PanelCandidate(expert, line.Number, Rule));
                    added++;
                }
            }

            if (announcedAt < 0)
                continue;
            paragraphs++;
            if (added > 0 || IsQuotation(line.Content))
                continue;
            if (run.Count > 0)
                break; // the paragraph after the guests is about something else
            if (paragraphs > MaxParagraphsBeforeRun)
                return [];
        }

        return run.Count >= 2 ? run : [];
    }

    /// <summary>Whether <paramref name="sentence"/> names the discussion, its host or a guest's taking part.</summary>
    internal static bool Announces(string sentence, string? show) =>
        NamesDiscussion(sentence) || PanelIntro.PanelPart(sentence, show) is not null || PanelIntro.AdditionalGuestPart(sentence) is not null
        || PanelIntro.HostPart(sentence) is not null || HostReader.NamesHost(sentence);

    /// <summary>The described people <paramref name="sentence"/> introduces: a panel sentence's series, else each described person in turn.</summary>
    internal static List<Expert> Guests(string sentence, string? show)
    {
        if (PanelIntro.PanelPart(sentence, show) is { } part
            && PanelParser.ParseSeries(RunOnFields.CutAtNextLabel(part)).FindAll(e => e.Role is not null || e.Affiliation is not null) is { Count: > 0 } series)
            return series;
        var text = Copula(sentence);
        var found = new List<Expert>(2);
        foreach (var segment in PersonSegments(text))
        {
            if (IntroducedOneBySentence.Introduced(segment) is { } expert && found.TrueForAll(e => e.Name != expert.Name) && !FunctionWords.Contains(expert.Name.Split(' ')[0]))
                found.Add(expert);
        }

        return found;
    }

    /// <summary>"Ob Übersetzungen, Klappentexte …", "Whether Jones, …": a capitalised conjunction or question word opens no name.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "Ob", "Wie", "Wer", "Was", "Wo", "Wenn", "Als", "Und", "Aber", "Doch", "Whether", "If", "When", "How", "Who", "What", "Where", "And", "But",
    };

    /// <summary>
    /// "Für X spricht Kreisjägermeister A (Landkreis Y), für die Gastgeber B vom Verband Z": the sentence cut before each
    /// further person with a known given name, at the comma, semicolon or "und"/"and" before them, so that one person's
    /// description does not run into the next one. Capitalised words inside a description ("Gesellschaft für Humanes
    /// Sterben") are no further person, as their first word is no given name.
    /// </summary>
    private static List<string> PersonSegments(string text)
    {
        var tokens = Tokens.Of(text, 80);
        var segments = new List<string>(2);
        var from = 0;
        var seen = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (NameReader.At(tokens, i) is not { } match)
                continue;
            if (seen && match.Known && !match.Possessive && Cut(text, tokens, from, i) is { } cut)
            {
                segments.Add(text[from..cut]);
                from = cut;
            }

            seen = true;
            if (match.Known)
                i = Math.Max(i, match.End - 1); // an unknown reading ("Heidelandschaft Isentrud Pruszek") may hide a known name inside it
        }

        segments.Add(text[from..]);
        return segments;
    }

    /// <summary>Where the text before the name at token <paramref name="name"/> is cut: after its last comma or semicolon, or before its last "und"/"and"/"mit"/"with".</summary>
    private static int? Cut(string text, List<Tokens.Token> tokens, int from, int name)
    {
        for (var j = name - 1; j >= 0 && tokens[j].Start > from; j--)
        {
            if (tokens[j].Text is "und" or "and" or "sowie" or "mit" or "with")
                return tokens[j].Start; // "diskutiert der Forscher A mit der Historikerin B": the partner is a person of their own
            if (tokens[j].Text.EndsWith(',') || tokens[j].Text.EndsWith(';'))
                return tokens[j].End();
        }

        return null;
    }

    /// <summary>
    /// "X is a historian at Y" → "X, a historian at Y"; "Der Schäfer ist X aus Y" → "der Schäfer X aus Y": a copula that
    /// introduces a person with their description reads as an apposition or a role before the name.
    /// </summary>
    internal static string Copula(string sentence)
    {
        if (RoleIsName(sentence) is var (role, afterVerb))
        {
            // "Der Schäfer ist X aus Y, der …" → "X, Schäfer aus Y, der …"; "Die Biologin heißt X und leitet …" → "X, Biologin"
            var after = sentence[afterVerb..].TrimStart();
            var named = Tokens.Of(after, 12);
            if (NameReader.At(named, 0) is not { Possessive: false } person)
                return sentence;
            var rest = after[named[person.End - 1].End()..];
            if (rest.StartsWith(" und ", StringComparison.Ordinal) || rest.StartsWith(" and ", StringComparison.Ordinal))
                rest = "";
            return after[..named[person.End - 1].End()].TrimEnd(',') + ", " + role + rest;
        }

        var tokens = Tokens.Of(sentence, 12);
        var skip = tokens.Count > 1 && tokens[0].Text is "The" or "Der" or "Die" ? 1 : 0; // "The Revd Canon Dr X is …"
        if (NameReader.At(tokens, skip) is not { Possessive: false } name || name.End + 1 >= tokens.Count || tokens[name.End].Text is not ("is" or "ist")
            || !OpensDescription(tokens[name.End + 1].Text))
            return sentence;
        var verb = tokens[name.End];
        return sentence[..tokens[name.End - 1].End()] + "," + sentence[(verb.Start + verb.Text.Length)..];
    }

    /// <summary>"is a …", "is chief officer …", "ist Soziologin": what follows the copula describes; "is away", "is in the studio" do not.</summary>
    private static bool OpensDescription(string word) => !NotDescribing.Contains(word);

    /// <summary>Words after "is"/"ist" that say where or how someone is rather than what they are.</summary>
    private static readonly HashSet<string> NotDescribing = new(StringComparer.Ordinal)
    {
        "away", "not", "also", "back", "here", "there", "unable", "absent", "on", "in", "at", "out", "off", "still", "now", "today",
        "expected", "due", "ill", "nicht", "auch", "hier", "dort", "im", "am", "noch", "jetzt", "heute", "verhindert", "krank", "dabei", "zugeschaltet",
    };

    /// <summary>A paragraph of quoted speech between the guests' paragraphs carries the run on.</summary>
    private static bool IsQuotation(string content) => content.Length > 0 && content[0] is '„' or '"' or '“' or '‚' or '«' or '»';
}
