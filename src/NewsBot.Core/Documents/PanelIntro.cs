using System.Buffers;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Documents;

/// <summary>Recognises the sentence, line or list header that introduces the panel, and the host line.</summary>
internal static partial class PanelIntro
{
    private static readonly string[] HeaderKeywords =
    [
        "gast", "gäste", "studio", "dabei", "podium", "diskutier", "runde", "panel", "guest", "joining", "experts",
        "experten", "gesprächspartner", "teilnehm", "sprechen", "speakers", "with us", "bei uns", "debattier", "diskutanten",
    ];

    private static readonly SearchValues<string> PanelWords = SearchValues.Create(
        ["erwartet", "zugeschaltet", "zugesagt", "first up", "up first", "sits down", "stell", "sitzen", "saßen", "stritten", " led ", "opened", "will discuss", "will debate", "will examine", "will explore", "joined by", "in this ", "gast", "gäste", "studio", "dabei", "podium", "diskut", "sprech", "spricht", "rede", "unterh", "debatt", "streit",
         "berat", "analys", "ordne", "erklär", "beleucht", "klär", "join", "panel", "guest", "begrüß", "runde", "teilnehm",
         "gespräch", "expert", "featuring", "conversation", "dialog", " will ", "in conversation", "welcome", "with us", "bei uns", "talk", "speak", "discuss", "chat", "debate"],
        StringComparison.OrdinalIgnoreCase);

