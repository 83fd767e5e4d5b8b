using NewsBot.Core.Documents.Structure;
using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// Sentences of a page's prose that are about the event rather than its topic, and so never a summary sentence: the
/// sentence that introduces the panel (it names two panelists or more) or one panelist (their name with the role or
/// affiliation read for them), programme items in prose ("Zur Begrüßung spricht
/// …", "Welcome remarks by …"), practical notes (access, interpreting, registration, sponsorship, "on this page", the
/// live chat, going live, cookie notices, numbers to call, press seats), a newsletter's furniture, where the event's material
/// is published, disclaimers, other editions ("Coming up Thursday: …"), guests' biographies (<see cref="BiographySentence"/>),
/// web and mail addresses, the page's publishing line, listing records joined by " | ", and the
/// event's own slot (a date and a clock time in a sentence that names the event: "On Tuesday, February 10 at 3 p.m.,
/// the council will hold a panel …").
/// The reader's other decisions do not use these cues: they only keep such sentences out of the summary.
/// </summary>
internal static class OffTopicSentence
{
    /// <summary>The cue families below, found in one scan of the lower-cased sentence (their bits, in this order).</summary>
    private const int Practical = 1, Newsletter = 2, Material = 4, Publishing = 8, Disclaimer = 16, Advice = 32, OtherProgramme = 64,
        ProgrammeRole = 128, EventWord = 256, Request = 512;

    private const int MaxNoteLength = 600;

    /// <summary>Practical notes about attending or watching, lower case; a cue matches at a word start.</summary>
    private static readonly string[] PracticalCues =
    [
        "barrierefreiheit", "barrierefreier zugang", "barrierefrei zugänglich", "stufenlos erreichbar", "rollstuhlgerecht", "melden sie sich", "induktionsschleife", "gebärdensprachdolmetsch",
        "simultanübersetz", "simultan übersetzt", "verdolmetscht", "auf dieser seite", "(werbung)", "(anzeige)", "mit freundlicher unterstützung",
        "wir gehen live", "wir sind live", "live-chat", "accessibility", "step-free", "wheelchair access", "hearing loop", "sign language interpret",
        "simultaneous interpretation", "interpretation will be", "interpretation can be", "bsl interpret", "booked in advance", "the player above",
        "the stream will", "chapters will", "on this page", "sponsored by", "live chat", "super chat", "we go live",
        "we're live", "join us", "your host", "public comment will", "public comment is",
        "use cookies", "uses cookies", "verwenden cookies", "nutzen cookies", "setzen cookies", "cookie-einstellungen", "cookie settings", "your privacy",
        "alle akzeptieren", "accept all", "rufen sie uns", "rufen sie an", "call us", "call in ", "die teilnahme ist", "admission is free", "admission free",
        "free admission", "the event is free", "stream live", "streams live", "streaming live", "auf einen blick", "at a glance",
        // consent notices in their own words ("We and our partners store and access information on your device …")
        "on your device", "auf ihrem gerät", "auf ihrem endgerät", "personalised ads", "personalized ads", "personalisierte werbung", "personalisierte anzeigen",
        // access for everyone
        "höranlage", "hörschleife", "barrierearm", "induction loop", "captions", "captioning",
        // where to watch again or order something
        "zur verfügung gestellt", "als video zur verfügung", "zum nachschauen", "zum nachhören", "in der mediathek", "on demand",
        "recording will be", "will be recorded", "wird aufgezeichnet", "bestellt werden", "kostenlos bestellen", "can be ordered", "order your copy",
        // a sign-off or invitation to the reader
        "see you", "that's all for", "das war's", "bis nächste woche", "until next week", "wir freuen uns auf sie", "wir freuen uns auf euch", "we look forward to seeing", "don't miss", "nicht verpassen",
        "seien sie dabei", "sei dabei", "schalten sie ein", "tune in", "invites you", "invite you", "laden sie herzlich", "lädt herzlich",
        "write to us", "reply to this", "antworten sie auf diese", "schreiben sie uns", "schreibt uns", "contact us", "kontaktieren sie uns", "link in ", "link im ", "link below", "links below",
        "link unten",
        // the press's seats and contacts
        "medienvertreter", "pressevertreter", "akkreditier", "accreditation", "accredited", "pressetribüne", "members of the press",
        "media enquiries", "press enquiries", "presseanfragen", "pressekontakt", "press contact",
        // registering for a seat
        // the reader's own ways to take part or reach the show
        "text us", "in chat", "im chat", "einfach anrufen", "per app", "sprachnachricht", "voice note", "wie kann ich teilnehmen",
        "how can i take part", "how to take part", "how to join", "streamen wir", "we stream", "live aus dem studio", "live from the studio",
        "interpretation in", "will be interpreted", "wird live", "werden live", "live übertragen", "live gestreamt", "will be streamed", "is streamed", "will be livestreamed",
        "abendkasse", "tageskasse", "vorverkauf", "karten gibt es", "karten für alle", "tickets for", "tickets are", "book your", "book tickets",
        "anmeldung", "anmelden", "melden sich", "registrieren sie", "registrierung", "registration", "register now", "register here", "register at", "register by", "please register",
    ];

