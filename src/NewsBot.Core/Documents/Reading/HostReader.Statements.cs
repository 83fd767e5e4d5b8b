using NewsBot.Core.Documents.People;
using NewsBot.Core.Documents.Structure;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// Where a sentence states the host's role, whatever its verb: the role first and the person after it ("Chairing the
/// event is X", "Durch den Nachmittag führt X", "Moderiert wurde der Abend von X", "Your host, as always: X"); the
/// subject of a verb of leading whose object is the discussion ("X chairs an extended studio debate", "X presents
/// tonight's special", "X hosts an evening of debate"); the subject of a verb of talk whose companion is a described
/// guest or the guests ("X spricht an diesem Abend mit der Ärztin …", "Am Dienstag diskutiert Referentin X … mit Gästen",
/// "This week, X sits down with economist …"); the subject of a verb of welcoming whose object is the guests ("X begrüßt
/// am Montag um 21 Uhr folgende Gäste:"); and the companion a described guest talks to ("The economist A talks to X
/// about …", "In ihrem Gespräch mit Bibliotheksdirektor X …").
/// </summary>
internal static partial class HostReader
{
    private static (string Name, bool Whole, string Rule)? FromStatement(string sentence)
    {
        if (RoleFirstStatement.Rest(sentence) is { } afterRole && PersonAfterRole(afterRole) is { } inverted)
            return (inverted, false, "the host's role stated before the person ('Chairing the event is X', 'Durch den Abend führt X', 'Moderiert wurde … von X', 'Your host: X')");
        if (LeadsDiscussionPhrase.Find(sentence) is var leads and >= 0 && SubjectBefore(sentence[..leads]) is { } leader)
            return (leader, false, "the subject of a verb of leading whose object is the discussion ('X chairs a debate', 'X presents tonight's special')");
        if (WelcomesTheGuestsPhrase.Find(sentence) is var welcomes and >= 0 && SubjectBefore(sentence[..welcomes]) is { } welcomer)
            return (welcomer, false, "the subject of a verb of welcoming whose object is the guests ('X begrüßt am Montag folgende Gäste')");
        var verb = TalkPhrases.Verbs.Find(sentence);
        if (verb.Start >= 0 && TalkerOrCompanion(sentence, verb) is { } talk)
            return (talk.Name, false, talk.Rule);
        if (verb.Start >= 0 && CompanionOf(sentence, verb) is { } talkedTo)
            return (talkedTo, false, "the bare name a described guest talks to ('The economist A talks to X about …')");
        if (ConversationPhrases.GuestsConversationRest(sentence) is { } with && !char.IsLower(with[0]) && PersonAfterRole(with) is { } companion)
            return (companion, false, "the person a guest's conversation is with ('In ihrem Gespräch mit X', 'in her conversation with X')");
        if (QuestionedBy(sentence) is { } questioner)
            return (questioner, false, "the person whose questions the guests face ('stellen sich den Fragen von X', 'take questions from X')");
        if (JoinedSubject(sentence) is { } joined)
            return (joined, false, "the person the guests join ('X is joined in the studio by A', 'X wird von A und B begleitet')");
        return null;
    }

    /// <summary>
    /// "Vier Gäste stellen sich den Fragen von Redaktionsleiter X", "The panel takes questions from presenter X", "questioned by X":
    /// the person whose questions the guests answer, a name right after the phrase (a role word before it allowed).
    /// </summary>
    internal static string? QuestionedBy(string sentence)
    {
        var at = -1;
        foreach (var phrase in QuestionerPhrases)
        {
            if (sentence.IndexOf(phrase, StringComparison.Ordinal) is var found and >= 0)
            {
                at = found + phrase.Length;
                break;
            }
        }

        if (at < 0 || at >= sentence.Length || !char.IsUpper(sentence[at]))
            return null;
        var rest = sentence[at..];
        var tokens = Tokens.Of(WithoutNicknames(rest), 16);
        if (NameReader.At(tokens, 0) is not { Possessive: false } match)
            return null;
        var name = WithoutRoleNoun(match.Name);
        if (!name.Contains(' ', StringComparison.Ordinal) && match.End < tokens.Count && NameReader.At(tokens, match.End) is { Possessive: false } after)
            name = after.Name; // "presenter Jo Roe": a role word read alone, the person after it
        return name.Contains(' ', StringComparison.Ordinal) ? WithoutLeadingRole(name) : null;
    }

    private static readonly string[] QuestionerPhrases = ["den Fragen von ", "den Fragen der ", "den Fragen des ", "questions from ", "questioned by ", "Fragen von Moderator", "questions put by "];

