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

    /// <summary>Not this broadcast's slot: a regular one ("dienstags", "jeden", "every", "wie gewohnt") or a cancelled one ("entfällt").</summary>
    Recurrence = 128,

    /// <summary>Not the start of the discussion: "Einlass", "doors", "Anmeldung", "deadline".</summary>
    Admission = 256,

    /// <summary>The slot that follows is replaced: "statt am Donnerstag", "instead of 8 p.m.".</summary>
    Replaced = 512,

    /// <summary>The sentence names the show of the closing title line ("„maybrit illner“ beginnt erst um 23.15 Uhr").</summary>
    Show = 1024,
}
