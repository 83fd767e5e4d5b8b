using System.Buffers;
using System.Globalization;
using NewsBot.Core.Documents.People;
using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Structure;

/// <summary>
/// Recognises the blocks of a page before its sentences: labelled fields and section labels, guest and speaker
/// lists in any line shape, name lines with their title lines or bios, schedule and service lines, bylines,
/// headings, question lines and prose; then which section (and programme item) every line stands in.
/// </summary>
internal static class LayoutReader
{
    private static readonly string[] HeaderWords =
    [
        "gäste", "gast ", "zu gast", "guest", "panel", "podium", "diskutier", "debattier", "speakers", "teilnehm", "gesprächspartner",
        "diskutanten", "mit dabei", "im studio", "in the studio", "on the panel", "joining", "wer sitzt", "in der runde", "contributor", "participants",
    ];

    /// <summary>The <see cref="HeaderWords"/> searched for all at once (every short line is asked).</summary>
    private static readonly SearchValues<string> HeaderWordValues = SearchValues.Create(HeaderWords, StringComparison.Ordinal);

    /// <summary>
    /// Person lines read as such; later lines are read as headings or prose. No panel comes near it, and a page of
    /// thousands of name lines (a member directory, or a hostile one) then costs the reader no more than this many.
    /// </summary>
    internal const int MaxPersonLines = 500;

    public static List<BodyLine> Read(IReadOnlyList<Block> body, DocumentLanguage language, ParseExplanation? explanation)
    {
        var lines = new List<BodyLine>(body.Count);
        var persons = 0;
        foreach (var block in body)
        {
            var (content, bulleted) = StripBullet(block.Text);
            var line = new BodyLine(block, content, bulleted);
            Classify(line, language, readPersons: persons < MaxPersonLines);
            if (line.Kind == LineKind.Person && ++persons == MaxPersonLines)
                explanation?.Add(ExplanationFields.Block, $"the first {MaxPersonLines} person lines", "person lines after these are not read as people (no panel is that long)", line.Number);
            lines.Add(line);
        }

        ReadNameLines(lines, language);
        AssignSections(lines);
        if (explanation is not null)
        {
            foreach (var line in lines)
                explanation.Add(ExplanationFields.Block, Describe(line), line.Kind.ToString().ToLowerInvariant(), line.Number);
        }

        return lines;
    }

    private static string Describe(BodyLine line)
    {
        var text = line.Content.Length > 70 ? line.Content[..70] + "…" : line.Content;
        var section = line.Section == SectionRole.None ? string.Empty : $" [{line.Section.ToString().ToLowerInvariant()} section]";
        var header = line.PanelHeader ? " [announces a guest list]" : string.Empty;
        return text + section + header;
    }

    private static void Classify(BodyLine line, DocumentLanguage language, bool readPersons)
    {
        var content = line.Content;
        if (TableRow.Read(content, language) is { } row)
        {
            line.Kind = LineKind.Label; // "11:30 | Podium | A, Rolle; B, Rolle", "Moderation | X | Org": a flattened table's row
            line.Segments = row.Segments;
            line.TimedRow = row.Timed;
            return;
        }

        if (LabelSegments(content, language) is { Count: > 0 } segments)
        {
            line.Kind = LineKind.Label;
            line.Segments = segments;
            if (segments.Count == 1 && segments[0].Role == SectionRole.Byline && segments[0].Text.Length > 0)
                line.Kind = PersonRecordReader.Read(segments[0].Text, language) is { } author ? LineKind.Byline : LineKind.Schedule;
            else if (segments.Count == 1 && segments[0].Role == SectionRole.Schedule)
                line.Kind = LineKind.Schedule;
            return;
        }

        if (OtherDateLabel(content) is { } other)
        {
            line.Kind = LineKind.Label; // "Nächster Termin der Reihe: …", "Next week's programme: …": people of another date
            line.Segments = [other];
            return;
        }

        if (ScheduleText.IsScheduleLine(content))
        {
            line.Kind = LineKind.Schedule;
            return;
        }

        if (IsByline(content, language))
        {
            line.Kind = LineKind.Byline;
            return;
        }

        line.PanelHeader = IsPanelHeader(content);
        if (!line.PanelHeader && readPersons && PersonRecordReader.ReadLine(content, language) is { } person)
        {
            line.Kind = LineKind.Person;
            line.Person = person;
            return;
        }

        if (line.Block.IsAllQuestions())
            line.Kind = LineKind.Question;
        else if (IsHeading(content))
            line.Kind = LineKind.Heading;
        else
            line.Kind = LineKind.Prose;
    }

