namespace NewsBot.Texts;

/// <summary>What a moderator is told by <c>/streams</c>, in German and English.</summary>
internal sealed class StreamTexts
{
    private static readonly StreamTexts InGerman = new(german: true);
    private static readonly StreamTexts InEnglish = new(german: false);

    private StreamTexts(bool german) => German = german;

    public static StreamTexts For(BotLanguage language) => language == BotLanguage.German ? InGerman : InEnglish;

    public bool German { get; }

    public string NotAllowed => German
        ? "Nur Mitglieder mit der Berechtigung „Server verwalten“ können Streams planen."
        : "Only members with the Manage Server permission can schedule streams.";

    /// <summary>The autocomplete hint for a start that was not understood (at most 100 characters).</summary>
    public string StartHint => German
        ? "❓ Nicht verstanden – z. B. 03.12.2026 20:15 · heute 20:15 · morgen 18 Uhr · Do 20:15"
        : "❓ Not understood – e.g. 2026-12-03 20:15 · today 8pm · tomorrow 6 pm · Thu 8:15 pm";

    public string StartNotUnderstood(string given) => German
        ? $"Den Beginn „{given}“ verstehe ich nicht. Beispiele: `03.12.2026 20:15`, `3.12. 20:15`, `heute 20:15`, `morgen 18 Uhr`, `Do 20:15`, `2026-12-03 20:15`."
        : $"I don't understand the start \"{given}\". Examples: `2026-12-03 20:15`, `03.12.2026 20:15`, `today 8pm`, `tomorrow 6 pm`, `Thursday 8:15 pm`.";

    public string EndNotUnderstood(string given) => German
        ? $"Das Ende „{given}“ verstehe ich nicht (z. B. `21:00` oder `03.12.2026 21:00`)."
        : $"I don't understand the end \"{given}\" (e.g. `9 pm` or `2026-12-03 21:00`).";

    public string NoTime => German
        ? "Ein Tag ohne Uhrzeit – bitte eine Uhrzeit angeben, z. B. `morgen 20:15`."
        : "A day without a time – please add one, e.g. `tomorrow 8:15 pm`.";

    public string NoSuchDate(string part) => German
        ? $"„{part}“ ist kein gültiges Datum und keine gültige Uhrzeit."
        : $"\"{part}\" is not a date or time that exists.";

    public string Nonexistent(string local, string zone) => German
        ? $"{local} gibt es in {zone} nicht: Die Uhr springt dann vor (Sommerzeit). Bitte eine andere Uhrzeit wählen."
        : $"{local} does not exist in {zone}: the clocks jump forward then (daylight saving time). Please pick another time.";

    public string UnknownZone(string zone) => German
        ? $"„{zone}“ ist keine bekannte Zeitzone (IANA, z. B. `Europe/Berlin`)."
        : $"\"{zone}\" is not a known time zone (IANA, e.g. `Europe/Berlin`).";

    public string BadLink(string link) => German
        ? $"„{link}“ ist keine vollständige http(s)-Adresse."
        : $"\"{link}\" is not a complete http(s) address.";

    public string StartInThePast(string when) => German
        ? $"{when} ist schon vorbei; ein Stream muss in der Zukunft beginnen."
        : $"{when} has already passed; a stream must start in the future.";

    public string EndNotAfterStart => German ? "Das Ende muss nach dem Beginn liegen." : "The end must be after the start.";

    public string LimitReached(int limit) => German
        ? $"Dieser Server hat schon {limit} geplante Streams, die noch nicht vorbei sind – mehr sind nicht möglich. Bitte erst einen absagen."
        : $"This server already has {limit} scheduled streams that are not over yet, the most it may have. Please cancel one first.";

    public string UnknownStream => German
        ? "Dieser Stream ist auf diesem Server nicht (mehr) geplant. Bitte einen aus den Vorschlägen wählen."
        : "That stream is not scheduled in this server (any more). Please pick one from the suggestions.";

    public string Ambiguous => German
        ? "Diese Uhrzeit gibt es zweimal (die Uhr wird zurückgestellt); gemeint ist die erste, noch in der Sommerzeit."
        : "This time happens twice (the clocks go back); the first one, still in summer time, is meant.";

    public string Scheduled(string headline, string start, string relative) => German
        ? $"Geplant: **{headline}**\nBeginn: {start} ({relative})\nAnkündigungen und das Server-Event richten sich danach."
        : $"Scheduled: **{headline}**\nStart: {start} ({relative})\nAnnouncements and the server event follow it.";

    public string Moved(string headline, string from, string to, string relative) => German
        ? $"Verschoben: **{headline}**\nvon {from}\nauf {to} ({relative})\nDie Ankündigungen für die alte Zeit entfallen."
        : $"Moved: **{headline}**\nfrom {from}\nto {to} ({relative})\nThe announcements for the old time are cancelled.";

    public string Cancelled(string headline, string when) => German
        ? $"Abgesagt: **{headline}** am {when}.\nSeine Ankündigungen entfallen, das Server-Event wird entfernt."
        : $"Cancelled: **{headline}** on {when}.\nIts announcements are cancelled and its server event is removed.";

    public string EndLine(string end) => German ? $"Ende: {end}" : $"End: {end}";
}