    /// <summary>A newsletter's own furniture: what this issue holds, why the reader got it, how to leave (lower case).</summary>
    private static readonly string[] NewsletterCues =
    [
        "this email", "this e-mail", "diese e-mail", "diese mail", "this newsletter", "our newsletter", "diesen newsletter", "unseren newsletter",
        "unsubscribe", "subscribed to", "abonniert", "abbestell", "in this issue", "in this edition", "in dieser ausgabe", "what is coming up",
        "what's coming up", "what’s coming up",
        // the organisation's own news: who joined the team
        "delighted to welcome", "pleased to welcome", "has joined us", "have joined us", "joined the team", "joins the team", "joins us as",
        "verstärkt unser team", "neu im team", "begrüßen wir",
        // its greeting and its next issue or event
        "hi all", "hi everyone", "hallo zusammen", "dear readers", "liebe leserinnen", "our next ", "unser nächstes", "unsere nächste",
    ];

    /// <summary>Where the event's own material appears afterwards: a material (lower case) …</summary>
    private static readonly string[] MaterialNouns =
    [
        "stellungnahme", "written evidence", "evidence submitted", "unterlagen", "präsentation", "slides", "folien", "transcript",
        "mitschnitt", "aufzeichnung", "recording", "drucksache", "wortprotokoll", "protokoll", "dokumentation",
    ];

    /// <summary>… with a verb that makes it available.</summary>
    private static readonly string[] PublishingVerbs =
    [
        "veröffentlicht", "published", "abrufbar", "available", "verfügbar", "zum download", "to download", "herunterladen", "online gestellt",
        "posted", "eingereicht", "submitted", "jetzt online", "now online", "ist online", "steht online",
    ];

    /// <summary>How a disclaimer opens ("Not financial advice.", "Keine Anlageberatung.") or what it calls itself.</summary>
    private static readonly string[] DisclaimerCues = ["disclaimer", "haftungsausschluss", "ohne gewähr", "keine gewähr", "no liability"];

    /// <summary>The kinds of advice a disclaimer disowns (lower case).</summary>
    private static readonly string[] AdviceKinds =
    [
        "financial advice", "legal advice", "tax advice", "investment advice", "medical advice", "anlageberatung", "rechtsberatung",
        "steuerberatung", "finanzberatung", "medizinische beratung",
    ];

    /// <summary>
    /// Another programme beside the event (an item later in the hour, another show tonight, last week's guest), lower case;
    /// a cue matches at a word start.
    /// </summary>
    private static readonly string[] OtherProgrammeCues =
    [
        "also tonight", "also on tonight", "later in the hour", "later in the programme", "later in the show", "next episode", "last week's guest",
        "was our guest", "were our guests", "in der nächsten folge", "in der nächsten sendung", "in der kommenden folge", "zu gast war", "zu gast waren",
        "war zu gast", "waren zu gast", "außerdem im programm", "this week's guest", "this week’s guest",
    ];

    /// <summary>How a sentence about another edition starts ("Coming up Thursday: …", "Yesterday's Open Line …").</summary>
    private static readonly string[] OtherEditionStarts =
    [
        "coming up", "next week on", "next time on", "yesterday's", "yesterday’s", "last week's", "last week’s", "last week on",
        "nächste woche bei", "nächste woche im", "nächste woche in", "in der letzten folge", "in der letzten sendung", "letzte woche bei",
    ];

