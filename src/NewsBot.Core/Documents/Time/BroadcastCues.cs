using System.Collections.Frozen;

namespace NewsBot.Core.Documents.Time;

/// <summary>The words (German and English) that tell a broadcast date from a date of the news, and their weights.</summary>
internal static class BroadcastCues
{
    private static readonly FrozenDictionary<string, CueKind> Words = Build();

    /// <summary>Two-word cues, keyed by the second word: "takes place", "im Ersten", "zu sehen", "last updated".</summary>
    private static readonly FrozenDictionary<string, (string First, CueKind Kind)[]> Pairs = new Dictionary<string, (string, CueKind)[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["place"] = [("takes", CueKind.Action), ("take", CueKind.Action), ("took", CueKind.Action), ("taking", CueKind.Action)],
        ["statt"] = [("findet", CueKind.Action), ("finden", CueKind.Action)],
        ["us"] = [("join", CueKind.Action)],
        ["sehen"] = [("zu", CueKind.Broadcast)],
        ["in"] = [("tune", CueKind.Broadcast), ("check", CueKind.Admission)],
        ["from"] = [("comes", CueKind.Action)],
        ["updated"] = [("last", CueKind.Publication)],
        ["gast"] = [("zu", CueKind.Event)],
        ["air"] = [("on", CueKind.Broadcast)],
        ["host"] = [("will", CueKind.Action)],
        ["show"] = [("the", CueKind.Event), ("this", CueKind.Event), ("our", CueKind.Event)],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that, in front of a colon at the start of a line, label the date of the event ("Wann:", "Termin:", "Date:").</summary>
    private static readonly FrozenSet<string> Labels = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "wann", "datum", "termin", "sendetermin", "sendezeit", "zeit", "uhrzeit", "beginn", "start", "von", "ausstrahlung",
        "erstausstrahlung", "live", "livestream", "when", "date", "time", "starts", "airs", "broadcast", "premiere",
        "program", "programme", "programm");

    public static int Weight(CueKind kinds)
    {
        var weight = 0;
        if (kinds.HasFlag(CueKind.Broadcast))
            weight += 3;
        if (kinds.HasFlag(CueKind.Show))
            weight += 3;
        if (kinds.HasFlag(CueKind.Event))
            weight += 2;
        if (kinds.HasFlag(CueKind.Action))
            weight += 1;
        if (kinds.HasFlag(CueKind.Future))
            weight += 1;
        if (kinds.HasFlag(CueKind.Past))
            weight -= 2;
        return weight;
    }

    /// <summary>The cue of <paramref name="word"/>, given the word before it.</summary>
    public static CueKind Of(ReadOnlySpan<char> previous, ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
            return CueKind.None;
        if (Pairs.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var pairs))
        {
            foreach (var (first, kind) in pairs)
            {
                if (previous.Equals(first, StringComparison.OrdinalIgnoreCase))
                    return kind;
            }
        }

        // "morgen" is tomorrow only in lower case; "Morgen" is the morning.
        if (word.SequenceEqual("Morgen"))
            return CueKind.None;
        return Words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var cue) ? cue : CueKind.None;
    }

    public static bool IsLabel(ReadOnlySpan<char> word) => Labels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static FrozenDictionary<string, CueKind> Build()
    {
        var words = new Dictionary<string, CueKind>(StringComparer.OrdinalIgnoreCase);
        void Add(CueKind kind, params string[] list)
        {
            foreach (var w in list)
                words[w] = kind;
        }

        Add(CueKind.Broadcast,
            "live", "livestream", "livestreams", "livestreamed", "stream", "streams", "streamed", "streaming", "gestreamt",
            "übertragung", "übertragen", "überträgt", "liveübertragung", "sendung", "sendetermin", "sendezeit", "sendet",
            "ausstrahlung", "ausgestrahlt", "erstausstrahlung", "premiere", "mediathek", "airs", "broadcast", "broadcasts",
            "webcast", "webinar", "livestreaming", "fernsehen", "tv", "channel", "sender");
        Add(CueKind.Event,
            "veranstaltung", "podium", "podiumsdiskussion", "podiumsgespräch", "diskussion", "diskussionsrunde", "gesprächsrunde",
            "talk", "talkshow", "debatte", "symposium", "tagung", "fachtagung", "konferenz", "vortrag", "lesung", "gäste",
            "gast", "ausgabe", "episode", "programme", "program", "event", "panel", "session", "conference",
            "debate", "forum", "lecture", "seminar", "workshop", "podcast", "gespräch", "runde", "guests", "discussion",
            "conversation", "townhall", "webinare", "onlineveranstaltung", "online-veranstaltung", "livetalk");
        Add(CueKind.Action,
            "diskutiert", "diskutieren", "spricht", "sprechen", "beginnt", "beginn", "startet", "begins", "starts", "läuft",
            "zugeschaltet", "moderiert", "moderates", "chaired", "hosted", "discuss", "discusses", "register", "registrieren",
            "anmelden", "watch", "verfolgen", "einschalten", "debattieren", "diskutiere", "eingeladen", "begrüßt", "empfängt",
            "lädt", "invites", "welcomes", "hosts", "findet", "fand", "stattfindet", "stattfand", "diskutierten", "sprachen",
            "debattierten", "discussed", "debated", "runs", "held", "hold", "holds", "holding", "opens", "eröffnet");
        Add(CueKind.Future,
            "kommenden", "kommende", "kommender", "nächsten", "nächste", "nächster", "next", "upcoming", "heute", "tonight",
            "today", "morgen", "tomorrow", "demnächst", "bald", "soon");
        Add(CueKind.Past,
            "hatte", "hatten", "sagte", "sagten", "erklärte", "berichtete", "teilte", "said", "told", "reported", "vergangenen",
            "vergangene", "vergangener", "letzten", "vorigen", "voriger", "last", "earlier", "ago", "seit", "since", "damals",
            "zuletzt", "previously", "lief", "liefen", "startete", "gestartet", "premiered", "debuted", "gegründet", "founded",
            "erstmals", "aired");
        Add(CueKind.Publication,
            "veröffentlicht", "published", "aktualisiert", "updated", "erstellt", "posted", "veröffentlichung", "publiziert",
            "released");
        Add(CueKind.Repeat,
            "wiederholung", "wiederholungen", "wdh", "wiederholt", "repeat", "repeats", "rerun", "reruns", "encore",
            "zweitausstrahlung");
        Add(CueKind.Recurrence,
            "montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "sonnabends", "sonntags", "werktags",
            "täglich", "wöchentlich", "jeden", "jede", "jeweils", "immer", "regelmäßig", "normalerweise", "üblicherweise",
            "gewöhnlich", "every", "weekly", "daily", "weeknights", "weekdays", "mondays", "tuesdays", "wednesdays",
            "thursdays", "fridays", "saturdays", "sundays", "usually", "nightly", "gewohnt", "üblich", "usual", "sonst",
            "ursprünglich", "originally", "entfällt", "abgesagt", "cancelled", "canceled");
        Add(CueKind.Replaced, "anstatt");
        Add(CueKind.Admission,
            "einlass", "doors", "registration", "anmeldung", "anmeldeschluss", "deadline", "akkreditierung", "anmeldefrist");
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
