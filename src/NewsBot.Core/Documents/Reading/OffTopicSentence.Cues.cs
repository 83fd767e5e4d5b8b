using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// The words <see cref="OffTopicSentence"/> recognises event sentences by, as data: cue families (lower case, matched at
/// a word start, all found in one pass by <see cref="Cues"/>) and the starts of credits, sponsors' lines, other editions
/// and programme items. Generic words only: no show, person or organisation.
/// </summary>
internal static partial class OffTopicSentence
{
    /// <summary>The cue families below, found in one scan of the lower-cased sentence (their bits, in this order).</summary>
    private const int Practical = 1, Newsletter = 2, Material = 4, Publishing = 8, Disclaimer = 16, Advice = 32, OtherProgramme = 64,
        ProgrammeRole = 128, EventWord = 256, Request = 512;

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

    /// <summary>A passive or elliptic request, lower case ("werden gebeten", "are asked to", "nicht vergessen").</summary>
    private static readonly string[] RequestCues = ["werden gebeten", "wird gebeten", "sind gebeten", "are asked to", "are requested to", "are kindly asked", "is asked to", "nicht vergessen"];

    /// <summary>All cue families in bit order; in this file after them, as static fields initialise in textual order.</summary>
    private static readonly WordStartCues Cues = new(
        PracticalCues, NewsletterCues, MaterialNouns, PublishingVerbs, DisclaimerCues, AdviceKinds, OtherProgrammeCues, ProgrammeRoleCues, EventWords, RequestCues);
}
