using System.Text.RegularExpressions;
using NewsBot.Core.Documents.Structure;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// The panel as running text introduces it: the last prose line with a sentence that introduces discussants
/// (<see cref="PanelIntro.PanelPart"/>), all such sentences of that line ("Im Studio diskutieren A und B. Außerdem ist
/// C zugeschaltet."), and the person a pronoun subject stands for ("Im Forum spricht er mit der Expertin X").
/// </summary>
internal static partial class ProsePanel
{
    /// <summary>Sentences longer than this are not read for a panel (bounded work on hostile input).</summary>
    public const int MaxSentenceLength = 1200;

    public static List<PanelCandidate> Read(ReadingContext context)
    {
        var lines = context.Lines;
        for (var k = lines.Count - 1; k >= 0; k--)
        {
            var line = lines[k];
            if (line.Kind != LineKind.Prose || line.Section is SectionRole.Keynote or SectionRole.Welcome or SectionRole.Closing or SectionRole.Other)
                continue;
            var found = new List<PanelCandidate>();
            var following = new List<PanelCandidate>();
            var block = line.Block;
            var oneBySentence = new OneBySentenceRun(block);
            // a paragraph that has named a panel's worth of guests has named the panel: reading on through a paragraph of
            // thousands of guest sentences only repeats the work
            for (var s = 0; s < block.Sentences.Count && found.Count < ReadingContext.PanelistsLookedFor; s++)
            {
                var sentence = LeadIn(block.Sentences[s]);
                if (block.IsSentenceRemoved(s) || sentence.Length > MaxSentenceLength || PanelIntro.PanelPart(sentence, context.Show) is not { } part)
                    continue;
                part = RunOnFields.CutAtNextLabel(part);
                // "X begrüßt heute zwei Gäste": the guests are named in the sentences after it, not in this one
                var countsGuests = EndsCountingGuests(sentence);
                var experts = countsGuests ? [] : PanelParser.ParseSeries(part);
                if (experts.Count == 0 && !countsGuests && ArticleRegex().Match(part) is { Success: true } article)
                    experts = PanelParser.ParseSeries(part[article.Index..]);
                if (!countsGuests)
                    experts.AddRange(ClauseGuests(sentence, part, context.Show).Where(e => experts.TrueForAll(x => x.Name != e.Name)));
                if (experts.Count == 0 && oneBySentence.After(s) is { Count: > 0 } introduced)
                {
                    foreach (var expert in introduced)
                        found.Add(new PanelCandidate(expert, line.Number, "introduced one per sentence after a panel sentence that names no one"));
                    continue;
                }

                if (experts.Count == 0)
                    continue;
                if (experts.Count == 1 && oneBySentence.After(s, minimum: 1) is { Count: > 0 } after)
                {
                    // "In the studio is A, …. On the line from X is B, …. Later we'll hear from C, …": one guest per sentence after the first
                    foreach (var expert in after)
                        following.Add(new PanelCandidate(expert, line.Number, "introduced one per sentence after a panel sentence that names one guest"));
                }

                if (experts.Count == 1 && s > 0 && (PanelIntro.CompletesPanel(sentence) || PanelIntro.AdditionalGuestPart(sentence) is not null))
                {
                    // "… Ihr zur Seite sitzt B. Komplettiert wird die Runde durch C": the guests the paragraph introduced before
                    foreach (var expert in oneBySentence.Before(s))
                    {
                        if (experts.TrueForAll(e => e.Name != expert.Name) && found.TrueForAll(c => c.Expert.Name != expert.Name))
                            found.Add(new PanelCandidate(expert, line.Number, "introduced one per sentence before a sentence that adds a guest"));
                    }
                }

                var described = DescribedSubject(sentence, part);
                if ((PronounSubjectRegex().IsMatch(sentence) || described is not null || OpensWithCompanion(sentence)) && Antecedent(lines, k, s) is { } found1 && experts.TrueForAll(e => e.Name != found1.Name))
                {
                    var antecedent = found1.Role is null && described is { Length: > 0 } ? found1 with { Role = described } : found1;
                    found.Add(new PanelCandidate(antecedent, line.Number, "the pronoun subject of the panel sentence, resolved to the person named before"));
                }

                else if (s > 0 && OpensWithJoinedPronoun(sentence) && JoinedAntecedent(block.Sentences[s - 1]) is { } joined && experts.TrueForAll(e => e.Name != joined))
                {
                    found.Add(new PanelCandidate(new Expert(joined, null, null), line.Number, "the pronoun subject of 'She will be joined by …', introduced in the sentence before"));
                }

                if (s == 0 && found.Count == 0 && PanelIntro.CompletesPanel(sentence))
                {
                    foreach (var earlier in IntroducedOneBySentence.BeforeCompletion(lines, k))
                    {
                        if (experts.TrueForAll(e => e.Name != earlier.Name))
                            found.Add(new PanelCandidate(earlier, line.Number, "introduced one per paragraph before the sentence that completes the panel ('Ergänzt wurde die Runde durch …')"));
                    }
                }

                foreach (var expert in experts)
                    found.Add(new PanelCandidate(expert, line.Number, "introduced as a discussant in a panel sentence"));
                if (sentence.Length == block.Sentences[s].Length)
                    block.Remove(s); // a sentence read only up to its colon keeps its questions
            }

            // a sentence that introduces its guest itself describes them best, so the run's readings only add the others
            found.AddRange(following.Where(f => found.TrueForAll(c => c.Expert.Name != f.Expert.Name)));
            if (found.Count > 0)
                return found;
        }

        return [];
    }

