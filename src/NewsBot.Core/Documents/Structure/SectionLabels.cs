using System.Collections.Frozen;

namespace NewsBot.Core.Documents.Structure;

/// <summary>The words pages use to label sections and fields, in German and English, and what each label means.</summary>
internal static class SectionLabels
{
    private static readonly FrozenDictionary<string, SectionRole> Labels = Build();

    /// <summary>The role of a label ("Impuls 1", "Gäste", "Contributor(s)", "Closing Remarks"), or <see cref="SectionRole.None"/>.</summary>
    public static SectionRole Lookup(string label) => Lookup(label.AsSpan());

    /// <summary><see cref="Lookup(string)"/> of a part of a line, without cutting it out.</summary>
    public static SectionRole Lookup(ReadOnlySpan<char> label)
    {
        Span<char> buffer = stackalloc char[MaxKeyLength + 1];
        if (NormalizePlain(label, buffer) is { } length)
            return length is > 0 and <= MaxKeyLength && SpanLabels.TryGetValue(buffer[..length], out var plain) ? plain : SectionRole.None;
        var key = Normalize(label.ToString());
        return key.Length is > 0 and <= MaxKeyLength && Labels.TryGetValue(key, out var role) ? role : SectionRole.None;
    }

    private const int MaxKeyLength = 40;

    /// <summary>The labels looked up by a span, so the common label needs no strings (the layout reader asks for every word before a colon).</summary>
    private static readonly FrozenDictionary<string, SectionRole>.AlternateLookup<ReadOnlySpan<char>> SpanLabels = Labels.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// <see cref="Normalize"/> into <paramref name="key"/> without allocating, for a label without brackets, gender
    /// endings or surrogates (nearly every one): its length, more than <see cref="MaxKeyLength"/> when it is longer; null
    /// when the label needs the general way.
    /// </summary>
    private static int? NormalizePlain(ReadOnlySpan<char> label, Span<char> key)
    {
        var text = label.Trim().TrimEnd(':').Trim();
        if (text.IndexOfAny("(*_:") >= 0)
            return null;
        var end = text.Length;
        while (end > 0 && (char.IsDigit(text[end - 1]) || text[end - 1] is ' ' or '.' or ')'))
            end--;
        var length = 0;
        var gap = false;
        foreach (var c in text[..end])
        {
            if (char.IsSurrogate(c))
                return null;
            if (c == ' ')
            {
                gap = length > 0;
                continue;
            }

            if (length + (gap ? 2 : 1) > MaxKeyLength)
                return MaxKeyLength + 1;
            if (gap)
                key[length++] = ' ';
            key[length++] = Text.InvariantLower.Of(c);
            gap = false;
        }

        return length;
    }

