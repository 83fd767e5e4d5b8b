namespace NewsBot.Texts;

internal sealed class GermanTexts : BotTexts
{
    public override BotLanguage Language => BotLanguage.German;

    public override string Apology => "Entschuldigung, bei mir ist etwas schiefgegangen. Bitte versuche es gleich noch einmal.";
    public override string UnknownCommand => "Diesen Befehl kenne ich (nicht mehr). Probiere /hilfe.";
    public override string GuildOnly => "Dieser Befehl funktioniert nur auf einem Server.";
    public override string NoDiscussions => "Gerade sind keine Diskussionen geladen.";
    public override string UnknownDiscussion(string given) => $"Eine Diskussion „{given}“ kenne ich nicht. Wähle eine aus den Vorschlägen.";
    public override string InvalidChoice(string option, string given, string allowed) =>
        $"„{given}“ ist kein gültiger Wert für {option}. Erlaubt: {allowed}.";

    public override string StreamLabel => "Stream";
    public override string ShowLabel => "Sendung";
    public override string StartLabel => "Beginn";
    public override string EndLabel => "Ende";
    public override string WatchLabel => "Ansehen";
    public override string NotScheduled => "Noch kein Termin.";
    public override string NoSummary => "Für diese Diskussion gibt es noch keine Zusammenfassung.";
    public override string HostLabel => "Moderation";
    public override string NoPanel => "Die Ankündigung nennt noch keine Gäste.";
    public override string QuestionsTitle => "Leitfragen";
    public override string NoQuestions => "Die Ankündigung nennt keine Leitfragen.";
    public override string ScheduleTitle => "Nächste Streams";
    public override string NothingScheduled => "Gerade sind keine Streams geplant.";

    public override string AnnouncedFor(string when) => $"Angekündigt für {when} – noch nicht im Sendeplan.";
    public override string Day(DateOnly day) =>
        $"{Weekdays[(int)day.DayOfWeek]}, {day.Day}. {Months[day.Month - 1]} {day.Year}";
    public override string NoTimeGiven => "ohne Uhrzeit";
    public override string Clock(string times, string zone) => $"{times} Uhr ({zone}), ohne Datum";

    public override string HelpTitle => "Was ich kann";
    public override string HelpIntro => "Zeiten erscheinen in deiner eigenen Zeitzone. Ohne Diskussion nehme ich die nächste.";

    public override string NotAllowed => "Nur Mitglieder mit der Berechtigung „Server verwalten“ können meine Einstellungen ändern.";
    public override string SettingsTitle => "Einstellungen";
    public override string ChannelLabel => "Ankündigungskanal";
    public override string RoleLabel => "Rolle für Pings";
    public override string RemindersLabel => "Erinnerungen";
    public override string LanguageLabel => "Sprache";
    public override string EventsLabel => "Server-Events";
    public override string ProblemsLabel => "Probleme";
    public override string NotSet => "nicht gesetzt";
    public override string NoAnnouncements => "nicht gesetzt – es werden keine Ankündigungen gepostet";
    public override string NobodyPinged => "keine – niemand wird gepingt";
    public override string NoProblems => "Keine bekannten Probleme.";
    public override string On => "an";
    public override string Off => "aus";
    public override string LanguageName(BotLanguage language) => language == BotLanguage.German ? "Deutsch" : "Englisch";
    public override string Minutes(string list) => $"{list} Minuten vor Beginn (0 = zum Beginn)";
    public override string ChannelSaved(string channel) => $"Ankündigungen gehen ab jetzt in {channel}.";
    public override string ChannelNotVisible => "Achtung: Ich kann diesen Kanal nicht sehen. Ankündigungen schlagen fehl, bis ich ihn sehen kann.";
    public override string MissingPermissions(string permissions) =>
        $"Achtung: Mir fehlen dort diese Berechtigungen: {permissions}. Ankündigungen schlagen fehl, bis sie erteilt sind.";
    public override string RoleSaved(string role) => $"Ankündigungen pingen {role}.";
    public override string RoleCleared => "Ankündigungen pingen niemanden.";
    public override string RoleUnknown => "Achtung: Diese Rolle finde ich nicht.";
    public override string RoleNotMentionable =>
        "Achtung: Diese Rolle ist nicht erwähnbar und mir fehlt „Erwähne @everyone, @here und alle Rollen“ – der Ping bliebe wirkungslos. " +
        "Mach die Rolle erwähnbar oder gib mir diese Berechtigung.";
    public override string RemindersSaved(string list) => $"Erinnerungen: {list} Minuten vor Beginn (0 = zum Beginn).";
    public override string RemindersInvalid(ReminderStepsError error, string? token) => error switch
    {
        ReminderStepsError.Empty => "Gib bis zu 5 Erinnerungen in Minuten an, z. B. „60, 15, 0“.",
        ReminderStepsError.NotANumber => $"„{token}“ ist keine ganze Zahl von Minuten. Beispiel: „60, 15, 0“.",
        ReminderStepsError.OutOfRange => $"„{token}“ liegt außerhalb des Bereichs: Jede Erinnerung muss zwischen 0 und 10080 Minuten (7 Tage) liegen.",
        ReminderStepsError.TooMany => "Höchstens 5 Erinnerungen sind erlaubt.",
        ReminderStepsError.Duplicate => $"„{token}“ steht doppelt da. Jede Erinnerung darf nur einmal vorkommen.",
        _ => "Diese Erinnerungen sind nicht gültig.",
    };
    public override string LanguageSaved(BotLanguage language) => $"Öffentliche Antworten und Ankündigungen sind jetzt auf {LanguageName(language)}.";
    public override string EventsSaved(bool enabled) =>
        enabled ? "Streams werden als Server-Events gespiegelt." : "Streams werden nicht mehr als Server-Events gespiegelt.";
    public override string MissingManageEvents =>
        "Achtung: Mir fehlt die Berechtigung „Events verwalten“ (oder „Events erstellen“), daher kann ich die Events erst anlegen, wenn sie erteilt ist.";
    public override string PreviewNotScheduled => "Diese Diskussion hat keinen Termin; die Vorschau nutzt eine Beispielzeit.";
    public override string PreviewAnnounced => "Diese Diskussion ist nicht im Sendeplan; die Vorschau nutzt die Zeit, die ihr Text ankündigt.";
    public override string PreviewNoChannel => "Es ist noch kein Ankündigungskanal gesetzt, daher würde nichts gepostet. Nutze /einstellungen kanal.";

    private static readonly string[] Weekdays = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];

    private static readonly string[] Months =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
}