    /// <summary>
    /// "Host X welcomes A, B and C; on the line from Y is D.": a sentence whose semicolon clauses each introduce guests
    /// in their own words. The sentence as a whole yields one clause's guests; every other clause that is itself a
    /// panel introduction adds its own. A clause that only continues a series ("…; B, role at Y") introduces nobody.
    /// </summary>
    private static List<Expert> ClauseGuests(string sentence, string part, string? show)
    {
        if (!sentence.Contains("; ", StringComparison.Ordinal))
            return [];
        var guests = new List<Expert>();
        foreach (var clause in sentence.Split("; "))
        {
            if (clause.Length < 12)
                continue;
            var text = char.ToUpperInvariant(clause[0]) + clause[1..].TrimEnd('.'); // a clause reads as a sentence of its own
            if (PanelIntro.PanelPart(text, show) is not { } own || own == part || part.StartsWith(own, StringComparison.Ordinal))
                continue;
            guests.AddRange(PanelParser.ParseSeries(RunOnFields.CutAtNextLabel(own)));
        }

        return guests;
    }

    /// <summary>"… spricht X mit Y darüber, wohin …: Was wird aus …?": a sentence that leads into a question after a colon is read up to the colon.</summary>
    private static string LeadIn(string sentence)
    {
        if (!sentence.EndsWith('?'))
            return sentence;
        var colon = sentence.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? sentence[..colon] : sentence;
    }

    /// <summary>"… spricht der linksliberale Politiker mit …": the panel part follows a definite description of someone named before.</summary>
    /// <returns>The description as a role ("linksliberaler Politiker"; empty when it is no role word), or null when the subject is no description.</returns>
    private static string? DescribedSubject(string sentence, string part)
    {
        var at = sentence.LastIndexOf(part, StringComparison.Ordinal);
        var before = at > 0 ? sentence[..at].TrimEnd() : "";
        if (!before.EndsWith(" mit", StringComparison.Ordinal) || Phrases.DescribedSubject.Find(before) is not (>= 0 and var start))
            return null;
        var subject = before[start..];
        var verb = subject.IndexOf(' ', StringComparison.Ordinal);
        var description = subject[(verb + 1)..].Trim();
        description = char.ToUpperInvariant(description[0]) + description[1..]; // read as a sentence that opens with it
        return ProseMentions.DefiniteDescription(description.EndsWith(" mit", StringComparison.Ordinal) ? description[..^4] + " hat" : description) ?? "";
    }

    /// <summary>The person named last before sentence <paramref name="sentence"/> of line <paramref name="k"/>, with a role from a definite description.</summary>
    private static Expert? Antecedent(List<BodyLine> lines, int k, int sentence)
    {
        string? role = null;
        for (var j = k; j >= 0 && j >= k - 2; j--)
        {
            var block = lines[j].Block;
            var last = j == k ? sentence - 1 : block.Sentences.Count - 1;
            for (var s = last; s >= 0; s--)
            {
                role ??= ProseMentions.DefiniteDescription(block.Sentences[s]);
                if (ProseMentions.LastPerson(block.Sentences[s]) is { } name)
                    return new Expert(name, role, null);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:spricht|sprechen|diskutiert|diskutieren|redet|debattiert|unterhält|talks|speaks|discusses|debates)\s+(?:er|sie|he|she|they)\s+(?:\S+\s+){0,3}?(?:mit|with)\b|^(?:Er|Sie|He|She)\s+(?:spricht|diskutiert|redet|debattiert|talks|speaks|discusses)\b")]
    private static partial Regex PronounSubjectRegex();

    /// <summary>
    /// "Dr A leads the group at X. She will be joined by B …": the pronoun stands for the person the sentence before
    /// introduces, a guest like B, unless that sentence is about the host ("Your host is X.", "X presents the show.").
    /// </summary>
    private static string? JoinedAntecedent(string before) =>
        before.Length > MaxSentenceLength || HasHostWord(before) || PanelIntro.HostPart(before) is not null ? null : ProseMentions.FirstPerson(before);

    [GeneratedRegex(@"(?<=\s)(?:den|die|der|dem|the)\s")]
    private static partial Regex ArticleRegex();
}
