using System.Buffers;
using System.Text.RegularExpressions;
using NewsBot.Core.Documents.People;
using NewsBot.Core.Documents.Structure;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// Finds the moderator of this discussion: a moderation label of the panel's programme item ("Moderation: X",
/// "Chair"), prose ("X führt durch …", "moderiert von X", "Es moderiert X", "moderated by X", "chaired by X",
/// "X will moderate", "X moderates the panel", "X will serve as moderator", "With X.", "X diskutiert mit ihren Gästen",
/// "Diese Gäste begrüßt X", "Im Gespräch mit X …"), a headline "X: … &lt;show&gt; …", and finally a show named after
/// its presenter. Moderators of other programme items and habitual statements ("Seit 2003 führt X …") come last.
/// </summary>
internal static partial class HostReader
{
    private const int MaxSentenceLength = 600;

    public static string? Read(ReadingContext context, List<PanelCandidate> panel, List<PanelCandidate> hostLabels) =>
        WithoutLeadingRole(ReadName(context, panel, hostLabels));

    /// <summary>
    /// "Vice-Chair Margarethe Beispiel", "Bishop Anna Muster": a first word that is a role (and no given name) before a
    /// name of two words or more is the host's title, not part of the name.
    /// </summary>
    internal static string? WithoutLeadingRole(string? name)
    {
        var space = name?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
        if (name is null || space <= 0 || name.IndexOf(' ', space + 1) < 0)
            return name;
        var first = name[..space];
        return RoleWords.IsRole(first) && !GivenNames.Contains(first) ? name[(space + 1)..] : name;
    }

    private static string? ReadName(ReadingContext context, List<PanelCandidate> panel, List<PanelCandidate> hostLabels)
    {
        var panelLine = panel.Count > 0 ? panel[0].Line : -1;
        var labels = hostLabels.Where(h => ItemOf(context, h.Line) is not (SectionRole.Welcome or SectionRole.Other or SectionRole.Closing or SectionRole.Keynote)).ToList();
        if (labels.Count > 0)
        {
            var best = panelLine < 0 ? labels[0] : labels.MinBy(h => Math.Abs(h.Line - panelLine))!;
            context.Explain(ExplanationFields.Host, best.Expert.Name, best.Rule + (panelLine < 0 ? string.Empty : ", the moderation label nearest the panel"), best.Line);
            return best.Expert.Name;
        }

        if ((SectionHost(context) ?? ByLineHost(context)) is { } sectionHost)
            return sectionHost;

        if (StandIn(context) is { } standIn)
            return standIn;

        if (RunOnHostField(context) is { } runOn)
            return runOn;

        (string Name, int Line, string Rule)? habitual = null;
        string? previous = null;
        foreach (var line in context.Lines)
        {
            // a schedule line may state the host too ("X begrüßt am Montag um 21 Uhr folgende Gäste:")
            if (line.Kind is not (LineKind.Prose or LineKind.Heading or LineKind.Question or LineKind.Bio or LineKind.Schedule) || line.Section is SectionRole.Welcome or SectionRole.Closing or SectionRole.Keynote or SectionRole.Other)
            {
                previous = null;
                continue;
            }

            var block = line.Block;
            for (var s = 0; s < block.Sentences.Count; s++)
            {
                var sentence = block.Sentences[s];
                var before = previous;
                previous = sentence;
                if (sentence.Length > MaxSentenceLength)
                    continue;
                if ((FromSentence(sentence, context.Language) ?? AnswersWhoHosts(sentence, before)) is not { } found)
                {
                    if (PronounTalker(sentence, before) is not { } talker)
                        continue;
                    found = (talker, false, "a pronoun talking with described guests ('Sie ist im Gespräch mit der Ärztin …'): the person named in the sentence before");
                }

                if (OpensWithOtherEdition(sentence))
                {
                    context.Explain(ExplanationFields.Host, found.Name, "hosts another edition ('Yesterday's …', 'Die nächste Ausgabe …')", line.Number, accepted: false);
                    continue;
                }

                if (HabitualRegex().IsMatch(sentence))
                {
                    habitual ??= (found.Name, line.Number, found.Rule + " (a habitual statement about the show)");
                    continue;
                }

                if (found.Whole)
                    block.Remove(s);
                context.Explain(ExplanationFields.Host, found.Name, found.Rule, line.Number);
                return found.Name;
            }
        }

        if (RoleWordHost(context, panel) is { } named)
            return named;

        if (CompanionHost(context, panel) is { } companion)
            return companion;

        if (HeadlineHost(context) is { } fromHeadline)
        {
            context.Explain(ExplanationFields.Host, fromHeadline, "the headline opens with this person and names the show");
            return fromHeadline;
        }

        if (ShowWithHost(context, panel) is { } showWith)
            return showWith;

        if (Eponymous(context) is { } eponymous)
        {
            context.Explain(ExplanationFields.Host, eponymous, "the show is named after this person");
            return eponymous;
        }

        if (habitual is { } h)
        {
            context.Explain(ExplanationFields.Host, h.Name, h.Rule, h.Line);
            return h.Name;
        }

        if (hostLabels.Count > 0)
            context.Explain(ExplanationFields.Host, hostLabels[0].Expert.Name, "moderates another programme item, not the discussion", hostLabels[0].Line, accepted: false);
        return null;
    }