    /// <summary>
    /// What a programme item beside the discussion does, in prose ("… will offer welcoming remarks", "A drinks reception
    /// follows", "Die Präsidentin eröffnet den Abend"), lower case.
    /// </summary>
    private static readonly string[] ProgrammeRoleCues =
    [
        "welcoming remarks", "welcome remarks", "words of welcome", "opening remarks", "closing remarks", "will open the", "will introduce the",
        "will close the", "eröffnet den abend", "eröffnet die veranstaltung", "eröffnet das gespräch", "begrüßt die gäste", "grußwort", "schlusswort",
        "drinks reception", "reception follows", "umtrunk", "get-together", "imbiss",
    ];

    /// <summary>How a sponsor's line starts ("Gefördert von …", "Supported by …"): who pays, not the topic (lower case).</summary>
    private static readonly string[] SponsorStarts =
    [
        "gefördert von", "gefördert durch", "supported by", "funded by", "in kooperation mit", "in zusammenarbeit mit", "in partnership with",
        "eine veranstaltung der", "eine veranstaltung von", "an event by", "presented by", "präsentiert von",
    ];

    /// <summary>How a credit starts ("Theme music by …", "Produced by …"): who made the page or show, not its topic.</summary>
    private static readonly string[] CreditStarts =
    [
        "theme music", "music by", "produced by", "production by", "edited by", "mixed by", "artwork by", "cover art", "sound design",
        "executive producer", "photo by", "photos by", "musik von", "produziert von", "eine produktion", "thumbnail", "titelbild", "thanks to",
        "thank you to", "danke an", "vielen dank an", "merch",
    ];

    /// <summary>Words naming the event itself, which make a sentence with its date and clock time the event's slot, not news.</summary>
    private static readonly string[] EventWords =
    [
        "diskussion", "diskutier", "podium", "gespräch", "debatte", "veranstaltung", "anhörung", "vortrag", "discussion", "panel", "conversation",
        "debate", "event", "session", "webinar", "hearing", "lecture", "forum", "hosts", "veranstalt", "lädt",
    ];

    /// <summary>How a page's own publishing line starts ("Published Nov. 25, 2025", "Aktualisiert am 3. März").</summary>
    private static readonly string[] PublishingStarts = ["published", "updated", "veröffentlicht am", "aktualisiert am", "stand:"];

    /// <summary>Words after a programme label that make a sentence the programme item ("Begrüßung durch …", "Keynote by …").</summary>
    private static readonly string[] ProgrammeLinks =
    [
        "by", "from", "spricht", "sprechen", "hält", "halten", "durch", "von", "gives", "delivers", "will", "is", "are",
    ];

    /// <summary>Prepositions a German programme item starts with ("Zur Begrüßung", "Zum Abschluss").</summary>
    private static readonly string[] ProgrammePrepositions = ["zur", "zum", "als", "for"];

    /// <summary>Why the sentence is about the event, or null when it may be a sentence of the topic.</summary>
    public static string? Reason(string sentence, IReadOnlyList<Expert> panel)
    {
        if (PanelIntroduction(sentence, panel) is { } introduction)
            return introduction;
        if (sentence.Contains(" | ", StringComparison.Ordinal))
            return "a listing record";
        if (IsProgrammeItem(sentence))
            return "a programme item";
        // a note about the event is short; a long sentence is prose that may mention one, so only short ones are looked at
        Span<char> lower = sentence.Length <= MaxNoteLength ? stackalloc char[sentence.Length] : [];
        InvariantLower.Into(sentence.AsSpan(0, lower.Length), lower);
        var cues = Cues.Find(lower);
        if ((cues & Practical) != 0 || HasAddress(sentence))
            return "a practical note";
        if ((cues & ProgrammeRole) != 0)
            return "a programme item";
        if (StartsWithAny(lower, SponsorStarts))
            return "a sponsor's line";
        if ((cues & Newsletter) != 0)
            return "the newsletter's own furniture";
        if ((cues & Material) != 0 && (cues & Publishing) != 0)
            return "where the event's material is published";
        if (IsDisclaimer(lower, cues))
            return "a disclaimer";
        if ((cues & OtherProgramme) != 0 || StartsWithAny(lower, OtherEditionStarts))
            return "another programme beside the event";
        if (BiographySentence.Is(sentence))
            return "a guest's biography";
        foreach (var start in PublishingStarts)
        {
            if (sentence.StartsWith(start, StringComparison.OrdinalIgnoreCase))
                return "the page's publishing line";
        }
        foreach (var start in CreditStarts)
        {
            if (sentence.StartsWith(start, StringComparison.OrdinalIgnoreCase))
                return "a credit";
        }
        if (sentence.StartsWith("Join ", StringComparison.Ordinal))
            return "an invitation to the reader"; // "Join three researchers who …": the imperative addresses the reader
        if (AsksTheReader(sentence, lower, cues))
            return "a request to the reader";
        if (OpensWithClockTime(sentence))
            return "a listing entry"; // "18:30 Die Akte Nordsee – Dokumentation …": a programme guide's slot, whatever follows
        if (ScheduleText.HasClockTime(sentence) && HasDateWord(sentence) && (cues & EventWord) != 0)
            return "the event's date and time";
        return null;
    }

