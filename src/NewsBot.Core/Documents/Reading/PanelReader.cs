using NewsBot.Core.Documents.People;
using NewsBot.Core.Documents.Structure;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// Decides who is on the panel from the context of every mention. In order of strength: people in a section or field
/// labelled as the panel ("Gäste:", "Podium", "Speakers", "Mit: …", a guest-list header); the sentence that introduces
/// the discussants ("Es diskutieren …", "… will be joined by …", "A, B and C will discuss …"); "Impuls" speakers when
/// no podium is named; and, only when nothing else names the panel, an unlabelled run of person lines. People under
/// other labels (welcome, keynote, closing, byline) never become panelists.
/// </summary>
internal static class PanelReader
{
    public static List<PanelCandidate> Read(ReadingContext context, out List<PanelCandidate> hostLabels)
    {
        var labelled = new List<PanelCandidate>();
        var impulse = new List<PanelCandidate>();
        var unlabelled = new List<PanelCandidate>();
        var inLine = new List<PanelCandidate>();
        hostLabels = [];
        (int Item, SectionRole Role) otherItem = (-1, SectionRole.None);
        BodyLine? previous = null;
        foreach (var line in context.Lines)
        {
            var header = previous is { PanelHeader: true } || previous is { IsBareLabel: true } && previous.Segments[0].Role == SectionRole.Panel;
            previous = line;
            if (header && line.Kind is LineKind.Prose or LineKind.Person && line.Section is SectionRole.None or SectionRole.Panel
                && (line.Kind == LineKind.Prose || line.Content.Contains("; ", StringComparison.Ordinal)) && GuestListProse.Read(line) is { Count: > 0 } run)
            {
                labelled.AddRange(run);
                continue;
            }

            if (line.Kind == LineKind.Prose && line.Section is SectionRole.None or SectionRole.Panel && line.Content.Length > 200)
            {
                foreach (var expert in InLineGuestField.Read(line.Content, context.Language))
                    inLine.Add(new PanelCandidate(expert, line.Number, "a field of described people in the middle of a run-on line ('… Gäste: A (X), B (Y) …')"));
            }

            if (line.Kind == LineKind.Person && line.Person is { } person)
            {
                var expert = new Expert(person.Name, person.Role, person.Affiliation);
                var label = line.Section;
                if (person.Moderates || person.Role is { } listedRole && IsHostWord(listedRole) && !IsPostInPanelList(label, listedRole, person.Affiliation)
                    || OpensWithHostLabel(line.Content))
                    label = SectionRole.Host; // "Jane Doe—Moderator", "Max Roth (Moderation)", "Moderator — Jane Doe, …"
                var target = label switch
                {
                    SectionRole.Panel => labelled,
                    SectionRole.Impulse => impulse,
                    SectionRole.Host => hostLabels,
                    SectionRole.None when !person.NameOnly => unlabelled,
                    _ => null,
                };
                if (target is not null)
                    target.Add(new PanelCandidate(expert, line.Number, ListLineRule(label)));
                else if (label != SectionRole.None)
                    NotPanel(context, person.Name, $"listed under a {label.ToString().ToLowerInvariant()} label", line.Number);
            }
            else if (line.Kind == LineKind.Label)
            {
                if (line.Segments.Count > 0 && line.Segments[0].Role is SectionRole.Keynote or SectionRole.Welcome or SectionRole.Closing)
                    otherItem = (line.Item, line.Segments[0].Role);
                else if (line.Segments.Count > 0 && line.Segments[0].Role == SectionRole.Panel && !IsSpeakerLabel(line.Segments[0].Label))
                    otherItem = (-1, SectionRole.None);
                ReadLabelLine(context, line, labelled, impulse, hostLabels, otherItem.Item == line.Item ? otherItem.Role : SectionRole.None);
            }
            else if (line.Kind == LineKind.Heading && OpensWithHostLabel(line.Content)
                && PersonRecordReader.Read(line.Content[(line.Content.AsSpan().IndexOfAny("—–-") + 2)..], context.Language) is { } moderator)
            {
                // "Moderation – Jo Roe, NDR" read as a heading: the same label-first list line
                hostLabels.Add(new PanelCandidate(new Expert(moderator.Name, moderator.Role, moderator.Affiliation), line.Number, Rule(SectionRole.Host, "a list line 'Moderator — X'")));
            }
            else if (line.Kind == LineKind.Byline)
            {
                var text = line.Content.StartsWith("Von ", StringComparison.OrdinalIgnoreCase) || line.Content.StartsWith("By ", StringComparison.OrdinalIgnoreCase)
                    ? line.Content[(line.Content.IndexOf(' ', StringComparison.Ordinal) + 1)..] : line.Content;
                if (line.Kind == LineKind.Byline && PersonRecordReader.Read(line.Segments.Count > 0 ? line.Segments[0].Text : text, context.Language) is { } author)
                    NotPanel(context, author.Name, "author of the page (byline)", line.Number);
            }
        }

        if (labelled.Count > 0 && TitledProgrammeItem.Span(context, labelled) is { } slot)
        {
            foreach (var other in labelled.Where(c => c.Line < slot.From || c.Line >= slot.To))
                NotPanel(context, other.Expert.Name, "a guest of another programme slot (the closing title line names another one)", other.Line);
            labelled.RemoveAll(c => c.Line < slot.From || c.Line >= slot.To);
            if (hostLabels.Exists(c => c.Line >= slot.From && c.Line < slot.To))
                hostLabels.RemoveAll(c => c.Line < slot.From || c.Line >= slot.To);
        }

        if (labelled.Count > 0)
        {
            AdditionalGuests(context, labelled);
            return Distinct(labelled);
        }
        var prose = ProsePanel.Read(context);
        if (prose.Count > 0)
            return Distinct(prose);
        if (inLine.Count > 0)
            return Distinct(inLine); // a run-on record's guest field, where no sentence introduces the panel
        if (impulse.Count > 0)
            return Distinct(impulse.ConvertAll(c => c with { Rule = c.Rule + "; no separate podium, so the impulse speakers are the panel" }));
        var context1 = DiscussionContextGuests.Read(context);
        if (context1.Count > 0)
            return Distinct(context1); // guests introduced one per sentence after the discussion is announced
        if (unlabelled.Count >= 2)
            return Distinct(unlabelled.ConvertAll(c => c with { Rule = "unlabelled run of person lines (nothing else names the panel)" }));
        return [];
    }

