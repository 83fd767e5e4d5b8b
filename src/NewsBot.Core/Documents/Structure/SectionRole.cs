namespace NewsBot.Core.Documents.Structure;

/// <summary>What the people under a label or heading are: the panel, the host, or someone else on the programme.</summary>
internal enum SectionRole
{
    /// <summary>No label governs the line.</summary>
    None,

    /// <summary>"Gäste:", "Podium", "Speakers", "Panelists include:", "Mit:", "Guests".</summary>
    Panel,

    /// <summary>"Moderation:", "Chair", "Host:", "Leitung".</summary>
    Host,

    /// <summary>"Begrüßung:", "Grußwort", "Welcome", "Opening Remarks", "Einführung".</summary>
    Welcome,

    /// <summary>"Keynote", "Festvortrag".</summary>
    Keynote,

    /// <summary>"Impuls 1:": the panel when no separate podium is named, else not.</summary>
    Impulse,

    /// <summary>"Closing Remarks", "Schlusswort".</summary>
    Closing,

    /// <summary>Other programme items and their people: "Predigt", "Musik", "Anwältin des Publikums".</summary>
    Other,

    /// <summary>The author of the page: "Von X", "By X", "Text:".</summary>
    Byline,

    /// <summary>Date, time, place and service fields: "Wann:", "Wo:", "Nächster Termin:", "Published".</summary>
    Schedule,

    /// <summary>Structure without people: "Programm", "Inhalt", "Agenda".</summary>
    Neutral,
}