    // HostReader.HostPhraseWords holds each of these or a part of it: it skips this check for sentences without them.
    private static readonly SearchValues<string> HostWords = SearchValues.Create(
        ["moder", "host", "führt", "vorsitz", "leitet", "present", "anchor", "gastgeber", "in conversation", "mikrofon", "gesprächsleitung"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The part of <paramref name="sentence"/> that lists the panelists, or null when it introduces no panel.</summary>
    public static string? PanelPart(string sentence, string? show)
    {
        if (IsQuoted(sentence))
            return null;
        if (ColonSeries(sentence) is { } series)
            return series;
        if (GuestsTalkTo(sentence) is { } talk)
            return talk.Guests; // "A, who …, and B talk to X about …": the plural subject are the guests
        if ((sentence.Contains("dazu", StringComparison.Ordinal) || sentence.Contains("hinzu", StringComparison.Ordinal) || sentence.Contains("later", StringComparison.Ordinal)
            || sentence.StartsWith("Later", StringComparison.Ordinal))
            && Phrases.LaterGuest.Rest(sentence) is { } later)
            return later; // "Später kommt noch X dazu", "X joins us later": a guest who joins later is a guest
        if (sentence.Contains(" part", StringComparison.Ordinal) || sentence.Contains(" out the ", StringComparison.Ordinal) || sentence.StartsWith("Among ", StringComparison.Ordinal))
        {
            if (Phrases.TakesPart.Read(sentence) is (var guest, var with))
                return with is not null ? guest + " and " + with : guest;
        }

        if (sentence.AsSpan().IndexOfAny(PanelWords) < 0)
            return Reading.DescribedSeries.Part(sentence); // "Last night's forum gathered A, …, and B, …"
        foreach (var regex in (Regex[])[GermanHeaderRegex(), GermanGuestAfterRegex(), GermanPluralRegex(), EnglishJoiningRegex(), EnglishJoinedByRegex(), EnglishHeaderRegex(), EnglishOnPanelRegex()])
        {
            var match = regex.Match(sentence);
            if (match.Success)
                return match.Groups["rest"].Value;
        }

        if (InvertedPluralRegex().Match(sentence) is { Success: true } inverted && inverted.Groups["past"].Success
            && !PodiumRegex().IsMatch(sentence[..inverted.Groups["rest"].Index]))
            return null; // "Am Abend diskutierten Merz und Scholz im Bundestag": a past debate in the news
        foreach (var regex in (Regex[])[ExpectedRegex(), ConnectedRegex(), InConversationRegex(), PanelFeaturingRegex(), InThisEventRegex(), FaceQuestionsRegex(), HostDiscussesRegex(), InvertedPluralRegex(), ModeratorLedRegex(), GreetsGuestsRegex()])
        {
            var match = regex.Match(sentence);
            if (match.Success)
                return match.Groups["rest"].Value;
        }

        if (EventWordsRegex().IsMatch(sentence) || PronounSubject(sentence))
        {
            if (WillDiscussRegex().Match(sentence) is { Success: true } discuss)
                return discuss.Groups["rest"].Value;
            if (Phrases.JoinedBy.Rest(sentence) is { } joined)
                return joined;

            // "Chief economics correspondent A, labor reporter B and C will walk through …": any future verb, when the
            // subject is a series of at least two people introduced with their roles
            if (Phrases.WillClause.Subject(sentence) is { } will && PanelParser.ParseSeries(will) is { Count: >= 2 } subjects
                && subjects.TrueForAll(e => e.Role is not null || e.Affiliation is not null))
                return will;
        }

        // "On Tuesday's programme, X is joined in the studio by Dr. A, a building physicist at …, and by B, who …": whoever
        // is joined, the people joined are guests when the first of them is described
        if (Phrases.JoinedBy.Rest(sentence) is { } joinedBy)
        {
            joinedBy = joinedBy.Replace(", and by ", ", and ", StringComparison.Ordinal).Replace(" and by ", " and ", StringComparison.Ordinal);
            if (PanelParser.ParseSeries(joinedBy) is [{ Role: not null } or { Affiliation: not null }, ..])
                return joinedBy;
        }

        if (Phrases.JoinInConversation.Guests(sentence) is { } conversation)
            return conversation; // "A and B join broadcaster X in conversation": A and B
        if (Phrases.ExtraGuest.Rest(sentence) is { } extra)
            return extra; // "Als vierter Gast ist der Unternehmer X dabei"

        if (sentence.Contains("zu Gast", StringComparison.Ordinal) && GermanGuestBeforeRegex().Match(sentence) is { Success: true } before)
            return before.Groups["rest"].Value;
        if (sentence.Contains(" join", StringComparison.Ordinal) && EnglishJoinsUsRegex().Match(sentence) is { Success: true } joins)
            return joins.Groups["rest"].Value;

        foreach (var regex in (Regex[])[GermanWithRegex(), GermanWelcomeRegex(), EnglishWithRegex()])
        {
            if (regex == GermanWithRegex() && !sentence.Contains(" mit ", StringComparison.Ordinal))
                continue;
            var match = regex.Match(sentence);
            if (match.Success && IsAnchored(sentence[..match.Groups["rest"].Index], show))
                return match.Groups["rest"].Value;
        }

        return Reading.DescribedSeries.Part(sentence); // "…, the panel featured A, …; B, …; and C, …": any verb before described guests
    }

    /// <summary>
    /// The part of a sentence that adds one more guest to a panel listed elsewhere ("Telefonisch zugeschaltet ist X",
    /// "Später kommt noch X dazu", "Als vierter Gast ist X dabei", "X will also take part", "Rounding out the panel is X"),
    /// or null. Such a sentence only ever adds to a panel; it never names the news.
    /// </summary>
    public static string? AdditionalGuestPart(string sentence)
    {
        if (sentence.Length > ProsePanelLimit || IsQuoted(sentence))
            return null;
        if (ConnectedRegex().Match(sentence) is { Success: true } connected)
            return connected.Groups["rest"].Value;
        if ((Phrases.LaterGuest.Rest(sentence) ?? Phrases.ExtraGuest.Rest(sentence)) is { } added)
            return added;
        if (EnglishOnPanelRegex().Match(sentence) is { Success: true } onPanel)
            return onPanel.Groups["rest"].Value;
        return Phrases.TakesPart.Read(sentence) is (var guest, null) ? guest : null;
    }

    private const int ProsePanelLimit = 600;

    /// <summary>"Ergänzt wurde die Runde durch X", "Rounding out the panel is X": the sentence names the last of several guests.</summary>
    public static bool CompletesPanel(string sentence) => Phrases.PanelCompletion.Opens(sentence);

    /// <summary>
    /// "Around the table tonight: economist A of X; B, who runs Y; and C, a nurse": a short lead-in ending in a colon, then
    /// a semicolon series of at least three people, most of them described: a guest list in running text, whatever the lead-in says.
    /// </summary>
    private static string? ColonSeries(string sentence)
    {
        var semicolon = sentence.IndexOf(';', StringComparison.Ordinal);
        var colon = semicolon < 0 ? sentence.IndexOf(": ", StringComparison.Ordinal) : sentence.LastIndexOf(": ", semicolon, StringComparison.Ordinal);
        if (colon <= 0 || colon > 120)
            return null;
        var rest = sentence[(colon + 2)..];
        if (semicolon < 0)
            return LeadInSeries(sentence[..colon], rest);
        if (colon > 80 || sentence.AsSpan(colon).Count(';') < 2)
            return null; // "Moderation: X Gäste: A, …; B, …; C, …": the colon nearest the series leads into it
        return PanelParser.ParseSeries(rest) is { Count: >= 3 } people && 3 * people.Count(e => e.Role is not null || e.Affiliation is not null) >= 2 * people.Count ? rest : null;
    }

    /// <summary>
    /// "Heute beantworten zwei Fachleute Ihre Fragen live im Studio: die Beraterin A von X und Dr. B, Anwalt aus Y": a
    /// lead-in that speaks of experts, guests or the studio, a colon, then two or more people who are all described.
    /// </summary>
    private static string? LeadInSeries(string lead, string rest)
    {
        if (lead.AsSpan().IndexOfAny(LeadInWords) < 0 || rest.Length > ProsePanelLimit)
            return null;
        return PanelParser.ParseSeries(rest) is { Count: >= 2 } people && people.TrueForAll(e => e.Role is not null || e.Affiliation is not null) ? rest : null;
    }

    private static readonly SearchValues<string> LeadInWords = SearchValues.Create(
        ["fachleute", "expert", "gäste", "guest", "studio", "podium", "panel", "runde", "diskut", "discuss", "debat", "beantwort", "answer", "speaker", "sprech"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "A, who …, and B, whose …, talk to BBC Radio's X about …": a plural verb of talk whose subject is a series of two or
    /// more people; they are the guests and the person they talk to is the host. Null for "X talks to A and B" (singular).
    /// </summary>
    public static (string Guests, string Host)? GuestsTalkTo(string sentence)
    {
        if (sentence.Length > ProsePanelLimit || IsQuoted(sentence) || !(sentence.Contains(" talk ", StringComparison.Ordinal)
            || sentence.Contains(" speak ", StringComparison.Ordinal) || sentence.Contains(" chat ", StringComparison.Ordinal)))
            return null;
        if (Phrases.GuestsTalkTo.Read(sentence) is not (var guests, var host) || PanelParser.ParseSeries(guests) is not { Count: >= 2 })
            return null;
        return (guests, host);
    }

    /// <summary>"She will be joined by …", "Er wird begleitet …": a sentence about the person named before (the host of the sentence before).</summary>
    private static bool PronounSubject(string sentence) =>
        sentence.StartsWith("She ", StringComparison.Ordinal) || sentence.StartsWith("He ", StringComparison.Ordinal)
        || sentence.StartsWith("They ", StringComparison.Ordinal) || sentence.StartsWith("She'll ", StringComparison.Ordinal)
        || sentence.StartsWith("He'll ", StringComparison.Ordinal) || sentence.StartsWith("She’ll ", StringComparison.Ordinal)
        || sentence.StartsWith("He’ll ", StringComparison.Ordinal) || FirstNameSubject(sentence);

    /// <summary>"Amrita will be joined …": the host called by first name (a known given name, then an auxiliary).</summary>
    private static bool FirstNameSubject(string sentence)
    {
        var space = sentence.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 1 || space > 20)
            return false;
        var rest = sentence.AsSpan(space + 1);
        return (rest.StartsWith("will ", StringComparison.Ordinal) || rest.StartsWith("is ", StringComparison.Ordinal))
            && People.GivenNames.Contains(sentence[..space]);
    }

    /// <summary>A line like "Zu Gast sind:" or "Our panel:" that is followed by a list of people.</summary>
    public static bool IsListHeader(string line)
    {
        if (!line.EndsWith(':') || line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 10)
            return false;
        var lower = line.ToLowerInvariant();
        return HeaderKeywords.Any(k => lower.Contains(k, StringComparison.Ordinal));
    }

    /// <summary>
    /// The moderator's name text when <paramref name="text"/> names the host; <c>Whole</c> tells whether the sentence
    /// is only about the host (and leaves the news) or goes on to introduce the panel ("Host X talks with …").
    /// </summary>
    public static (string Name, bool Whole)? HostPart(string text)
    {
        if (text.AsSpan().IndexOfAny(HostWords) < 0)
            return null;
        var match = HostRegex().Match(text);
        if (match.Success)
            return (match.Groups["name"].Value, true);
        match = text.Length < 120 ? HostAfterRegex().Match(text) : Match.Empty;
        if (match.Success)
            return (match.Groups["name"].Value, true);
        match = HostLeadsRegex().Match(text);
        if (match.Success)
            return (match.Groups["name"].Value, false);
        if (Phrases.HostMid.Name(text) is { } mid)
            return (mid, false); // "On this episode, host X sits down with …", "Guest host X, filling in for …, talks with …"
        if (text.Contains("conversation", StringComparison.Ordinal) && Phrases.JoinInConversation.Host(text) is { } joined)
            return (joined, false);
        match = text.Contains(" mit ", StringComparison.Ordinal) || text.Contains(" with ", StringComparison.Ordinal) || text.Contains("begrüß", StringComparison.Ordinal) ? HostInsideRegex().Match(text) : Match.Empty;
        if (match.Success)
            return (match.Groups["name"].Value, false);
        match = text.Contains("mit ", StringComparison.Ordinal) || text.Contains(" Leitung ", StringComparison.Ordinal) ? HostInHeaderRegex().Match(text) : Match.Empty;
        return match.Success ? (match.Groups["name"].Value, false) : null;
    }

    private static bool IsAnchored(string before, string? show)
    {
        if (show is not null && before.Contains(show, StringComparison.OrdinalIgnoreCase))
            return true;
        var subject = before.Trim().Split(' ');
        if (subject.Length is >= 2 and <= 5 && People.GivenNames.Contains(subject[0]) && subject[1] is "sits" or "talks" or "speaks" or "chats")
            return true; // "Aaron sits down with …": the host called by first name
        if (Phrases.DescribedSubject.IsIn(before))
            return true; // "… spricht der linksliberale Politiker mit …": the person named before, as the subject
        var words = before.Split(AnchorSeparators, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (AnchorWords.Contains(word))
                return true;
            if (word.StartsWith("diese", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Length
                && (words[i + 1].StartsWith("Frage", StringComparison.Ordinal) || words[i + 1].StartsWith("Thema", StringComparison.Ordinal) || words[i + 1].StartsWith("Theme", StringComparison.Ordinal)))
                return true;
        }

        return false;
    }

    private static readonly char[] AnchorSeparators = [' ', ',', ';', ':', '(', ')', '„', '“', '"', '–'];

    private static readonly HashSet<string> AnchorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "darüber", "dazu", "hierüber", "hierzu", "darum", "davon", "wir", "uns", "live", "sendung", "livestream", "stream",
        "studio", "runde", "host", "moderator", "moderatorin", "anchor", "presenter", "gastgeber", "gastgeberin", "this", "these", "we", "us", "show", "panel", "questions",
    };

    private static bool IsQuoted(string sentence) =>
        sentence.Length > 0 && (sentence[0] is '„' or '"' or '“' or '»' or '«' or '‚');

    [GeneratedRegex(@"\b(?:diskutier(?:t|en)|sprich(?:t)?|spreche[n]?|rede[tn]?|unterh(?:ält|alten)|debattier(?:t|en)|streite[tn]?|analysier(?:t|en)|ordne[tn]?|erklär(?:t|en)|beleuchte[tn]?|klär(?:t|en))\b[^?!]*?\bmit\s+(?<rest>[^?!]+)$")]
    private static partial Regex GermanWithRegex();

    [GeneratedRegex(@"\bbegrüß(?:t|en)\b(?:\s+(?:dazu|darüber|heute|live|hierzu|im\s+Studio|zu\s+diesen\s+Fragen|wir))*(?:\s+(?:Moderator(?:in)?|Gastgeber(?:in)?)\s+\p{Lu}[^\s,:?!]*(?:\s+\p{Lu}[^\s,:?!]*){0,3}(?=\s+(?:die|den|der|dem)\s)|\s+\p{Lu}[^\s,:?!]*(?:\s+(?!und\b)[^\s,:?!]+){0,2}?(?=\s+(?:die|den)\s+(?:\p{Ll}+\s+)?\p{Lu}))?\s+(?<rest>[^?!]+)$")]
    private static partial Regex GermanWelcomeRegex(); // the optional subject: "Dazu begrüßt ZDFheute live den Klimaforscher …"

    [GeneratedRegex(@"^(?:Es|Darüber|Dazu|Hierüber|Hierzu|Heute|Im\s+Studio|Live|Gemeinsam)\s+(?:diskutieren|sprechen|debattieren|streiten|beraten)(?!\s+(?:wir|sie|mit)\b)(?:\s+(?:heute|live|im\s+Studio|bei\s+uns|bei\s+\p{Lu}\S*|darüber|dazu|hier|miteinander))*\s*:?\s+(?<rest>[^?!]+)$")]
    private static partial Regex GermanPluralRegex();

    [GeneratedRegex(@"^(?:(?:(?:Heute|Live|Diesmal|Bei\s+uns)\s+)?[Zz]u\s+Gast(?:\s+(?:im\s+Studio|bei\s+uns|heute|live|in\s+der\s+Sendung))*(?:\s+(?:sind|ist))?|(?:Unsere\s+|Die\s+|Ihre\s+|Seine\s+)?Gäste(?:\s+im\s+Studio)?(?:\s+sind)?|(?:(?:Heute|Live|Bei\s+uns)\s+)?[Ii]m\s+Studio(?!\s+(?:begrüß|diskutier|sprech|sprich|rede|debattier))(?:\s+bei\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?(?:\s+(?:sind|ist))?|Bei\s+uns\s*:|Gemeinsam\s+mit\s+(?:Moderator(?:in)?|Gastgeber(?:in)?)\s+[^,:?!]+?\s+(?:diskutieren|sprechen|debattieren)|Mit\s+dabei(?:\s+(?:sind|ist))?|Auf\s+dem\s+Podium(?:\s+(?:sitzen|sind))?|Diskutanten|Gesprächspartner(?:innen)?(?:\s+sind)?|In\s+der\s+Runde(?:\s+(?:sind|ist))?|Teilnehmende|Es\s+diskutieren(?:\s+unter\s+der\s+Leitung\s+von\s+[^:?!]+:)?|Es\s+sprechen|Im\s+Gespräch\s+mit\s+(?:Moderator(?:in)?|Gastgeber(?:in)?)\s+[^,:?!]+?\s+(?:sind|ist)|Im\s+Gespräch(?:\s+(?:sind|ist))?\s*:)\s*:?\s+(?<rest>[^?!]+)$")]
    private static partial Regex GermanHeaderRegex();

    [GeneratedRegex(@"^(?:Erwartet\s+werden|Angekündigt\s+sind|Eingeladen\s+sind|(?:Ihr\s+Kommen\s+|Ihre\s+Teilnahme\s+)?[Zz]ugesagt\s+haben|First\s+up(?:\s+(?:is|will\s+be))?|Up\s+first(?:\s+(?:is|will\s+be))?)(?:\s+(?:auf\s+dem\s+Podium|im\s+Studio|in\s+der\s+Runde|heute|live))*\s*:?\s+(?<rest>[^?!]+)$")]
    private static partial Regex ExpectedRegex();

    [GeneratedRegex(@"^(?:(?:Außerdem|Zudem|Dazu|Ebenfalls|Auch|Live)\s+|(?:Aus|Von|Per|Über|Telefonisch|Digital)\s+(?:[^\s,;:?!]+\s+){0,3}?)?(?:ist|sind|wird|werden)\s+(?<rest>[^?!]{3,300}?)\s+(?:live\s+|per\s+Video\s+)?zugeschaltet(?:\s+(?:sein|werden))?(?:,\s+(?:dessen|deren|der|die|das)\s[^?!]*)?\.?$|\b[Zz]ugeschaltet\s+(?:ist|sind|wird|werden)(?:\s+(?:außerdem|zudem|auch|noch|live|heute|dann))*\s+(?<rest>[^?!]+)$")]
    private static partial Regex ConnectedRegex();

    [GeneratedRegex(@"^Im\s+Gespräch\s+mit\s+\p{Lu}\S*\s+\p{Lu}\S*(?:\s+\p{Lu}\S*)?\s+(?:geht|spricht|erzählt|erklärt|blickt|schildert|berichtet|redet|diskutiert|beantwortet|zieht|gibt)\s+(?<rest>[^?!]+)$")]
    private static partial Regex InConversationRegex();

    /// <summary>"Bei Maybrit Illner diskutieren der …", "Auf dem Podium diskutierten anschließend …", "Mitten im Publikum sitzen und diskutieren mit: …".</summary>
    [GeneratedRegex(@"^(?:Moderiert|Geleitet|Bei|Auf|Im|In|Am|An|Neben|Mitten|Anschließend|Danach|Dann|Heute|Hier|Dort|Zudem|Außerdem|Gemeinsam|Live|Vor|Unter|Mit|Danach|Zunächst|Später|Abschließend)\s(?:[^,.:;?!]{0,60}?\s)?(?:diskutieren|debattieren|streiten|sprechen(?!\s+(?:wir|sie|Sie|die\s+beiden)\b)|sitzen(?:\s+und\s+diskutieren)?|(?<past>diskutierten|debattierten|stritten|saßen|sprachen))(?:\s+(?:anschließend|heute|live|dann|darüber|dazu|hier|miteinander|gemeinsam|zunächst))*(?:\s+mit)?\s*:?\s+(?<rest>[^?!]+)$")]
    private static partial Regex InvertedPluralRegex();

    [GeneratedRegex(@"^(?:Moderator(?:in)?|Host|Chair)\s+\p{Lu}\S+(?:\s+\p{Lu}\S+){1,3}\s+(?:led|leads|hosted|hosts|moderated|moderates|chaired|chairs|opened|opens)\b[^?!]{0,200}?\bwith\s+(?<rest>[^?!]+)$")]
    private static partial Regex ModeratorLedRegex();

    [GeneratedRegex(@"^Als\s+(?:Gesprächspartner(?:in(?:nen)?)?|Gäste|Gast)\s+begrüß(?:t|en)\s+\p{Lu}\S+\s+\p{Lu}\S+\s+(?:(?:dann|heute|auch|nun|unter\s+anderem)\s+)*(?<rest>(?:die|den|das|der|dem)\s[^?!]+)$")]
    private static partial Regex GreetsGuestsRegex();

    [GeneratedRegex(@"\b(?:Podium|Runde|Studio|Bühne|Panel)\b")]
    private static partial Regex PodiumRegex();

    [GeneratedRegex(@"\bstell(?:en|t)\s+sich\b[^:?!]{0,120}:\s*(?<rest>[^?!]+)$|^(?:Den|Der|Ihren|Seinen|Unseren)\s+[^:?!]{0,80}?\s+stell(?:en|t)\s+sich\s+(?<rest>\p{Lu}[^?!]+)$")]
    private static partial Regex FaceQuestionsRegex();

    /// <summary>"Alexander Kähler diskutiert mit A (Org), B (Org) und C (Org)": a person as the subject who discusses with guests.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]+\s+(?:\p{Lu}[\p{L}'’.-]+\s+){1,2}(?:diskutiert|debattiert|discusses|debates|talks)\s+(?:(?:heute|live|darüber|dazu|hier|tonight|today)\s+)*(?:mit|with)\s+(?<rest>[^?!]+)$")]
    private static partial Regex HostDiscussesRegex();

    [GeneratedRegex(@"\b(?:a|the)\s+panel\s+(?:featuring|with|including|of)\s+(?<rest>[^?!]+)$|\b(?:[Pp]anel\s+(?:discussion|debate|conversation)|[Pp]odiumsdiskussion|[Pp]odiumsgespräch|[Dd]iskussionsrunde|[Gg]esprächsrunde)\s+(?:with|featuring|mit)\s+(?<rest>[^?!]+)$|^(?:An?|Ein(?:e)?)\s+(?:\p{Ll}+\s+){0,2}(?:conversation|discussion|debate|dialogue|Gespräch|Diskussion|Debatte|Dialog)\s+(?:with|mit)\s+(?<rest>[^?!]+)$")]
    private static partial Regex PanelFeaturingRegex();

    [GeneratedRegex(@"^In\s+this\s+(?:[^,]{0,80}\s)?(?:webinar|conversation|episode|podcast|discussion|event|talk|session|interview|debate|edition|panel)\s*,\s+(?<rest>[^?!]+)$")]
    private static partial Regex InThisEventRegex();

    [GeneratedRegex(@"^(?<rest>[^?!]{3,900}?),?\s+will\s+(?:discuss|debate|examine|explore|consider|assess|weigh|reflect\s+on|talk\s+about|take\s+part)\b")]
    private static partial Regex WillDiscussRegex();

    [GeneratedRegex(@"\b(?:moderat|panel|discuss|conversation|debate|webinar|podcast|episode|event|chair|host|questions|livestream|live\s+stream)", RegexOptions.IgnoreCase)]
    private static partial Regex EventWordsRegex();

    [GeneratedRegex(@"\b(?:sind|ist)\s+(?:heute\s+|live\s+|bei\s+uns\s+|im\s+Studio\s+)*zu\s+Gast\s*:?\s+(?<rest>[^?!]+)$")]
    private static partial Regex GermanGuestAfterRegex();

    [GeneratedRegex(@"^(?:Bei\s+uns\s+|Heute\s+)?(?<rest>[^?!:]+?)\s+(?:sind|ist)\s+(?:heute\s+|live\s+|bei\s+uns\s+|im\s+Studio\s+)*zu\s+Gast\b")]
    private static partial Regex GermanGuestBeforeRegex();

    [GeneratedRegex(@"\bjoining\s+(?:us|me|her|him|them|the\s+(?:discussion|panel|conversation|debate|programme|program|show))(?:\s+(?:today|tonight|live|now|in\s+the\s+studio|to\s+discuss(?:\s+(?:this|these\s+questions|it))?))*\s+(?:are|is|will\s+be)\s*:?\s+(?<rest>[^?!]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishJoiningRegex();

    [GeneratedRegex(@"\b(?:we(?:'re|\s+are|\s+will\s+be)?\s+joined\s+by|(?:host|presenter|anchor|moderator)\s+\p{Lu}[^,:?!]*?\s+is\s+joined\s+by|we\s+welcome|we\s+(?:talk|speak)\s+(?:to|with)|we\s+discuss\s+(?:this|these\s+questions|that|it)\s+with)\s+(?<rest>[^?!]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishJoinedByRegex();

    [GeneratedRegex(@"^(?:(?:Our|The|Today's|Tonight's|Her|His|Their|This\s+week's)\s+(?:panel|guests|panellists|panelists|experts)(?:\s+(?:today|tonight))?(?:\s+(?:are|is|includes?))?|(?:Guests|Panel|Panelists|Panellists|Speakers)(?:\s+(?:include|are|will\s+be))?|Featuring|With\s+us(?:\s+(?:today|tonight|in\s+the\s+studio))?(?:\s+(?:are|is))?|In\s+the\s+studio(?:\s+with\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?(?:\s+(?:are|is))?|On\s+the\s+panel(?:\s+(?:today|tonight|this\s+evening))?(?:\s+(?:are|is|will\s+be))?)\s*:?\s+(?<rest>[^?!]+)$")]
    private static partial Regex EnglishHeaderRegex();

    [GeneratedRegex(@"\b(?:on\s+the\s+panel|in\s+the\s+studio|(?:[Rr]ounding|[Ff]illing)\s+out\s+the\s+panel|[Cc]ompleting\s+the\s+panel)(?:\s+(?:today|tonight|this\s+evening))?(?:\s+(?:are|is|was|were|will\s+be)|\s*:)\s+(?<rest>[^?!]+)$|^(?:Ebenfalls|Außerdem|Auch)\s+auf\s+dem\s+Podium\s+(?:saß|saßen|sitzt|sitzen|war|waren|ist|sind)\s+(?<rest>[^?!]+)$|^(?:Komplettiert|Ergänzt|Vervollständigt)\s+(?:wird|wurde)\s+die\s+(?:Runde|Diskussion|Gesprächsrunde)(?:\s+(?:heute|live))?\s+(?:von|durch)\s+(?<rest>[^?!]+)$")]
    private static partial Regex EnglishOnPanelRegex();

    [GeneratedRegex(@"^(?<rest>[^?!:]+?)\s+joins?\s+(?:us|me|the\s+(?:panel|show|discussion|conversation|debate|episode|programme|program|podcast))\b")]
    private static partial Regex EnglishJoinsUsRegex();

    [GeneratedRegex(@"\b(?:discuss(?:es)?|talks?|speaks?|debates?|chats?|sits\s+down|sit\s+down|in\s+conversation)\b[^?!]*?\b(?:with|to)\s+(?<rest>[^?!]+)$")]
    private static partial Regex EnglishWithRegex();

    [GeneratedRegex(@"^(?:(?:Moderation|Moderator(?:in)?|Host|Presenter|Anchor|Gastgeber(?:in)?)\s*:|Moderiert\s+von|Moderier(?:t|en)\s+(?:wird|werden)(?:\s+(?:die|der|das)\s+\p{Lu}\p{Ll}+\s+von)?|Das\s+Gespräch\s+(?:führt|führen|moderiert|leitet)|Den\s+Vorsitz\s+(?:führt|hat|übernimmt)|Die\s+(?:Sitzung|Anhörung|Diskussion|Veranstaltung)\s+leitet|Gesprächsleitung\s*:|Am\s+Mikrofon\s*:|Hosted\s+by|Moderated\s+by|Presented\s+by|Es\s+moderiert|Durch\s+(?:die\s+Sendung|die\s+Diskussion|das\s+Gespräch|den\s+Abend|die\s+Runde)\s+führt|Moderiert\s+wird\s+(?:(?:die|der|das)\s+\p{Lu}\p{Ll}+\s+)?von|Your\s+host(?:\s+is)?|Die\s+Moderation\s+(?:hat|hatte|übernimmt|übernahm|übernehmen|übernahmen|liegt\s+bei|lag\s+bei))\s*:?\s+(?<name>[^?!]+?)\.?$")]
    private static partial Regex HostRegex();

    [GeneratedRegex(@"^(?:Host|Presenter|Anchor|Moderator(?:in)?|Gastgeber(?:in)?)\s+(?<name>\p{Lu}[^,:?!]*?)\s+(?:talks|speaks|discusses|chats|debates|welcomes|is\s+joined\s+by|spricht|diskutiert|redet|debattiert|begrüßt)\b")]
    private static partial Regex HostLeadsRegex();

    [GeneratedRegex(@"\b(?:spricht|diskutiert|redet|debattiert|talks|speaks)\s+(?:(?:darüber|dazu|heute|live)\s+)*(?:[\p{L}\d]+-)?(?:Moderator(?:in)?|Gastgeber(?:in)?|[Hh]ost|[Pp]resenter)\s+(?<name>\p{Lu}[^,:?!]*?)\s+(?:mit|with)\b|\bbegrüß(?:t|en)\s+(?:(?:darüber|dazu|heute|live)\s+)*(?:Moderator(?:in)?|Gastgeber(?:in)?)\s+(?<name>\p{Lu}[^,:?!]*?)\s+(?:die|den|der|dem)\s")]
    private static partial Regex HostInsideRegex();

    [GeneratedRegex(@"^(?:Im\s+Gespräch\s+mit|Gemeinsam\s+mit|Es\s+diskutieren\s+unter\s+der\s+Leitung\s+von|Unter\s+der\s+Leitung\s+von)\s+(?:Moderator(?:in)?|Gastgeber(?:in)?)\s+(?<name>\p{Lu}[^,:?!]*?)(?:\s+(?:sind|ist|diskutieren|sprechen)\b|\s*:)")]
    private static partial Regex HostInHeaderRegex();

    [GeneratedRegex(@"^(?<name>[^?!:,]+?)\s+(?:moderiert|hosts|will\s+host|moderates|führt\s+durch\s+die\s+Sendung)(?:\s+(?:die\s+Sendung|die\s+Runde|das\s+Gespräch|the\s+discussion|the\s+show|the\s+panel))?\.?$")]
    private static partial Regex HostAfterRegex();
}