    /// <summary>
    /// "Für sie springt heute X ein", "X vertritt sie", "X is filling in": a stand-in presents this edition, whoever
    /// usually does (the usual host is named nearby and would otherwise be read as the host).
    /// </summary>
    private static string? StandIn(ReadingContext context)
    {
        foreach (var line in context.Lines)
        {
            if (line.Kind is not (LineKind.Prose or LineKind.Bio) || line.Section is SectionRole.Welcome or SectionRole.Closing or SectionRole.Keynote or SectionRole.Other)
                continue;
            foreach (var sentence in line.Block.Sentences)
            {
                if (sentence.Length > MaxSentenceLength || sentence.AsSpan().IndexOfAny(StandInWords) < 0 || StandInPhrase.Find(sentence) is not { } match
                    || PersonParser.ParseLeading(match.Name.TrimEnd('.')) is not { } person || HabitualRegex().IsMatch(sentence[match.Index..]))
                    continue;
                context.Explain(ExplanationFields.Host, person.Name, "a stand-in for the usual host ('springt ein', 'vertritt', 'filling in', 'takes the chair'; a habit named before the stand-in is the usual host's)", line.Number);
                return person.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// "Die Kernfrage, die Moderatorin X (WDR) immer wieder stellte: …": when no host phrase names the host, a moderation
    /// word right before a name anywhere in the topic's sentences does, unless the sentence speaks of another date or
    /// habit ("last week's host", "sonst moderiert …") or the person is on the panel.
    /// </summary>
    private static string? RoleWordHost(ReadingContext context, List<PanelCandidate> panel)
    {
        foreach (var line in context.Lines)
        {
            // "Host X takes your calls with three guests: …" is read as a label line; a lead-in of several words before its colon is prose
            // so is "Join host X and our guests:" (a lead-in before the label) and a heading that leads into a list ("… Guest host X talks to:")
            if (!(line.Kind is LineKind.Prose or LineKind.Question || line.PanelHeader || line.Kind is LineKind.Label && line.Segments.Count > 0 && (line.Segments[0].Label.Count(c => c == ' ') >= 3
                || !line.Content.StartsWith(line.Segments[0].Label, StringComparison.Ordinal)) || line.Kind is LineKind.Heading && line.Content.EndsWith(':'))
                || line.Section is not (SectionRole.None or SectionRole.Panel or SectionRole.Host))
                continue;
            foreach (var sentence0 in line.Block.Sentences)
            {
                if (sentence0.Length > MaxSentenceLength || !sentence0.Contains("oder", StringComparison.OrdinalIgnoreCase) && !sentence0.Contains("ast", StringComparison.Ordinal)
                    && !sentence0.Contains("ost", StringComparison.Ordinal) && !sentence0.Contains("nchor", StringComparison.Ordinal) && !sentence0.Contains("resenter", StringComparison.Ordinal)
                    && !sentence0.Contains("treamer", StringComparison.Ordinal))
                    continue;
                var sentence = WithoutNicknames(sentence0); // the quotes of a nickname ("Streamerin Lea „Lea“ Roe") are no reported speech
                if (RoleWordBeforeName.Find(sentence) is not { } match || HabitualRegex().IsMatch(sentence) || HasOtherDateWord(sentence.AsSpan(0, match.Index))
                    || IsReported(sentence) || NameRightAfter(match.After) is not { } found)
                    continue;
                // "begrüßt Moderator X: Dr. A, …": a name before the colon that leads into the guests is the host, even when a series reader took it in
                if (EndsWithVerbBefore(sentence.AsSpan(0, match.Index)))
                    continue; // "The library will host Jane Doe": the verb, not the role word
                var name = found.Name;
                if (panel.Exists(p => p.Expert.Name == name) && !found.BeforeColon)
                    continue;
                context.Explain(ExplanationFields.Host, name, "a moderation word right before the name ('die Moderatorin X', 'host X') in the topic's text", line.Number);
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// "In the studio with Jo: A, …", "Joining Jo are A and B", "Im Studio bei Anna sind …": the person the guests are with is
    /// the host; a first name alone is the person of that first name named before in the paragraph.
    /// </summary>
    private static string? CompanionHost(ReadingContext context, List<PanelCandidate> panel)
    {
        foreach (var line in context.Lines)
        {
            if (line.Kind is not LineKind.Prose || line.Section is not (SectionRole.None or SectionRole.Panel or SectionRole.Host))
                continue;
            var sentences = line.Block.Sentences;
            for (var s = 0; s < sentences.Count; s++)
            {
                if (sentences[s].Length > MaxSentenceLength || CompanionPhrase.Name(sentences[s]) is not { } named)
                    continue;
                string? name = named.Contains(' ', StringComparison.Ordinal) ? NameRightAfter(named + ":")?.Name : null;
                for (var b = s - 1; name is null && b >= 0 && b >= s - 3; b--)
                    name = FullNameOf(named, sentences[b]);
                if (name is null || panel.Exists(p => p.Expert.Name == name))
                    continue;
                context.Explain(ExplanationFields.Host, name, "the person the guests are with ('In the studio with X:', 'Joining X are …'), named before by first name", line.Number);
                return name;
            }
        }

        return null;
    }

    /// <summary>The full name in <paramref name="sentence"/> whose first word is <paramref name="first"/>, or null.</summary>
    private static string? FullNameOf(string first, string sentence)
    {
        if (sentence.Length > MaxSentenceLength || !sentence.Contains(first + " ", StringComparison.Ordinal))
            return null;
        var tokens = Tokens.Of(sentence, 120);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (NameReader.At(tokens, i) is { Possessive: false } match && match.Name.StartsWith(first + " ", StringComparison.Ordinal))
                return match.Name;
        }

        return null;
    }

    /// <summary>The person named right at the start of <paramref name="text"/> (two name words or more), and whether a colon follows the name.</summary>
    private static (string Name, bool BeforeColon)? NameRightAfter(string text)
    {
        var tokens = Tokens.Of(WithoutNicknames(text), 16);
        if (NameReader.At(tokens, 0) is not { Possessive: false } match || !match.Name.Contains(' ', StringComparison.Ordinal)
            || !match.Known && match.End < tokens.Count && char.IsLower(tokens[match.End].Text[0]) && RoleWords.IsRole(tokens[match.End].Text))
            return null;
        return (match.Name, tokens[match.End - 1].Text.EndsWith(':'));
    }

    private static SectionRole ItemOf(ReadingContext context, int line) =>
        context.Lines.Find(l => l.Number == line) is { } found ? found.ItemRole : SectionRole.None;

    /// <summary>Whether <paramref name="sentence"/> names the host by one of the host phrases.</summary>
    private static bool Has(string sentence, string one, string other) =>
        sentence.Contains(one, StringComparison.Ordinal) || sentence.Contains(other, StringComparison.Ordinal);

    internal static bool NamesHost(string sentence) => sentence.Length <= MaxSentenceLength && FromSentence(sentence, DocumentLanguage.English) is not null;

    private static (string Name, bool Whole, string Rule)? FromSentence(string sentence0, DocumentLanguage language)
    {
        var sentence = WithoutNicknames(sentence0); // "Your host is Jo "Jay" Roe": a nickname in quotes is neither a name word nor a quotation
        Match match;
        if (sentence.AsSpan().IndexOfAny(HostPhraseWords) < 0)
        {
            return sentence.StartsWith("With", StringComparison.Ordinal) && (match = WithLineRegex().Match(sentence)).Success && Leading(match.Groups["rest"].Value) is { } alone
                ? (alone, true, "a line 'With X.' under the title")
                : null;
        }

        if (PanelIntro.HostPart(sentence) is { } part && (PersonParser.ParseLeading(part.Name)?.Name ?? NameAfter(part.Name)) is { } person)
            return (person, part.Whole, "host phrase (moderation line, 'moderiert von', 'führt durch', 'Host X talks with')");
        // each phrase's regular expression runs only when a word it cannot match without is there (an ordinal search)
        if (Has(sentence, "by", "von") && (match = ByRegex().Match(sentence)).Success && NameAfter(match.Groups["rest"].Value) is { } by)
            return (by, false, "'moderated/chaired/hosted by X'");
        if ((match = SubjectVerbRegex().Match(sentence)).Success && !EndsWithRelativePronoun(sentence.AsSpan(0, match.Index)) && FirstPerson(sentence[..match.Index]) is { } subject)
            return (subject, false, "'X will moderate / moderates / will serve as moderator'");
        if (sentence.Contains("führ", StringComparison.Ordinal) && (match = LeadsThroughRegex().Match(sentence)).Success && Leading(match.Groups["rest"].Value) is { } leads)
            return (leads, true, "'Durch … führt X' / 'X führt durch …'");
        if (Has(sentence, "Gäst", "guests") && (match = WithGuestsRegex().Match(sentence)).Success && FirstPerson(sentence[..match.Index]) is { } withGuests)
            return (withGuests, false, "'X diskutiert mit ihren Gästen'");
        if (sentence.Contains("Gäste", StringComparison.Ordinal) && (match = WelcomesGuestsRegex().Match(sentence)).Success && Leading(match.Groups["rest"].Value) is { } welcomes)
            return (welcomes, false, "'Diese Gäste begrüßt X'");
        if (sentence.StartsWith("Im", StringComparison.Ordinal) && (match = InConversationRegex().Match(sentence)).Success && Leading(match.Groups["rest"].Value) is { } talker)
            return (talker, false, "'Im Gespräch mit X' opens the sentence about the guest");
        if (GuestsHostPhrases.TalksWithGuests(sentence) is { } talksWith && NameAfter(talksWith) is { } inverted)
            return (inverted, false, "'spricht X mit drei Gästen / ihren Gästen': the person who talks with the guests");
        if (Has(sentence, "mit", "with") && (match = PersonDiscussesRegex().Match(sentence)).Success && FirstPerson(sentence) is { } discusser && sentence.StartsWith(discusser, StringComparison.Ordinal))
            return (discusser, false, "'X diskutiert mit …' with a person as the subject");
        if (PanelIntro.GuestsTalkTo(sentence) is { } talk && NameAfter(talk.Host) is { } talkedTo)
            return (talkedTo, false, "'A and B talk to X': the person the guests talk to");
        if ((match = InTheChairRegex().Match(sentence)).Success && NameAfter(match.Groups["rest"].Value) is { } chair)
            return (chair, false, "'with X in the chair'");
        if ((match = ModeratorLeadsRegex().Match(sentence)).Success && Leading(match.Groups["rest"].Value) is { } leader)
            return (leader, false, "'Moderator X led/opened …'");
        if ((match = ReturnsWithPanelRegex().Match(sentence)).Success && FirstPerson(sentence) is { } returner && sentence.StartsWith(returner, StringComparison.Ordinal))
            return (returner, false, "'X returns with a panel'");
        if ((match = GreetsAsGuestsRegex().Match(sentence)).Success && Leading(match.Groups["rest"].Value) is { } greeter)
            return (greeter, false, "'Als Gesprächspartner begrüßt X …'");
        if (ChairingPhrase.Rest(sentence) is { } chairingRest && (FirstPerson(AfterHostWord(chairingRest)) ?? Leading(AfterHostWord(chairingRest))) is { } chairing)
            return (chairing, false, "'Chairing the evening, X …' / 'Die Leitung des Abends hatte X'");
        if (GuestsHostPhrases.ReceivesGuests(sentence) is { } receiver && Leading(receiver) is { } asker)
            return (asker, false, "'begrüßt Moderatorin X zwei Gäste' / 'X asks her guests': the person who receives the guests");
        if (GuestsHostPhrases.SubjectAsksGuests(sentence) is { } asking && FirstPerson(asking) is { } subjectAsks)
            return (subjectAsks, false, "'X asks her guests' / 'X welcomes two guests'");
        if (TakesModerationPhrase.Taker(sentence) is { } takes && NameAfter(takes) is { } taker0 && WithoutRoleNoun(taker0) is { } taker)
            return (taker, false, "'X übernahm die Moderation/Gesprächsleitung' / 'X took the chair': the moderation as the object");
        if ((match = TheModeratorRegex().Match(sentence)).Success && Leading(match.Groups["rest"].Value) is { } named)
            return (named, false, "'the moderator, X' / 'Moderatorin ist X'");
        if ((match = WithLineRegex().Match(sentence)).Success && Leading(match.Groups["rest"].Value) is { } with)
            return (with, true, "a line 'With X.' under the title");
        _ = language;
        return FromStatement(sentence);
    }

    /// <summary>
    /// Words of which every host phrase below contains one (the moderation verb or noun, "guests", the discussion verb),
    /// and so does every phrase of <see cref="PanelIntro.HostPart"/>: most sentences of a page have none, and they skip
    /// the phrases' regular expressions, the reader's costliest step on a page without a host.
    /// </summary>
    private static readonly SearchValues<string> HostPhraseWords = SearchValues.Create(
        ["moder", "vorsitz", "leitet", "conversation", "mikrofon", "chair", "host", "present", "led", "geleitet", "lead", "facilitat", "serve", "führ", "gäst", "gast", "guest",
         "gespräch", "sits", "begrüß", "empfäng", "welcom", "unterhält", "präsent", "diskutiert", "debattiert", "spricht", "redet", "discuss", "debate", "talk", "speak", "chat", "panel", "anchor", "leitung",
         "joined", "begleit", "fragen", "question"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The words of <see cref="StandInPhrase"/>: "springt ein", "vertritt", "filling/standing in", "takes the chair", "In Vertretung".</summary>
    private static readonly SearchValues<string> StandInWords = SearchValues.Create(
        ["spring", "vertritt", "vertret", "fill", "stand", "chair", "sitting"], StringComparison.OrdinalIgnoreCase);

    /// <summary>"Valley FM presenter X struggled …" → "X struggled …": the name follows the presenter's role word.</summary>
    private static string AfterHostWord(string text) =>
        FindHostRoleWord(text) is { Start: < 80 } word ? text[word.End..] : text;

    private static string? Leading(string text) => PersonParser.ParseLeading(text.TrimEnd('.'))?.Name ?? NameAfter(text);

    /// <summary>The name in "Williams University's Professor Neil Roberts" or "Prof. Dr. Paul Nolte, …".</summary>
    public static string? NameAfter(string text)
    {
        var tokens = Tokens.Of(text);
        var described = false;
        for (var i = 0; i < tokens.Count && i < 10; i++)
        {
            if (NameReader.At(tokens, i) is { Possessive: false } match)
            {
                if (match.Known || match.End >= tokens.Count || !RoleWords.IsRole(tokens[match.End].Text) || !char.IsLower(tokens[match.End].Text[0]))
                    return match.Name;
                i = match.End - 1; // "Lakeview Public Radio anchor Nina Clark": an organisation, its role word, then the person
                continue;
            }

            var token = tokens[i].Text;
            var possessive = token.EndsWith("'s", StringComparison.Ordinal) || token.EndsWith("’s", StringComparison.Ordinal);
            var role = RoleWords.IsRole(token);
            described |= role;
            // "District 13 Director X": a number inside the description; "our Director of Collections, X": after a role, its
            // department or organisation ends at a comma and the person follows (an apposition)
            if (!(possessive || role || char.IsLower(token[0]) || char.IsAsciiDigit(token[0]) || char.IsUpper(token[0]) && i + 1 < tokens.Count && (!token.EndsWith(',') || described)))
                return null;
        }

        return null;
    }

    /// <summary>The first person named in <paramref name="text"/> who is the sentence's subject (a known name or one after a role).</summary>
    private static string? FirstPerson(string text)
    {
        var tokens = Tokens.Of(text);
        for (var i = 0; i < tokens.Count && i < 40; i++)
        {
            if (NameReader.At(tokens, i) is not { Possessive: false } match)
                continue;
            if (!match.Known && match.End < tokens.Count && char.IsLower(tokens[match.End].Text[0]) && RoleWords.IsRole(tokens[match.End].Text))
            {
                i = match.End - 1; // "Arizona Public Media reporter Dylan T. will moderate": an organisation, its role word, then the person
                continue;
            }

            if (!match.Known && TitledName(tokens, match) is { } titled)
                return titled;
            if (match.Known || i == 0 || char.IsLower(tokens[i - 1].Text[0]) || RoleWords.IsRole(tokens[i - 1].Text))
                return match.Name;
            i = match.End - 1;
        }

        return null;
    }

    /// <summary>
    /// "Assistant City Manager Darnell Okoro": capitalised words that end in a role word before a known given name are a
    /// title, and the name starts at the given name.
    /// </summary>
    private static string? TitledName(List<Tokens.Token> tokens, NameMatch match)
    {
        for (var k = match.Start + 1; k < match.End - 1; k++)
        {
            if (RoleWords.IsRole(tokens[k - 1].Text) && GivenNames.Contains(tokens[k].Text) && NameReader.At(tokens, k) is { Known: true } name)
                return name.Name;
        }

        return null;
    }

    /// <summary>"Louis Klamroth: Geht „hart aber fair“ heute ohne Gäste auf Sendung?": the person before the colon, when the headline names the show.</summary>
    /// <summary>How far into each line a presenter's full name is looked for.</summary>
    private const int EponymousTokens = 400;

    /// <summary>More tokens than a name read at a position can look ahead (titles, name words, a particle's context).</summary>
    private const int NameLookahead = 32;

    private static string? HeadlineHost(ReadingContext context)
    {
        var colon = context.Headline.IndexOf(':', StringComparison.Ordinal);
        if (context.Show is not { Length: > 2 } show || colon <= 0 || !context.Headline[colon..].Contains(show, StringComparison.OrdinalIgnoreCase))
            return null;
        var tokens = Tokens.Of(context.Headline[..colon]);
        return NameReader.At(tokens, 0) is { Known: true } match && match.End == tokens.Count ? match.Name : null;
    }

    /// <summary>A show named after its presenter: "Caren Miosga" (a person's name), or "maischberger" (the family name of a person in the text).</summary>
    private static string? Eponymous(ReadingContext context)
    {
        if (context.Show is not { Length: > 2 } show)
            return null;
        var tokens = Tokens.Of(show);
        if (NameReader.At(tokens, 0) is { } whole && whole.End == tokens.Count && !tokens.Exists(t => NameRules.IsOrganisationWord(t.Text)) // "Stadtmuseum Lindenfeld" is no presenter
            && (whole.Known || context.Lines.Exists(l => l.Kind is LineKind.Prose or LineKind.Heading && l.Content.Contains(whole.Name, StringComparison.Ordinal))))
            return whole.Name;
        if (tokens.Count != 1)
            return null;
        foreach (var line in context.Lines)
        {
            // The name's last word is the show, so a line without the show's word holds no such name: skip reading it.
            if (!line.Content.Contains(show, StringComparison.OrdinalIgnoreCase))
                continue;
            var lineTokens = Tokens.Of(line.Content, EponymousTokens + NameLookahead);
            for (var i = 0; i < lineTokens.Count && i < EponymousTokens; i++)
            {
                if (NameReader.At(lineTokens, i) is { Known: true } match && match.Name.EndsWith(" " + show, StringComparison.OrdinalIgnoreCase))
                    return match.Name;
            }
        }

        return null;
    }

    /// <summary>"moderated by X", "Hosted and produced by X", "Presented this week by X", "Chaired by the journalist X, the debate brings together …" (a long sentence goes on after the name).</summary>
    [GeneratedRegex(@"\b(?:(?:[Mm]oderated|[Cc]haired|[Hh]osted|[Pp]resented|moderiert|geleitet)(?:\s+(?:and|und|&)\s+\p{Ll}+)?(?:\s+(?:this|tonight|today|again|jointly|heute|diesmal|wieder|erneut|gemeinsam|week|time|evening|Woche|Mal)){0,2}|led)\s+(?:by|von)\s+(?<rest>.{3,200})")]
    private static partial Regex ByRegex();

    [GeneratedRegex(@"\b(?:will\s+lead\s+(?:the|a)\s+(?:conversation|discussion|debate|panel)|leads\s+(?:the|a)\s+(?:conversation|discussion|debate|panel)|will\s+(?:moderate|chair|facilitate|host(?!\s+(?:a|an|the|its|their|this)\s))|(?:moderates|facilitates)\s+(?:the|this)(?!\s+\p{Lu})|chairs\s+(?:the|this)(?!\s+\p{Lu})|presents\s+(?:a|the|this|tonight's|today's)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:debate|discussion|conversation|programme|program|panel|show|edition)\b|(?:will\s+)?serves?\s+as\s+(?:the\s+)?moderator|is\s+the\s+moderator|will\s+be\s+the\s+moderator|moderiert\s+(?:die|das|den)\s+(?:Diskussion|Gespräch|Podium|Abend|Runde|Sendung|Veranstaltung|Talkshow|Show|Reihe|Debatte))\b")]
    private static partial Regex SubjectVerbRegex();

    [GeneratedRegex(@"^Durch\s+(?:die\s+Sendung|die\s+Diskussion|das\s+Gespräch|den\s+Abend|die\s+Runde|das\s+Podium|die\s+Veranstaltung|das\s+Programm|den\s+Talk)\s+führ(?:t|en|te|ten)\s+(?<rest>.{3,})$|\bführ(?:t|en|te|ten)\s+(?<rest>\p{Lu}[^,.;:]{2,80}?)\s+durch\s+(?:die|das|den|ihren|seinen|ihre|seine)\b|^(?<rest>\p{Lu}[^,.;:]{2,60}?)\s+führ(?:t|te)\s+(?:(?:heute|auch|wieder|erneut|diesmal)\s+)*durch\s+(?:die|das|den|ihren|seinen|ihre|seine)\s")]
    private static partial Regex LeadsThroughRegex();

    [GeneratedRegex(@"\bmit\s+(?:ihren|seinen)\s+Gäst|\bwith\s+(?:her|his)\s+guests\b")]
    private static partial Regex WithGuestsRegex();

    [GeneratedRegex(@"\bGäste\s+begrüß(?:t|en)\s+(?<rest>\p{Lu}.{2,120})$")]
    private static partial Regex WelcomesGuestsRegex();

    [GeneratedRegex(@"^Im\s+Gespräch\s+mit\s+(?<rest>\p{Lu}\S*\s+\p{Lu}\S*(?:\s+\p{Lu}\S*)?)\s+(?:geht|spricht|erzählt|erklärt|blickt|schildert|berichtet|redet|diskutiert|beantwortet|zieht|gibt)\b")]
    private static partial Regex InConversationRegex();

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’.-]+\s+){2,3}(?:diskutiert|debattiert|spricht|redet|discusses|debates|talks|speaks)\s+(?:(?:heute|live|darüber|dazu|hier|tonight|today)\s+)*(?:mit|with)\s")]
    private static partial Regex PersonDiscussesRegex();

    [GeneratedRegex(@"\b(?:[Tt]he\s+(?:[\p{L}-]+['’]s\s+)?moderator|[Oo]ur\s+moderator|[Tt]he\s+(?:[\p{L}-]+['’]s\s+)?chair|[Oo]ur\s+host|[Yy]our\s+host|der\s+Moderator|die\s+Moderatorin|[Uu]nsere\s+Moderatorin|[Uu]nser\s+Moderator),\s+(?<rest>\p{Lu}.{2,120})$|\b(?:Moderator(?:in)?|Gastgeber(?:in)?|Host|[Tt]he\s+moderator|[Tt]he\s+host|[Yy]our\s+host|[Oo]ur\s+host|Am\s+Mikrofon)(?:\s+(?:des|der|of\s+the)\s+(?:Abends|Sendung|Diskussion|Runde|Veranstaltung|Debatte|evening|debate|discussion|event|panel))?(?:\s+(?:as\s+always|as\s+ever|once\s+again|wie\s+immer))?\s+(?:ist|is|will\s+be)(?:\s+(?:wie\s+immer|heute|diesmal|again|as\s+always|tonight|today))*\s+(?:\p{Ll}+\s+)?(?:\p{Ll}+,\s+)?(?<rest>\p{Lu}.{2,120})$")]
    private static partial Regex TheModeratorRegex();

    [GeneratedRegex(@"\bwith\s+(?<rest>\p{Lu}[^,;:]{2,60}?)\s+in\s+the\s+chair\b")]
    private static partial Regex InTheChairRegex();

    [GeneratedRegex(@"^(?:Moderator(?:in)?|Host|Chair|Gastgeber(?:in)?|Anchor|Presenter|Moderatorin|Presenterin)\s+(?<rest>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+\p{Ll}")]
    private static partial Regex ModeratorLeadsRegex();

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’.-]+\s+){2,3}(?:returns|is\s+back|hosts|presents|welcomes|leads)\b.{0,40}\bpanel\b")]
    private static partial Regex ReturnsWithPanelRegex();

    [GeneratedRegex(@"\bAls\s+(?:Gesprächspartner(?:in(?:nen)?)?|Gäste|Gast)\s+begrüß(?:t|en)\s+(?<rest>\p{Lu}\S+\s+\p{Lu}\S+)")]
    private static partial Regex GreetsAsGuestsRegex();

    /// <summary>"WDR-Journalistin Hatice Beispiel" read as one name: a role noun (also after a hyphen) before a known given name is no name word.</summary>
    private static string WithoutRoleNoun(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || name.IndexOf(' ', space + 1) < 0)
            return name;
        var first = name[..space];
        var noun = first[(first.LastIndexOf('-') + 1)..];
        return noun.Length > 0 && NameRules.IsRoleNoun(noun) && GivenNames.Contains(name[(space + 1)..name.IndexOf(' ', space + 1)]) ? name[(space + 1)..] : name;
    }

    [GeneratedRegex(@"^With\s+(?<rest>\p{Lu}[^,;:]{2,60}?)\.?$")]
    private static partial Regex WithLineRegex();

    [GeneratedRegex(@"\b(?:[Ss]eit\s+\d{4}|usually|regular(?:ly)?|normalerweise|sonst|in\s+der\s+Regel)\b")]
    private static partial Regex HabitualRegex();
}