    /// <summary>
    /// "Gäste: A, B. … Telefonisch zugeschaltet ist C aus Celle.": a guest added in prose beside a listed panel (a caller
    /// connected, a guest who joins later, a fourth guest) belongs to it. Only prose outside other programme items is read.
    /// </summary>
    private static void AdditionalGuests(ReadingContext context, List<PanelCandidate> labelled)
    {
        foreach (var line in context.Lines)
        {
            if (line.Kind != LineKind.Prose || line.Section is not (SectionRole.None or SectionRole.Panel))
                continue;
            foreach (var sentence in line.Block.Sentences)
            {
                if (PanelIntro.AdditionalGuestPart(sentence) is not { } part)
                    continue;
                foreach (var expert in PanelParser.ParseSeries(part))
                {
                    if (!context.NotPanel.ContainsKey(expert.Name))
                        labelled.Add(new PanelCandidate(expert, line.Number, "a guest added in prose beside the listed panel ('zugeschaltet ist', 'kommt dazu', 'will also take part')"));
                }
            }
        }
    }

    /// <summary>"Speaker:", "Referentin:": a field that names who speaks, of whatever programme item it stands in.</summary>
    private static bool IsSpeakerLabel(string label) =>
        label.Trim().ToLowerInvariant() is "speaker" or "speakers" or "referent" or "referentin" or "referenten" or "sprecher" or "sprecherin" or "redner" or "rednerin";