    /// <summary>Lower case, no trailing colon or number ("Impuls 2:" → "impuls"), "(s)" and ":innen" dropped, single spaces.</summary>
    private static string Normalize(string label)
    {
        var text = label.Trim().TrimEnd(':').Trim().ToLowerInvariant()
            .Replace("(s)", string.Empty, StringComparison.Ordinal)
            .Replace(":innen", string.Empty, StringComparison.Ordinal)
            .Replace("*innen", string.Empty, StringComparison.Ordinal)
            .Replace("_innen", string.Empty, StringComparison.Ordinal);
        var end = text.Length;
        while (end > 0 && (char.IsDigit(text[end - 1]) || text[end - 1] is ' ' or '.' or ')' or '('))
            end--;
        return string.Join(' ', text[..end].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static FrozenDictionary<string, SectionRole> Build()
    {
        var labels = new Dictionary<string, SectionRole>(StringComparer.Ordinal);
        void Add(SectionRole role, params string[] words)
        {
            foreach (var word in words)
                labels[word] = role;
        }

        Add(SectionRole.Panel,
            "gäste", "gast", "die gäste", "unsere gäste", "zu gast", "zu gast sind", "zu gast ist", "heute zu gast", "gäste im studio",
            "im studio", "podium", "auf dem podium", "podiumsgäste", "podiumsteilnehmende", "podiumsteilnehmer", "diskutanten",
            "diskutantinnen", "es diskutieren", "es diskutierten", "mit", "mit dabei", "teilnehmende", "teilnehmer", "teilnehmerinnen",
            "gesprächspartner", "gesprächspartnerin", "gesprächsgäste", "referenten", "referentinnen", "referentinnen und referenten",
            "referierende", "im gespräch", "panel", "panelists", "panellists", "panelist", "the panel", "our panel", "panel members",
            "speakers", "speaker", "featured speakers", "guests", "guest", "our guests", "with", "contributor", "contributors",
            "participants", "discussants", "in conversation", "featuring", "panel discussion", "podiumsdiskussion", "diskussion",
            "panelists include", "the panel includes", "speakers include", "guests include", "joining us", "for the motion",
            "against the motion", "arguing for the motion", "arguing against the motion", "speaking for the motion",
            "speaking against the motion", "pro", "contra", "dafür", "dagegen", "in discussion", "im dialog", "mit dabei sind",
            "gespräch", "podiumsgespräch", "debatte", "streitgespräch", "talk", "conversation", "roundtable", "round table", "podiumsgespräch mit", "podiumsdiskussion mit", "panel discussion with",
            "sachverständige", "als sachverständige sind eingeladen", "eingeladen sind", "witnesses", "around the table", "am tisch");
        Add(SectionRole.Host,
            "moderation", "moderator", "moderatorin", "moderatoren", "moderiert von", "moderated by", "chair", "chaired by", "chairs",
            "host", "hosts", "hosted by", "presenter", "presented by", "anchor", "leitung", "gesprächsleitung", "diskussionsleitung",
            "gastgeber", "gastgeberin", "moderation und leitung", "es moderiert", "moderators", "am mikrofon", "session chair",
            "gesprächsführung", "das gespräch führt", "vorsitz", "sitzungsleitung", "moderation and chair", "facilitator", "facilitated by", "in the chair", "mod");
        Add(SectionRole.Welcome,
            "begrüßung", "grußwort", "grußworte", "welcome", "welcome remarks", "welcoming remarks", "opening remarks", "opening",
            "eröffnung", "einführung", "introduction", "introductory remarks", "begrüßung und einführung", "welcome and introduction");
        Add(SectionRole.Keynote, "keynote", "keynote address", "opening keynote", "opening keynote address", "keynote speaker",
            "keynote speech", "festvortrag", "vortrag", "lecture", "festrede");
        Add(SectionRole.Impulse, "impuls", "impulse", "impulsvortrag", "impulsvorträge", "impulsgeber", "impulsgeberin", "input");
        Add(SectionRole.Closing, "closing remarks", "closing", "schlusswort", "abschluss", "closing keynote", "closing thoughts",
            "verabschiedung", "fazit", "concluding remarks");
        Add(SectionRole.Other, "committee members", "members of the committee", "committee membership", "members", "ausschussmitglieder",
            "mitglieder", "mitglieder des ausschusses", "team", "das team", "our team", "staff", "organisers", "organizers", "organisation team",
            "predigt", "musik", "music", "anwältin des publikums", "anwalt des publikums", "lesung", "gottesdienst",
            "segen", "interview", "film", "ausstellung", "workshop", "empfang", "reception", "q&a", "networking", "performance");
        Add(SectionRole.Byline, "von", "by", "text", "autor", "autorin", "author", "redaktion", "foto", "fotos", "bild", "credits",
            "written by", "posted by");
        Add(SectionRole.Schedule,
            "wann", "wo", "ort", "datum", "zeit", "uhrzeit", "termin", "nächster termin", "sendetermin", "sendetermine", "sendezeit",
            "when", "where", "date", "time", "venue", "location", "bis", "published", "updated", "tagungsnr", "eintritt", "tickets",
            "anmeldung", "registration", "register", "livestream", "stream", "zur website", "website", "mehr", "info", "infos",
            "kontakt", "contact", "veranstaltungsort", "adresse", "address", "kosten", "preis", "price", "dauer", "duration",
            "episode", "folge", "ausgabe", "sendung", "format", "kategorie", "category", "tags", "stand", "quelle", "source",
            "deutsche tv-premiere", "erstausstrahlung", "wiederholung", "uhr", "originaltitel", "original title", "titel", "genre",
            "land", "jahr", "produktion", "untertitel");
        Add(SectionRole.Neutral, "programm", "program", "programme", "agenda", "inhalt", "ablauf", "zum inhalt", "beschreibung",
            "about", "details", "overview", "über die veranstaltung", "about the event", "event details", "summary", "zusammenfassung");
        return labels.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