    /// <summary>
    /// "On Tuesday, X is joined in the studio by Dr. A, …", "X is joined by:", "X wird im Studio von A und B begleitet": the one
    /// person whom named guests join, the subject before the passive verb, with a person (or a list) after its "by"/"von".
    /// </summary>
    internal static string? JoinedSubject(string sentence)
    {
        var verb = sentence.IndexOf(" is joined", StringComparison.Ordinal);
        var de = verb < 0 ? sentence.IndexOf(" wird ", StringComparison.Ordinal) : -1;
        if (verb < 0 && de < 0)
            return null;
        string after;
        if (verb >= 0)
        {
            var by = sentence.IndexOf(" by", verb + 10, StringComparison.Ordinal);
            if (by < 0 || by - verb > 50)
                return null;
            after = sentence[(by + 3)..].TrimStart(' ', ':');
        }
        else
        {
            var end = sentence.IndexOf(" begleitet", de, StringComparison.Ordinal);
            var von = end < 0 ? -1 : sentence.IndexOf(" von ", de, StringComparison.Ordinal);
            if (von < 0 || von > end || end - de > 160)
                return null;
            after = sentence[(von + 5)..end];
            verb = de;
        }

        if (after.Length > 0 && NameAfter(after) is null)
            return null; // "X is joined by the audience": no person joins
        return SubjectBefore(sentence[..verb]);
    }

    /// <summary>
    /// "Chair" over "Professor Sir X is Director of …": a bio under a moderation label (no person line there) opens with the host.
    /// </summary>
    private static string? SectionHost(ReadingContext context)
    {
        for (var k = 1; k < context.Lines.Count; k++)
        {
            var line = context.Lines[k];
            if (line.Section is not SectionRole.Host || !context.Lines[k - 1].IsBareLabel || line.Kind is not (LineKind.Prose or LineKind.Bio)
                || line.Block.Sentences.Count == 0 || NameRightAfter(line.Block.Sentences[0]) is not { } found)
                continue;
            context.Explain(ExplanationFields.Host, found.Name, "a bio right under a moderation label opens with this person", line.Number);
            return found.Name;
        }

        return null;
    }

    /// <summary>
    /// "Moderated by WBEZ reporter X." as a line among the guests', "Moderiert von X": a line of any shape that opens with the
    /// host's role and its "by" names the host, not one more guest.
    /// </summary>
    private static string? ByLineHost(ReadingContext context)
    {
        foreach (var line in context.Lines)
        {
            if (line.Kind is not (LineKind.Person or LineKind.Label or LineKind.Heading) || line.Content.Length > 200 || RoleFirstStatement.ByLineRest(line.Content) is not { } rest
                || PersonAfterRole(rest) is not { } name)
                continue;
            context.Explain(ExplanationFields.Host, name, "a line that opens with 'Moderated/Chaired/Hosted by' or 'Moderiert von'", line.Number);
            return name;
        }

        return null;
    }

    /// <summary>Whether two spellings name one person: the same words, or the same first and last word once a nickname in quotes is dropped ("Jo „Jay“ Roe").</summary>
    internal static bool SamePerson(string name, string? host)
    {
        if (host is null)
            return false;
        if (name == host)
            return true;
        var a = WithoutNickname(name);
        var b = WithoutNickname(host);
        return a.Length >= 2 && b.Length >= 2 && a[0] == b[0] && a[^1] == b[^1];
    }

    private static string[] WithoutNickname(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w[0] is not ('"' or '„' or '“' or '‚' or '\'' or '«' or '»')).ToArray();

    /// <summary>
    /// "Darüber spricht Kuratorin X am Freitag. Sie ist im Gespräch mit dem Historiker …": a pronoun in conversation with described
    /// guests is the person named in the sentence before, when that sentence has that person talk too (not a guest's bio before it).
    /// </summary>
    private static string? PronounTalker(string sentence, string? previous)
    {
        if (previous is null || previous.Length > MaxSentenceLength || !TalkPhrases.Verbs.IsIn(previous) || ConversationPhrases.PronounTalksWith(sentence) is not { } obj || !IsGuestObject(obj))
            return null;
        return FirstPerson(previous) is { } name ? WithoutRoleNoun(name) : null;
    }

