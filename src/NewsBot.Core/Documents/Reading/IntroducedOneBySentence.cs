using NewsBot.Core.Documents.People;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// A panel announced without names and then introduced one guest per sentence: "Über diese Fragen sprechen Menschen, die
/// … Aus Lagos angereist ist die Kunsthistorikerin A, … Ihr gegenüber sitzt B, Provenienzforscher am … Die Perspektive der
/// Stadt bringt C ein, Vorsitzende des …". Whatever the verb, each following sentence of the paragraph that introduces one
/// described person (a role before the name, or an apposition after it) is a guest; the run ends at a sentence that
/// introduces nobody. Host sentences are skipped, reported speech ends the run, and fewer than two guests are no panel.
/// </summary>
internal static partial class IntroducedOneBySentence
{
    /// <summary>How many name positions a sentence is searched at (bounded work on hostile input).</summary>
    private const int MaxTokens = 80;

    /// <summary>
    /// What a sentence after a panel sentence says for the run: it ends the run (news, reported speech, a question, another
    /// programme item, nobody introduced), is skipped (the host's sentence) or introduces one guest.
    /// </summary>
    internal static (RunStep Step, Expert? Guest) AfterStep(string sentence)
    {
        if (sentence.Length > ProsePanel.MaxSentenceLength || Block.IsQuestion(sentence) || ReportsSpeech(sentence) || NamesOtherItem(sentence))
            return (RunStep.Ends, null);
        if (PanelIntro.HostPart(sentence) is not null)
            return (RunStep.Skipped, null); // "Durch den Abend führt …": the host, read by the host reader
        var expert = Introduced(sentence);
        if (expert is null && PanelIntro.AdditionalGuestPart(sentence) is { } added && PanelParser.ParseSeries(added) is [var one])
            expert = one; // "Außerdem ist X dabei, er leitet …", "Zugeschaltet ist X": a guest added by a sentence of its own
        return expert is null ? (RunStep.Ends, null) : (RunStep.Guest, expert);
    }

    /// <summary>
    /// What a sentence before one that adds a guest says for the run going back — in a sentence of talk with someone
    /// ("spricht … mit", "im Gespräch mit", "talks with") the guest is the person after "mit"/"with", as the subject is
    /// the host.
    /// </summary>
    internal static (RunStep Step, Expert? Guest) BeforeStep(string sentence)
    {
        if (sentence.Length > ProsePanel.MaxSentenceLength || Block.IsQuestion(sentence) || ReportsSpeech(sentence) || NamesOtherItem(sentence))
            return (RunStep.Ends, null);
        var partner = TalkPartner(sentence);
        if (partner is null && PanelIntro.HostPart(sentence) is { Whole: true })
            return (RunStep.Skipped, null); // "Durch den Abend führt …": the host, read by the host reader
        return Introduced(partner ?? sentence) is { } expert ? (RunStep.Guest, expert) : (RunStep.Ends, null);
    }

    /// <summary>
    /// "Wie mühsam …, schilderte Unternehmerin A, … / B, Pflegedienstleiter im …, berichtete … / Ergänzt wurde die Runde durch
    /// C": the guests a report introduces one per paragraph before the sentence that completes the panel. Going back from
    /// line <paramref name="k"/>, each prose paragraph whose first sentence introduces one described person is a guest;
    /// the run ends at a paragraph that introduces nobody or at a welcome, keynote or closing speaker. Fewer than two: none.
    /// </summary>
    public static List<Expert> BeforeCompletion(List<Structure.BodyLine> lines, int k)
    {
        var found = new List<Expert>();
        for (var j = k - 1; j >= 0 && k - j <= MaxParagraphsBack; j--)
        {
            var line = lines[j];
            if (line.Kind is not (Structure.LineKind.Prose or Structure.LineKind.Person) || line.Section is not Structure.SectionRole.None || line.Block.Sentences.Count == 0)
                break;
            var first = line.Block.Sentences[0];
            if (first.Length > ProsePanel.MaxSentenceLength || NamesOtherItem(first) || HostReader.NamesHost(first))
                break; // "Chairing the evening, presenter X …": the host's paragraph ends the run of guests
            if (PanelIntro.PanelPart(first, null) is { } part)
            {
                if (PanelParser.ParseSeries(part).Count >= 2 || Introduced(first) is not { } opener)
                    return []; // "Joining us are A and B. / Rounding out the panel is C.": a panel introduced in prose, not a report
                if (found.TrueForAll(e => e.Name != opener.Name))
                    found.Insert(0, opener); // "On the panel, area manager A admitted …": the paragraph that opens the run
                break;
            }

            if (Introduced(first) is not { } expert)
                break;
            if (found.TrueForAll(e => e.Name != expert.Name))
                found.Insert(0, expert);
        }

        return found.Count >= 2 ? found : [];
    }

