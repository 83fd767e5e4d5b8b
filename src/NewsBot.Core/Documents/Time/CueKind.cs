namespace NewsBot.Core.Documents.Time;

/// <summary>What a word near a date says about it.</summary>
[Flags]
internal enum CueKind
{
    None = 0,

    /// <summary>The text speaks of the broadcast itself: "live", "Sendung", "stream", "airs", "im ZDF".</summary>
    Broadcast = 1,

    /// <summary>An event or a programme item: "Podium", "Veranstaltung", "Gäste", "panel", "webinar", "episode".</summary>
    Event = 2,

    /// <summary>Something happening at that time: "beginnt", "diskutiert", "takes place", "join".</summary>
    Action = 4,

    /// <summary>Points ahead: "kommenden", "nächster", "next", "heute", "tonight".</summary>
    Future = 8,

    /// <summary>News or the past: "sagte", "said", "vergangenen", "last", "hatte", "seit".</summary>
    Past = 16,

    /// <summary>When the page was written: "veröffentlicht", "Published", "Stand:", "updated".</summary>
    Publication = 32,

    /// <summary>A repeat: "Wiederholung", "rerun".</summary>
    Repeat = 64,

    /// <summary>Not this broadcast's slot: a regular one ("dienstags", "jeden", "every"), a replaced or cancelled one ("statt", "entfällt").</summary>
    Recurrence = 128,

    /// <summary>Not the start of the discussion: "Einlass", "doors", "Anmeldung", "deadline".</summary>
    Admission = 256,
}