    private static void ReadLabelLine(ReadingContext context, BodyLine line, List<PanelCandidate> labelled, List<PanelCandidate> impulse, List<PanelCandidate> hostLabels, SectionRole item)
    {
        foreach (var segment0 in line.Segments)
        {
            // "Keynote: …" then "Speaker: X" in the same programme item: the keynote's speaker, not a panelist
            var segment = item != SectionRole.None && segment0.Role == SectionRole.Panel && IsSpeakerLabel(segment0.Label) ? segment0 with { Role = item } : segment0;
            if (segment.Text.Length == 0)
                continue;
            var text = segment.Text;
            var bar = text.IndexOf(" | ", StringComparison.Ordinal);
            if (bar > 0)
                text = text[..bar];
            if (segment.Role == SectionRole.Host)
            {
                text = FirstSentence(text, context.Language); // "Am Mikrofon: X. Im Studio beantworten A und B …": the host field ends with its sentence
                text = HostStatementCues.WithoutNicknames(HostStatementCues.FullNameInBrackets(text)); // "Jo „Jay“ Roe", "Jay (Jay Roe)": the person's own name
            }
            var target = segment.Role switch
            {
                SectionRole.Panel => labelled,
                SectionRole.Impulse => impulse,
                SectionRole.Host => hostLabels,
                _ => null,
            };
            foreach (var expert in InlineExperts(text, context.Language))
            {
                if (target is not null)
                    target.Add(new PanelCandidate(expert, line.Number, Rule(segment.Role, $"field '{segment.Label}:'")));
                else if (segment.Role is not (SectionRole.Schedule or SectionRole.Neutral or SectionRole.None))
                    NotPanel(context, expert.Name, $"named under '{segment.Label}' ({segment.Role.ToString().ToLowerInvariant()})", line.Number);
            }
        }
    }

    /// <summary>"A (X), B (Y)" as list records; "die Ärztin Eva Klein und der Jurist Tim Lang" as a prose series.</summary>
    private static List<Expert> InlineExperts(string text, DocumentLanguage language)
    {
        var first = text.Split(' ', 2)[0];
        if (first.Length > 0 && (!char.IsLower(first[0]) || PersonRecordReader.IsLowerCaseBrand(first)) && first is not ("Der" or "Die" or "Den" or "Dem" or "The"))
        {
            var records = InlineList.Read(text, language);
            if (records.Count > 0)
            {
                // "Bausenatorin Petra Lang (SPD), Mieterbund-Chef Lukas Wendt und die Stadtplanerin …": a prose series that
                // only opens like a record; the reading that finds more people wins
                var series = records.Count == 1 && text.Length <= ProsePanel.MaxSentenceLength ? PanelParser.ParseSeries(FirstSentence(text, language)) : [];
                return series.Count > 1 && series[0].Name == records[0].Name ? series : records.ConvertAll(r => new Expert(r.Name, r.Role, r.Affiliation));
            }
        }

        return text.Length <= ProsePanel.MaxSentenceLength ? PanelParser.ParseSeries(FirstSentence(text, language)) : [];
    }

    /// <summary>A field's value up to its first sentence end: "A, B und C. Durch den Abend führt D." lists A, B and C.</summary>
    private static string FirstSentence(string text, DocumentLanguage language) =>
        Text.SentenceSplitter.Split(text, language) is { Count: > 1 } sentences ? text[..(sentences[0].Start + sentences[0].Length)] : text;

    private static bool IsHostWord(string role) => SectionLabels.Lookup(role) == SectionRole.Host;