    /// <summary>Name-only lines need evidence: a title line or a bio below, a label above, or a known given name among neighbours.</summary>
    private static void ReadNameLines(List<BodyLine> lines, DocumentLanguage language)
    {
        var underLabel = false;
        for (var k = 0; k < lines.Count; k++)
        {
            if (k > 0)
                underLabel = UnderSectionLabel(lines[k - 1], underLabel);
            var line = lines[k];
            if (line.Kind != LineKind.Person || line.Person is not { NameOnly: true } person)
                continue;
            var next = k + 1 < lines.Count ? lines[k + 1] : null;
            var name = person.Name.AsSpan(); // spans: most name lines have no prose below, and need no family or given name
            var family = name[(name.LastIndexOf(' ') + 1)..];
            var given = name[..(name.IndexOf(' ') + 1)];
            if (next is { Kind: LineKind.Prose } && (next.Content.AsSpan().Contains(family, StringComparison.Ordinal)
                || given.Length > 2 && next.Content.AsSpan().StartsWith(given, StringComparison.Ordinal) // "Callum is a debt adviser …": the bio by first name
                || OpensWithLowerVerb(next.Content)))
            {
                for (var j = k + 1; j < lines.Count && lines[j].Kind == LineKind.Prose; j++)
                    lines[j].Kind = LineKind.Bio;
                continue;
            }

            if (next is not null && (next.Kind is LineKind.Heading or LineKind.Prose && IsTitleLine(next.Content) || IsRoleRecord(next)))
            {
                next.Kind = LineKind.PersonTitle;
                next.Person = null;
                var title = next.Content;
                var moderates = PersonRecordReader.ModeratorSuffix(ref title);
                var (role, affiliation) = DescriptionReader.Read(title);
                line.Person = person with { Role = role, Affiliation = affiliation, NameOnly = false, Moderates = moderates };
                continue;
            }

            if (IsClosingByline(lines, k))
            {
                line.Kind = LineKind.Byline;
                continue;
            }

            var neighbours = (k > 0 && lines[k - 1].Kind is LineKind.Person or LineKind.Label) || next is { Kind: LineKind.Person };
            if (!(person.Known && (neighbours || underLabel) || underLabel && next is { Kind: LineKind.Prose }))
                line.Kind = LineKind.Heading;
        }

        _ = language;
    }

    /// <summary>
    /// "Jane Roe" / "ist Hydrologin an der …", "is a hydrologist at …", "arbeitet als …": a bio cut from the name above it
    /// opens in lower case with the verb the name is the subject of (a copula or a verb of work, the words a biography
    /// sentence goes on with after the name); a line that opens with any other lower-case word is not such a bio.
    /// </summary>
    internal static bool OpensWithLowerVerb(string content)
    {
        if (content.Length < 8 || !char.IsLower(content[0]))
            return false;
        var space = content.IndexOf(' ');
        return space > 0 && BioVerbs.Contains(content[..space]);
    }

    private static readonly HashSet<string> BioVerbs = new(StringComparer.Ordinal)
    {
        "ist", "war", "arbeitet", "leitet", "forscht", "lehrt", "berät", "entwickelt", "gründete", "gehört", "vertritt", "engagiert",
        "is", "was", "works", "leads", "heads", "runs", "directs", "teaches", "researches", "chairs", "advises", "founded", "has", "serves",
    };

    /// <summary>
    /// Whether a line stands under a section label, with only people and their description lines in between ("The panel
    /// includes:"), given the line <paramref name="above"/> it and whether that one does. Carried down the page line by
    /// line (a line above is final once the reader has passed it), so no line looks back over the page.
    /// </summary>
    private static bool UnderSectionLabel(BodyLine above, bool aboveIsUnderLabel)
    {
        if (above.IsBareLabel)
            return above.Segments[0].Role is not (SectionRole.Neutral or SectionRole.Schedule);
        if (above.Kind is LineKind.Heading or LineKind.Schedule or LineKind.Label or LineKind.Question && above.Person is null)
            return false;
        return aboveIsUnderLabel;
    }

    /// <summary>
    /// "Former Director of Naval Intelligence, Irish Defence Forces" under a name line: a line read as a person whose
    /// "name" is made of role words is the title line of the name above it.
    /// </summary>
    private static bool IsRoleRecord(BodyLine? next) =>
        next is { Kind: LineKind.Person, Person: { Known: false, NameOnly: false } record } && RoleWords.HasRole(record.Name) && IsTitleLine(next.Content);

