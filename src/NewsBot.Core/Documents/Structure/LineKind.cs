namespace NewsBot.Core.Documents.Structure;

/// <summary>What a line of a document's body is, judged from its shape and its neighbours.</summary>
internal enum LineKind
{
    /// <summary>Running text: the news, the topic, prose about the event.</summary>
    Prose,

    /// <summary>A short title line without a sentence end ("Programm", "Opening Keynote Address", "Video").</summary>
    Heading,

    /// <summary>A labelled line or section label: "Moderation: X", "Gäste:", "Podium", "Impuls 1: X".</summary>
    Label,

    /// <summary>A person in a list: "Nancy Faeser (SPD, Bundesinnenministerin)", "Peter Hain", "- Name (Rolle): …".</summary>
    Person,

    /// <summary>The role line under a name line ("Vice President for Studies").</summary>
    PersonTitle,

    /// <summary>Running text about the person named in the line before (a speaker's bio).</summary>
    Bio,

    /// <summary>A schedule or service line: date, time, place, duration ("Thu. Oct 16th, 2025 9:30 AM").</summary>
    Schedule,

    /// <summary>The author of the page: "Von Lena Hofbauer", a name line above the closing date.</summary>
    Byline,

    /// <summary>A line of questions only.</summary>
    Question,
}