    /// <summary>
    /// "Moderator — Jane Doe, Correspondent, CNN", "Moderation – Jo Roe": a list line that opens with a moderation label and a
    /// dash (the label-first twin of "Jane Doe—Moderator") names the host, however the rest describes the person.
    /// </summary>
    internal static bool OpensWithHostLabel(string line)
    {
        var dash = line.AsSpan(0, Math.Min(line.Length, 40)).IndexOfAny("—–-");
        return dash > 1 && line[dash - 1] == ' ' && dash + 1 < line.Length && line[dash + 1] == ' '
            && SectionLabels.Lookup(line.AsSpan(0, dash - 1).Trim()) == SectionRole.Host;
    }

    /// <summary>
    /// "Witnesses: … Dame A, Chair, Environment Agency": in a panel list, a chair title with an organisation is the
    /// person's post there (the chair of a board), not the chair of this discussion.
    /// </summary>
    private static bool IsPostInPanelList(SectionRole label, string role, string? affiliation) =>
        label == SectionRole.Panel && affiliation is { Length: > 0 }
        && (role.StartsWith("Chair", StringComparison.OrdinalIgnoreCase) || role.StartsWith("Vorsitz", StringComparison.OrdinalIgnoreCase));

    /// <summary><see cref="Rule"/> of a list line, written once rather than for every person of a long list.</summary>
    private static string ListLineRule(SectionRole role) => role switch
    {
        SectionRole.Panel => ListLinePanel,
        SectionRole.Impulse => ListLineImpulse,
        SectionRole.Host => ListLineHost,
        _ => Rule(role, ListLine),
    };

    private const string ListLine = "list line";
    private static readonly string ListLinePanel = Rule(SectionRole.Panel, ListLine);
    private static readonly string ListLineImpulse = Rule(SectionRole.Impulse, ListLine);
    private static readonly string ListLineHost = Rule(SectionRole.Host, ListLine);

    private static string Rule(SectionRole role, string what) => role switch
    {
        SectionRole.Panel => $"{what} in a guest/panel list",
        SectionRole.Impulse => $"{what} under an 'Impuls' label",
        SectionRole.Host => $"{what} under a moderation label",
        _ => what,
    };

    private static void NotPanel(ReadingContext context, string name, string reason, int line)
    {
        context.NotPanel.TryAdd(name, reason);
        context.Explain(ExplanationFields.Panel, name, reason, line, accepted: false);
    }

    /// <summary>
    /// "Novelist Rosalind A.", "Schäferin Gesine W.", "der Hörer Ulrike K.": a capitalised role noun right before a known
    /// given name was read as the first name word; the name starts at the given name, and the noun is the role when no
    /// other is known. A first word that is itself a given name ("Maria Luisa Roe") stays.
    /// </summary>
    private static Expert WithoutLeadingNoun(Expert expert)
    {
        var name = expert.Name;
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        var second = space > 0 ? name.IndexOf(' ', space + 1) : -1;
        if (second < 0)
            return expert;
        var first = name[..space];
        if (GivenNames.Contains(first) || !GivenNames.Contains(name[(space + 1)..second]) || !(RoleWords.IsRole(first) || IsFemaleAgentNoun(first)))
            return expert;
        return expert with { Name = name[(space + 1)..], Role = expert.Role ?? first };
    }

    /// <summary>"Schäferin", "Aktivistin": a German agent noun in its female form (no given name ends so, see the caller).</summary>
    private static bool IsFemaleAgentNoun(string word) =>
        word.Length > 6 && char.IsUpper(word[0]) && (word.EndsWith("erin", StringComparison.Ordinal) || word.EndsWith("istin", StringComparison.Ordinal));

    private static List<PanelCandidate> Distinct(List<PanelCandidate> candidates)
    {
        var result = new List<PanelCandidate>(candidates.Count);
        var names = new HashSet<string>(candidates.Count, StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var expert = WithoutLeadingNoun(candidate.Expert);
            if (names.Add(expert.Name))
                result.Add(expert == candidate.Expert ? candidate : candidate with { Expert = expert });
        }

        return result;
    }
}