    /// <summary>
    /// "Nadira Okereme is the founder of X, a newsroom …", "Dr. Tobías Ruano is a soil scientist at Y", "Ines Kalt ist
    /// Schuldnerberaterin bei der Z": a biography sentence introduces the person it opens with, described by what follows
    /// the copula (not by an apposition later in the sentence, which describes the organisation). Other verbs of work
    /// ("runs a farm", "leitet …") introduce the person without a description.
    /// </summary>
    private static Expert? BiographyGuest(string sentence)
    {
        if (BiographySentence.Subject(sentence) is not var (name, rest))
            return null;
        foreach (var copula in BioCopulas)
        {
            if (rest.StartsWith(copula, StringComparison.Ordinal)
                && PanelParser.ParseSeries(name + ", " + rest[copula.Length..].TrimEnd('.')) is [var expert, ..] && expert.Name == name)
                return expert;
        }

        return new Expert(name, null, null);
    }

    private static readonly string[] BioCopulas = ["is ", "ist ", "was ", "war "];

    /// <summary>More paragraphs before the completing sentence are not read (a panel of more guests is listed, not reported).</summary>
    private const int MaxParagraphsBack = 6;

    /// <summary>The first person <paramref name="sentence"/> names, when it introduces them with a description; else null.</summary>
    internal static Expert? Introduced(string sentence)
    {
        if (BiographyGuest(sentence) is { } biography)
            return biography;
        var tokens = Tokens.Of(sentence, MaxTokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (NameReader.At(tokens, i) is not { Possessive: false } match)
                continue;
            var start = i;
            // "die Architektin Inès M.": a German article makes the capitalised word after it a noun, never a name word
            // … but not after a preposition: "an der Seenplatte X" is a place before the name
            var articleBefore = i >= 1 && tokens[i - 1].Text is "der" or "die" or "den" or "dem" or "Der" or "Die" or "Den" or "Dem"
                && !(i >= 2 && tokens[i - 2].Text is "an" or "in" or "auf" or "aus" or "bei" or "von" or "zu" or "nach" or "über" or "unter" or "vor" or "hinter" or "für");
            var articleNoun = articleBefore && match.Start == i;
            if (!match.Known && match.End - match.Start >= 3 && (NameRules.IsRoleNoun(tokens[match.Start].Text) || articleNoun)
                && NameReader.At(tokens, match.Start + 1) is { Possessive: false } inner && inner.End == match.End)
                match = inner; // "Regierungsdirektorin Hanna W.": a capitalised role noun read as the first name word
            for (var z = match.Start + 1; z < match.End - 1; z++)
            {
                // "kam X zu Wort, Direktorin …", "ist X zu Gast, …": the verb's complement after the name is no name particle
                if (tokens[z].Text == "zu" && VerbPrefixLength(sentence[tokens[z - 1].End()..]) >= 0 && match.Name.IndexOf(" zu ", StringComparison.Ordinal) is > 0 and var cut)
                {
                    match = match with { End = z, Name = match.Name[..cut] };
                    break;
                }
            }

            var glued = false;
            if (!match.Known && match.End - match.Start >= 3 && NameReader.At(tokens, match.Start + 1) is { Known: true, Possessive: false } known && known.End == match.End)
                (match, glued) = (known, true); // "an der Heidelandschaft Isentrud O.": a capitalised noun before a known given name is no name word
            if (glued)
                start = match.Start;
            else if (match.Start > i && (NameRules.IsRoleNoun(tokens[i].Text) || articleBefore))
                start = i; // "Kunsthistorikerin Dr. A": the role read as a rank in front of the title
            else if (i >= 1 && (char.IsUpper(tokens[i - 1].Text[0]) && NameRules.IsRoleNoun(tokens[i - 1].Text) && !NameRules.IsTitle(tokens[i - 1].Text)
                || char.IsLower(tokens[i - 1].Text[0]) && RoleWords.IsRole(tokens[i - 1].Text)))
                start = i - 1; // "die Ökonomin A", "economist A"
            string? owner = null;
            if (start == i - 1 && char.IsLower(tokens[start].Text[0]))
                (start, owner) = EnglishRoleStart(sentence, tokens, start);
            var described = start < match.Start;
            if (described && start >= 1 && tokens[start - 1].Text is "der" or "die" or "den" or "dem" or "the")
                start--;
            var rest = sentence[tokens[match.End - 1].End()..];
            if (SayingVerbAt(rest) is >= 0 and var saying)
                rest = rest[..saying]; // "Engineer A of the University of X said …": the description ends at the verb of saying
            if (VerbPrefixLength(rest) is >= 0 and var particle)
                rest = rest[(particle - 1)..]; // "bringt C ein, Vorsitzende …": the verb's prefix is no description
            if (!(match.Known || described || rest.StartsWith(',') || tokens[match.End - 1].Text.EndsWith(',') || OpensWithBody(rest)))
            {
                i = match.End - 1; // "Aus Accra angereist": capitalised words, no person
                continue;
            }

            // a noun the article alone marks as a description ("der Hydrogeologin X") is given as an apposition, which the series reader knows
            var text = articleBefore && start < match.Start && !NameRules.IsRoleNoun(tokens[i].Text) && !RoleWords.IsRole(tokens[i].Text)
                ? sentence[tokens[match.Start].Start..tokens[match.End - 1].End()].TrimEnd(',') + ", " + NameReader.Bare(tokens[i].Text) + rest.TrimEnd('.')
                : sentence[tokens[start].Start..tokens[match.End - 1].End()] + rest.TrimEnd('.');
            // read as a series of one, so relative clauses after the apposition are dropped as in any list of guests
            if (PanelParser.ParseSeries(text) is not [var expert, ..] || expert.Name != match.Name && !match.Name.StartsWith(expert.Name + " ", StringComparison.Ordinal))
                return null; // the series reader may end the name sooner ("Hanna W. von der Zentralen …": a body, not a particle)
            if (owner is not null && expert.Affiliation is null)
                expert = expert with { Affiliation = owner };
            var relative = (rest.StartsWith(',') || tokens[match.End - 1].Text.EndsWith(',')) && OpensRelativeClause(rest);
            return expert.Role is null && expert.Affiliation is null && !relative ? null : expert;
        }

        return null;
    }
    /// <summary>
    /// Where an English role before a name begins (<see cref="RoleModifiers"/>: "the food writer X"), and its owner: two or
    /// more capitalised words before the role's lower-case words name the body ("Metro Transit general manager X" →
    /// "general manager" of "Metro Transit"); one capitalised word opening the sentence modifies the role ("Hill farmer X").
    /// </summary>
    private static (int Start, string? Owner) EnglishRoleStart(string sentence, List<Tokens.Token> tokens, int roleAt)
    {
        var start = RoleModifiers.Start(tokens, roleAt);
        var k = start;
        while (k > 0 && start - k < 4 && IsCapitalisedWord(tokens[k - 1].Text))
            k--;
        if (start - k == 1 && k == 0)
            return (0, null);
        if (start - k >= 2 && (k == 0 || RoleModifiers.IsModifier(tokens[k - 1].Text) is false && char.IsLower(tokens[k - 1].Text[0])))
            return (start, sentence[tokens[k].Start..tokens[start - 1].End()]);
        return (start, null);

        static bool IsCapitalisedWord(string word) =>
            word.Length >= 2 && char.IsUpper(word[0]) && !NameRules.IsTitle(word) && !NameRules.IsParticle(word)
            && word.All(c => char.IsLetter(c) || c is '-' or '&');
    }
}