    /// <summary>A name line followed only by dates to the end of the page: the author ("Matthias Fejes" / "10.03.2022").</summary>
    private static bool IsClosingByline(List<BodyLine> lines, int k)
    {
        if (k + 1 >= lines.Count)
            return k > 0 && lines[k - 1].Kind is LineKind.Prose;
        for (var j = k + 1; j < lines.Count; j++)
        {
            if (lines[j].Kind != LineKind.Schedule)
                return false;
        }

        return true;
    }

    /// <summary>"Vice President for Studies", "State Secretary, German Federal Ministry of Defence": short, no sentence, no name.</summary>
    private static bool IsTitleLine(string text)
    {
        if (text.Length > 140 || text.EndsWith('.') || text.EndsWith('?') || text.EndsWith(':'))
            return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 14 && (RoleWords.HasRole(text) || words.Any(NameRules.IsOrganisationWord));
    }

    private static void AssignSections(List<BodyLine> lines)
    {
        var section = SectionRole.None;
        var headerRun = false;
        var item = 0;
        var itemRole = SectionRole.None;
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            if (line.Kind == LineKind.Schedule && StartsProgrammeItem(line.Content) && !(k > 0 && lines[k - 1].IsBareLabel))
            {
                item++;
                itemRole = SectionLabels.Lookup(ItemTitle(line.Content));
                section = itemRole is SectionRole.Schedule or SectionRole.Neutral ? SectionRole.None : itemRole;
                headerRun = false;
            }
            else if (line.TimedRow)
            {
                item++; // "11:30 | Podiumsgespräch | …": a timed table row is a programme slot of its own
                itemRole = line.Segments[0].Role;
                section = SectionRole.None;
                headerRun = false;
            }
            else if (line.IsBareLabel)
            {
                var role = line.Segments[0].Role;
                section = role is SectionRole.Neutral or SectionRole.Schedule ? SectionRole.None : role;
                if (role is SectionRole.Keynote or SectionRole.Closing or SectionRole.Welcome || role == SectionRole.Panel && !headerRun)
                {
                    item++;
                    itemRole = role;
                }

                headerRun = false;
            }
            else if (line.PanelHeader)
            {
                headerRun = true;
            }
            else if (line.Kind is LineKind.Person or LineKind.PersonTitle or LineKind.Bio)
            {
                line.Section = section != SectionRole.None ? section : headerRun ? SectionRole.Panel : SectionRole.None;
            }
            else if (line.Kind is not (LineKind.Schedule or LineKind.Heading) && !(line.Kind == LineKind.Prose && line.Content.EndsWith(',')))
            {
                headerRun = false; // a prose line that ends in a comma is one item of the list going on ("B, der …,")
            }

            if (line.Kind is not (LineKind.Person or LineKind.PersonTitle or LineKind.Bio))
                line.Section = line.IsBareLabel ? line.Segments[0].Role : section;
            line.Item = item;
            line.ItemRole = itemRole;
        }
    }

    private static bool StartsProgrammeItem(string content) => ScheduleText.HasClockTime(content);

    /// <summary>"16.00 Uhr Metadiskurse" → "Metadiskurse".</summary>
    private static string ItemTitle(string content)
    {
        var words = content.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        while (i < words.Length && (char.IsDigit(words[i][0]) || words[i] is "Uhr" or "ab" or "bis" or "–" or "-" or "AM" or "PM" or "a.m." or "p.m."))
            i++;
        var title = string.Join(' ', words.Skip(i));
        var cut = title.IndexOfAny(['–', '—', ':', '|']);
        return (cut > 0 ? title[..cut] : title).Trim(); // "16:00 Uhr Begrüßung – Forum" → "Begrüßung"
    }

    /// <summary>"Gäste:", "Für Dienstag … hat die Redaktion diese Gäste eingeladen:", "Wer diskutiert am 9. März?", "Die Gäste am 15.9.".</summary>
    private static bool IsPanelHeader(string content)
    {
        if (content.Length > 160 || content.Contains('(', StringComparison.Ordinal))
            return false;
        var bar = content.IndexOf(" | ", StringComparison.Ordinal);
        if (bar > 0 && SectionLabels.Lookup(content.AsSpan(0, bar)) == SectionRole.Panel)
            return true; // "Speaker | Title | Organization": the header row of a table of speakers
        var ending = content[^1];
        if (ending == '.' || Tokens.SpaceSeparatedCount(content) > 16)
            return false;
        Span<char> lower = stackalloc char[content.Length + 1]; // at most 161 characters, see above
        InvariantLower.Into(content, lower);
        lower[^1] = ' ';
        return ((ReadOnlySpan<char>)lower).ContainsAny(HeaderWordValues);
    }

    private static bool IsHeading(string content)
    {
        if (content.Length > 120 || content.EndsWith('.') || content.EndsWith('!') || content.EndsWith('“') && content.Contains(". ", StringComparison.Ordinal))
            return content.EndsWith(':') || content.AsSpan().Count(' ') < 3 && !content.EndsWith('.'); // at most three parts
        return Tokens.SpaceSeparatedCount(content) <= 14;
    }

    private static bool IsByline(string content, DocumentLanguage language)
    {
        if (!(content.StartsWith("Von ", StringComparison.Ordinal) || content.StartsWith("By ", StringComparison.Ordinal)
            || content.StartsWith("von ", StringComparison.Ordinal) || content.StartsWith("by ", StringComparison.Ordinal)))
            return false;
        var rest = content[(content.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        return rest.Split(' ').Length <= 8 && PersonRecordReader.Read(rest, language) is { NameOnly: true } or { Role: null };
    }

    /// <summary>The labelled fields of a line that opens with a known label ("Moderation: X", "Mit: A, B. Moderation: C", "Podium").</summary>
    private static List<LabelSegment>? LabelSegments(string content, DocumentLanguage language)
    {
        if (content.Length > 2000)
            return null;
        var bare = content.TrimEnd(':').Trim();
        if (bare.AsSpan().Count(' ') < 5 && SectionLabels.Lookup(bare) is var whole and not SectionRole.None) // at most five words
            return [new LabelSegment(whole, bare, string.Empty)];

        List<(int Start, int TextStart, SectionRole Role, string Label)>? starts = null; // made at the first label: most lines have none
        var depth = 0;
        var segmentStart = 0;
        for (var c = 0; c < content.Length; c++)
        {
            var ch = content[c];
            if (ch == '(')
                depth++;
            else if (ch == ')' && depth > 0)
                depth--;
            if (ch != ':' || depth > 0 || c + 1 < content.Length && char.IsDigit(content[c + 1]) && c > 0 && char.IsDigit(content[c - 1]))
                continue;
            var label = LabelBefore(content, segmentStart, c);
            if (label is null)
                continue;
            (starts ??= []).Add((label.Value.Start, c + 1, label.Value.Role, content[label.Value.Start..c].Trim()));
            segmentStart = c + 1;
        }

        if (starts is null || starts[0].Start != 0 && !IsShortPrefix(content[..starts[0].Start]))
            return WordLabel(content, language);
        if (starts[0].Start != 0 && OtherDate(content[..starts[0].Start]))
            starts[0] = starts[0] with { Role = SectionRole.Other }; // "Nächste Woche am Mikrofon: …", "Next week's host: …"
        else if (starts[0].Start != 0 && AsksQuestions(content[..starts[0].Start]))
            starts[0] = starts[0] with { Role = SectionRole.Neutral }; // "Questions for the panel: …", "Fragen an die Gäste: …"
        var segments = new List<LabelSegment>(starts.Count);
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1].Start : content.Length;
            var text = content[starts[s].TextStart..end].Trim().TrimEnd('.', ';', ',').Trim();
            segments.Add(new LabelSegment(starts[s].Role, starts[s].Label, text));
        }

        return segments;
    }

    /// <summary>A line that opens with a short unknown label naming another date ("Nächster Termin der Reihe:"), as one segment of another item.</summary>
    private static LabelSegment? OtherDateLabel(string content)
    {
        var colon = content.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || colon > 60)
            return null;
        var prefix = content[..colon];
        return prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 && prefix.IndexOfAny(['.', ',', '?', '!']) < 0 && OtherDate(prefix)
            ? new LabelSegment(SectionRole.Other, prefix, content[(colon + 1)..].Trim())
            : null;
    }

    /// <summary>"Nächste Woche", "Next week's", "Last time": a label prefix that moves its people to another date.</summary>
    private static bool OtherDate(string prefix)
    {
        foreach (var word in prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (OtherDateWords.Contains(word.TrimEnd('\'', '’', 's', ':').ToLowerInvariant()))
                return true;
        }

        return false;
    }

    private static readonly HashSet<string> OtherDateWords = new(StringComparer.Ordinal)
    {
        "nächste", "nächsten", "nächster", "nächstes", "kommende", "kommenden", "letzte", "letzten", "vorige", "vorigen", "vergangene", "vergangenen",
        "next", "last", "previou", "previous", "earlier", "upcoming", "sonst", "usually", "regular",
    };

    /// <summary>A few words before the first label, no sentence: page furniture ("Zum Kalender hinzufügen Fotos").</summary>
    /// <summary>
    /// "Questions for the panel", "Fragen an die Gäste", "Key questions for our speakers": the label is about questions (its
    /// first or second word, in a label of at most four words before the panel word), and the panel word only says whom
    /// they are for; what follows is questions, not people. "… beantworten Fachleute Ihre Fragen live im Studio:" is no such
    /// label: there the questions are an object in a sentence.
    /// </summary>
    private static bool AsksQuestions(string prefix)
    {
        var words = prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 4 && words.Take(2).Any(QuestionNouns.Contains);
    }

    private static readonly HashSet<string> QuestionNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "questions", "question", "fragen", "frage", "leitfragen", "leitfrage", "kernfragen", "kernfrage", "streitfragen", "streitfrage",
    };

    private static bool IsShortPrefix(string prefix) =>
        prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8 && prefix.IndexOfAny(['.', '?', '!', ',']) < 0;

    /// <summary>The longest run of up to four words just before <paramref name="colon"/> that is a known label.</summary>
    private static (int Start, SectionRole Role)? LabelBefore(string content, int from, int colon)
    {
        var start = colon;
        (int, SectionRole)? found = null;
        for (var words = 0; words < 4 && start > from; words++)
        {
            var space = content.LastIndexOf(' ', start - 1, start - from);
            var wordStart = space < from ? from : space + 1;
            if (wordStart >= colon)
                break;
            var role = SectionLabels.Lookup(content.AsSpan(wordStart, colon - wordStart));
            // "Tonight your host X is joined by:": a byline word ends a lead-in, it labels only a line it opens
            if (role != SectionRole.None && (wordStart == from || wordStart == 0 || content[wordStart - 1] == ' ') && !(role == SectionRole.Byline && wordStart > from && content.Length - colon < 3))
                found = (wordStart, role);
            start = wordStart - 1;
            if (space < from)
                break;
        }

        return found;
    }

    /// <summary>"Moderation Prof. Dr. Paul Nolte": a one-word label without colon, then a person.</summary>
    private static List<LabelSegment>? WordLabel(string content, DocumentLanguage language)
    {
        var space = content.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
            return null;
        var role = SectionLabels.Lookup(content.AsSpan(0, space));
        if (role is SectionRole.None or SectionRole.Schedule or SectionRole.Neutral or SectionRole.Byline or SectionRole.Panel)
            return null;
        var rest = content[(space + 1)..];
        return PersonRecordReader.Read(rest, language) is not null ? [new LabelSegment(role, content[..space], rest)] : null;
    }

    private static (string Content, bool Bulleted) StripBullet(string text)
    {
        if (text.Length > 2 && text[0] is '-' or '*' or '•' or '–' or '—' or '·' or '▪' or '◦' or '‣' && text[1] == ' ')
            return (text[2..].TrimStart(), true);
        var digits = text.Length > 3 && char.IsDigit(text[0]) ? char.IsDigit(text[1]) ? 2 : 1 : 0;
        if (digits > 0 && text.Length > digits + 2 && text[digits] is '.' or ')' && text[digits + 1] == ' '
            && !ScheduleText.IsDateWord(text[(digits + 2)..].Split(' ', 2)[0].TrimEnd(':', ',')))
            return (text[(digits + 2)..].TrimStart(), true);
        var symbols = PictographBullet(text);
        return symbols > 0 ? (text[symbols..].TrimStart(), true) : (text, false);
    }

    /// <summary>Longest run of symbol characters read as one bullet ("🎙️", "👉🏽", "→", "✔").</summary>
    private const int MaxPictographBullet = 8;

    /// <summary>
    /// "🎙️ Name – Rolle", "👉 Name", "→ Frage?": the length of a leading run of pictographs and arrows (with their
    /// variation selectors, skin tones and joiners) that a space follows, or 0. Such a run marks a list line as a dash does.
    /// </summary>
    internal static int PictographBullet(string text)
    {
        var i = 0;
        var symbols = 0;
        while (i < text.Length && i < MaxPictographBullet)
        {
            var c = text[i];
            if (c is '\uFE0F' or '\uFE0E' or '\u200D')
            {
                i++;
                continue;
            }

            var category = char.IsSurrogatePair(text, i) ? CharUnicodeInfo.GetUnicodeCategory(text, i) : char.GetUnicodeCategory(c);
            if (category is not (UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol) || c is '©' or '®' or '|')
                break; // "© 2026 …" is a footer, "| …" a separator
            symbols++;
            i += char.IsSurrogatePair(text, i) ? 2 : 1;
        }

        return symbols > 0 && i + 1 < text.Length && text[i] == ' ' ? i + 1 : 0;
    }
}