    /// <summary>
    /// A sentence that asks something of the reader, not one about the topic: "Bitte …"/"Please …", a polite German
    /// imperative ("Bringen Sie …", "Vergessen Sie nicht …"), a passive request ("Gäste werden gebeten, …", "Visitors
    /// are asked to …"), "… nicht vergessen!", "Don't forget …". Questions stay (they may be the discussion's).
    /// </summary>
    private static bool AsksTheReader(string sentence, ReadOnlySpan<char> lower, int cues)
    {
        if (sentence.EndsWith('?') || lower.Length == 0)
            return false;
        if (sentence.StartsWith("Bitte ", StringComparison.Ordinal) || sentence.StartsWith("Please ", StringComparison.Ordinal)
            || sentence.StartsWith("Don't forget", StringComparison.Ordinal) || sentence.StartsWith("Don’t forget", StringComparison.Ordinal))
            return true;
        if ((cues & Request) != 0)
            return true;
        var space = sentence.IndexOf(' ', StringComparison.Ordinal);
        return space > 3 && char.IsUpper(sentence[0]) && sentence.AsSpan(0, space).EndsWith("en", StringComparison.Ordinal)
            && sentence.AsSpan(space + 1).StartsWith("Sie ", StringComparison.Ordinal) && !sentence.AsSpan(0, space).Contains('-');
    }

    /// <summary>A passive or elliptic request, lower case ("werden gebeten", "are asked to", "nicht vergessen").</summary>
    private static readonly string[] RequestCues = ["werden gebeten", "wird gebeten", "sind gebeten", "are asked to", "are requested to", "are kindly asked", "is asked to", "nicht vergessen"];

    /// <summary>All cue families in bit order; declared after them, as static fields initialise in order.</summary>
    private static readonly WordStartCues Cues = new(
        PracticalCues, NewsletterCues, MaterialNouns, PublishingVerbs, DisclaimerCues, AdviceKinds, OtherProgrammeCues, ProgrammeRoleCues, EventWords, RequestCues);

    /// <summary>
    /// "18:30 phoenix plus …", "20.15 Uhr Tagesthemen", "HD UT 20:15 Thema: …": a sentence that starts with a clock time
    /// (after a guide's short capital flags) is a listing's slot ("12.50 Euro …" is no time).
    /// </summary>
    private static bool OpensWithClockTime(string sentence)
    {
        var start = 0;
        for (var flags = 0; flags < 5 && IsListingFlag(sentence, start, out var next); flags++)
            start = next;
        var space = sentence.IndexOf(' ', start);
        return space - start is 4 or 5 && char.IsDigit(sentence[start])
            && ScheduleText.HasClockTime(sentence[start..Math.Min(sentence.Length, space + 4)]);
    }

    /// <summary>A programme guide's flag at <paramref name="start"/>: one to four capital letters and a space ("HD ", "UT ", "VPS ").</summary>
    private static bool IsListingFlag(string sentence, int start, out int next)
    {
        next = start;
        while (next < sentence.Length && char.IsAsciiLetterUpper(sentence[next]))
            next++;
        var length = next - start;
        if (length is < 1 or > 4 || next >= sentence.Length || sentence[next] != ' ')
            return false;
        next++;
        return true;
    }