    /// <summary>
    /// The verb of talk with its companion: the subject (before the verb, or right after it in a German inverted clause) is the
    /// host when the companion is a described guest or the guests; a described subject that talks to a bare name makes that
    /// name the host.
    /// </summary>
    private static (string Name, string Rule)? TalkerOrCompanion(string sentence, (int Start, int End) verb)
    {
        var after = sentence[verb.End..];
        var with = TalkPhrases.FindWith(after);
        if (with.Start < 0 || with.Start > 100)
            return null;
        var obj = after[with.End..];
        var subject = SubjectBefore(sentence[..verb.Start]);
        var between = after[..with.Start].TrimStart();
        // "Darüber spricht die Kulturjournalistin X mit …": an article and a journalist's role may open the subject after the verb
        // (a described guest there, "diskutiert der Forscher A mit der Historikerin B", is one of two guests)
        if (subject is null && between.Length > 0 && (char.IsUpper(between[0]) || HostStatementCues.OpensWithHostRole(between)) && VerbSecond(sentence[..verb.Start]))
            subject = NameAfter(between); // "Am Dienstag diskutiert Referentin X ab 17 Uhr mit …": the subject right after the verb
        if (subject is null)
            return null;
        if (IsGuestObject(obj))
            return (WithoutRoleNoun(subject), "the subject of a verb of talk whose companion is a described guest or the guests ('X spricht mit der Ärztin …', 'X sits down with economist …')");
        return null;
    }

    /// <summary>"The climate scientist A of X talks to B about …": a guest described before a verb of talk, and the bare name talked to.</summary>
    private static string? CompanionOf(string sentence, (int Start, int End) verb)
    {
        var before = sentence[..verb.Start];
        var after = sentence[verb.End..];
        if (before.Length > 200 || !HostStatementCues.OpensDescribed(before) || FindHostRoleWord(before) is not null || FirstPerson(before) is not { } subject
            || TalkPhrases.AfterTo(after) is not (var to and >= 0) || TalkPhrases.BareCompanion(after[to..]) is not { } bare)
            return null;
        return NameAfter(bare) is { } companion && companion != subject ? companion : null;
    }

    /// <summary>The person whose name ends <paramref name="before"/> (an apposition between commas may follow it): the subject right before its verb.</summary>
    private static string? SubjectBefore(string before)
    {
        if (before.Length > 200 || EndsWithRelativePronoun(before))
            return null;
        var trimmed = before.TrimEnd();
        if (trimmed.EndsWith(',') && trimmed.LastIndexOf(',', trimmed.Length - 2) is var comma and > 0)
            trimmed = trimmed[..comma]; // "X, Vicar of St Anne's, hosts …"
        var tokens = Tokens.Of(WithoutNicknames(trimmed));
        for (var i = 0; i < tokens.Count; i++)
        {
            if (NameReader.At(tokens, i) is not { Possessive: false } match || match.End != tokens.Count)
                continue;
            var previous = i > 0 ? tokens[i - 1].Text : null;
            if (match.Known || match.Start > i || previous is null || char.IsLower(previous[0]) || previous.EndsWith(',') || previous.EndsWith("'s", StringComparison.Ordinal) || previous.EndsWith("’s", StringComparison.Ordinal) || RoleWords.IsRole(previous))
                return WithoutLeadingRole(WithoutRoleNoun(match.Name));
        }

        return null;
    }

    /// <summary>"Jo „Jay“ Roe" → "Jo Roe": a nickname in quotes between a person's names is no name word.</summary>
    private static string WithoutNicknames(string text) =>
        text.AsSpan().IndexOfAny("\"„“»«") < 0 ? text : HostStatementCues.WithoutNicknames(text);

    /// <summary>"Am Dienstag, dem 21. April, diskutiert …", "Darüber spricht …": a German clause whose verb comes second, after an adverbial.</summary>
    private static bool VerbSecond(string before) =>
        before.Length < 120 && (before.Length == 0 || HostStatementCues.OpensVerbSecond(before));

    /// <summary>"der Hydrogeologin …", "media economist Dr. …", "Gästen aus …", "A, vice-chair of …": a guest described or the guests as such.</summary>
    private static bool IsGuestObject(string obj)
    {
        var trimmed = obj.TrimStart();
        if (trimmed.Length < 3)
            return false;
        if (HostStatementCues.OpensWithGuestNoun(trimmed))
            return true;
        var first = trimmed.Split(' ', 2)[0].TrimEnd(',');
        if (FindHostRoleWord(trimmed[..Math.Min(trimmed.Length, 40)] + " ") is not null && !StartsDescribed(trimmed))
            return false;
        if (StartsDescribed(trimmed))
            return true;
        return HostStatementCues.OpensApposed(trimmed) && first.Length > 0;
    }

    /// <summary>The text opens with a description: a lower-case word (an article, an adjective) or a role word.</summary>
    private static bool StartsDescribed(string text)
    {
        var first = text.TrimStart().Split(' ', 2)[0];
        return first.Length > 0 && (char.IsLower(first[0]) || RoleWords.IsRole(first) || NameRules.IsRoleNoun(first[(first.LastIndexOf('-') + 1)..]));
    }

    private static string? PersonAfterRole(string rest) =>
        NameAfter(WithoutNicknames(rest).TrimEnd('.')) is { } name ? WithoutLeadingRole(WithoutRoleNoun(name)) : null;
}