    /// <summary>"Not financial or tax advice.", "Keine Anlageberatung.", "Disclaimer: …" (lower case).</summary>
    private static bool IsDisclaimer(ReadOnlySpan<char> lower, int cues)
    {
        if ((cues & Disclaimer) != 0)
            return true;
        var negated = lower.StartsWith("not ") || lower.StartsWith("this is not ") || lower.StartsWith("nothing here is ") || lower.StartsWith("keine ")
            || lower.StartsWith("dies ist keine ") || lower.StartsWith("das ist keine ");
        return negated && lower.Length <= 120 && (cues & Advice) != 0;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> lower, string[] starts)
    {
        foreach (var start in starts)
        {
            if (lower.StartsWith(start, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    /// <summary>
    /// "… with Anna Berg and Ole Krüger": the sentence names two panelists or more; "First up is Dr. Lena Roth, a
    /// hydrologist at …": it gives one panelist's name with the role or affiliation read for them. One pass over the panel.
    /// </summary>
    private static string? PanelIntroduction(string sentence, IReadOnlyList<Expert> panel)
    {
        var named = 0;
        var described = false;
        foreach (var expert in panel)
        {
            if (!sentence.Contains(expert.Name, StringComparison.Ordinal))
                continue;
            if (++named == 2)
                return "the panel's introduction";
            described = expert.Role is { Length: >= 4 } role && sentence.Contains(role, StringComparison.OrdinalIgnoreCase)
                || expert.Affiliation is { Length: >= 4 } affiliation && sentence.Contains(affiliation, StringComparison.Ordinal);
        }

        return described ? "a panelist's introduction" : null;
    }

    /// <summary>
    /// "Zur Begrüßung spricht …", "Keynote by …": a programme label of up to three words (after "Zur"/"Zum"/"Als"/"For")
    /// ending in a colon or followed by a linking word. Reads the first words as spans: it is asked of every sentence.
    /// </summary>
    private static bool IsProgrammeItem(string sentence)
    {
        Span<Range> words = stackalloc Range[6]; // five words, and the rest of the sentence in the sixth
        var text = sentence.AsSpan();
        var count = Math.Min(5, text.Split(words, ' ', StringSplitOptions.RemoveEmptyEntries));
        var start = count > 0 && IsAnyOf(text[words[0]], ProgrammePrepositions) ? 1 : 0;
        Span<char> label = stackalloc char[MaxLabelLength];
        var labelLength = 0;
        for (var length = 1; start + length < count && length <= 3; length++)
        {
            var word = text[words[start + length - 1]];
            if (labelLength + word.Length + 1 > MaxLabelLength)
                return false; // longer than any label
            if (length > 1)
                label[labelLength++] = ' ';
            word.CopyTo(label[labelLength..]);
            labelLength += word.Length;
            var role = SectionLabels.Lookup(label[..labelLength]);
            if (role is not (SectionRole.Welcome or SectionRole.Keynote or SectionRole.Impulse or SectionRole.Closing))
                continue;
            var next = text[words[start + length]];
            if (label[labelLength - 1] == ':' || IsAnyOf(next.TrimEnd([':', ',']), ProgrammeLinks))
                return true;
        }

        return false;
    }

    /// <summary>Longer than any programme label of up to three words (with room for spacing and punctuation).</summary>
    private const int MaxLabelLength = 96;

    private static bool IsAnyOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }


    /// <summary>A web or mail address: where to register, write or watch.</summary>
    private static bool HasAddress(string sentence)
    {
        if (sentence.Contains("http://", StringComparison.OrdinalIgnoreCase) || sentence.Contains("https://", StringComparison.OrdinalIgnoreCase)
            || sentence.Contains("www.", StringComparison.OrdinalIgnoreCase))
            return true;
        if (HasDomainPath(sentence))
            return true;
        var at = sentence.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && char.IsLetterOrDigit(sentence[at - 1]) && sentence.AsSpan(at).IndexOfAny(' ', '.') is var stop and > 1
            && sentence[at + stop] == '.';
    }

    /// <summary>"auf ifat.de/live", "at example.org/stream": a host name with a two- to four-letter top-level domain and a path.</summary>
    private static bool HasDomainPath(string sentence)
    {
        for (var slash = sentence.IndexOf('/', StringComparison.Ordinal); slash >= 0; slash = sentence.IndexOf('/', slash + 1))
        {
            var dot = slash - 1;
            while (dot >= 0 && char.IsAsciiLetterLower(sentence[dot]))
                dot--;
            if (slash - dot - 1 is >= 2 and <= 4 && dot > 0 && sentence[dot] == '.' && char.IsLetterOrDigit(sentence[dot - 1])
                && slash + 1 < sentence.Length && char.IsLetterOrDigit(sentence[slash + 1]))
                return true;
        }

        return false;
    }

    private static bool HasDateWord(string sentence)
    {
        foreach (var range in sentence.AsSpan().Split(' '))
        {
            if (ScheduleText.IsDateWord(sentence[range]))
                return true;
        }

        return false;
    }
}
