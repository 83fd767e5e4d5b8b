namespace NewsBot.NoToken.Terminal;

internal sealed class GermanTerminalTexts : TerminalTexts
{
    public static readonly GermanTerminalTexts Instance = new();

    public override string Locale => "de";

    public override string BannerTitle => "NewsBot-Sandbox — kein Discord-Token gesetzt, der Bot läuft gegen ein eingebautes lokales Discord.";
    public override string BannerExplanation(string guild) =>
        $"Tippe Slash-Befehle wie ein Mitglied des Servers „{guild}“; die Antworten des Bots und seine Ankündigungen erscheinen hier.";
    public override string ActingAs(string member, string channel) => $"Du bist {member} in #{channel}.";
    public override string BannerExamples => "Probier:  /help   /summary length:short   /panel   /schedule   /panel discussion:nord ?  (Vorschläge)";
    public override string BannerSwitch => "Als Moderatorin:  :as moderator  dann z. B.  /config show   /config channel channel:#announcements";
    public override string BotNotConnectedYet => "Der Bot ist noch nicht verbunden; Befehle werden beantwortet, sobald er es ist.";
    public override string BannerHelp => ":help zeigt alles, :commands die Befehle des Bots, :lang en wechselt zu Englisch, :quit beendet den Bot.";

    public override string DemoStream(string headline, string startTime, int reminderMinutes) =>
        $"Demo: „{headline}“ startet um {startTime} (nur in diesem Lauf). {reminderMinutes} Minuten vorher erscheint eine Erinnerung in " +
        "#announcements, zum Start „Jetzt live“; probier solange /termine und /stream.";

    public override string Help => """
        Slash-Befehle:    /name [Unterbefehl] option:wert option:"Wert mit Leerzeichen"
                          #kanal und @rolle/@mitglied werden über den Namen gefunden; ein letztes "?" holt Vorschläge
                          z. B. /summary length:short   /config reminders steps:"60, 15, 0"
        :as moderator|viewer|owner    als anderes Mitglied handeln (Server verwalten hat die Moderatorin)
        :lang de|en                   deine Sprache (dieses Terminal und deine Discord-Sprache)
        :channel general|announcements|moderators|read-only   der Kanal, in dem du schreibst
        :messages [kanal] [anzahl]    die letzten Nachrichten eines Kanals
        :commands                     die Befehle, die der Bot registriert hat, mit Optionen
        :events                       die geplanten Events des Servers (gespiegelte Streams)
        :press beschriftung           die Schaltfläche mit dieser Beschriftung auf der neuesten Nachricht drücken, die sie hat
        :help                         dieser Text
        :quit                         den Bot beenden (Ende der Eingabe beendet nur das Lesen)
        """;

    public override string OnlyYou => "nur für dich sichtbar";
    public override string NotConnected => "Der Bot ist (noch) nicht verbunden; versuch es gleich noch einmal.";
    public override string NoAnswer => "Der Bot hat nicht innerhalb von Discords 3 Sekunden geantwortet.";
    public override string StillThinking => "Der Bot denkt noch nach (nach dem Aufschub kam keine Antwort).";
    public override string Failed(int status, string? error) => $"Die Sandbox konnte den Befehl nicht zustellen ({status}: {error ?? "keine Details"}).";
    public override string ModalOpened(string title) => $"Der Bot hat ein Formular „{title}“ geöffnet; Formulare kann dieses Terminal nicht.";
    public override string NoReply => "Der Bot hat den Befehl ohne Antwort bestätigt.";
    public override string Suggestions => "Vorschläge (nimm den Wert nach →):";
    public override string NoSuggestions => "Keine Vorschläge.";
    public override string Followup => "Nachtrag";

    public override string NowActingAs(string member) => $"Du bist jetzt {member}.";
    public override string NowLanguage => "Sprache: Deutsch.";
    public override string NowChannel(string channel) => $"Du schreibst jetzt in #{channel}.";
    public override string NoMessages(string channel) => $"In #{channel} gibt es noch keine Nachrichten.";
    public override string NoCommands => "Der Bot hat noch keine Befehle registriert.";
    public override string NoButton(string label, string channel) => $"Keine Nachricht in #{channel} hat eine Schaltfläche „{label}“ zum Drücken.";
    public override string NoEvents => "Der Bot hat keine geplanten Events angelegt.";
    public override string InputClosed => "Eingabe beendet; der Bot läuft weiter (Strg+C beendet ihn).";
    public override string Goodbye => "Der Bot wird beendet.";
    public override string Unexpected => "Im Terminal ist etwas schiefgegangen; siehe Log. Du kannst weiter tippen.";

    public override string Describe(InputError error) => error.Kind switch
    {
        InputErrorKind.UnclosedQuote => $"Ein Anführungszeichen ist nicht geschlossen: {error.Detail}",
        InputErrorKind.ExpectedNameValue => $"Erwartet wird option:wert, nicht „{error.Detail}“.",
        InputErrorKind.EmptyOptionName => $"Vor dem Doppelpunkt fehlt der Name der Option: „{error.Detail}“.",
        InputErrorKind.DuplicateOption => $"Die Option „{error.Detail}“ ist doppelt angegeben.",
        InputErrorKind.MissingCommandName => "Nach dem Schrägstrich fehlt der Befehl, z. B. /help.",
        InputErrorKind.UnknownCommand => $"Den Befehl /{error.Detail} gibt es nicht. Befehle: {error.Known}",
        InputErrorKind.UnknownSubcommand => $"Unbekannter Unterbefehl „{error.Detail}“. Möglich: {error.Known}",
        InputErrorKind.MissingSubcommand => $"Dieser Befehl braucht einen Unterbefehl: {error.Known}",
        InputErrorKind.UnknownOption => $"Unbekannte Option „{error.Detail}“. Optionen: {Or(error.Known)}",
        InputErrorKind.MissingOption => $"Die Option „{error.Detail}“ ist Pflicht.",
        InputErrorKind.UnknownChannel => $"Den Kanal #{error.Detail} gibt es nicht. Kanäle: {error.Known}",
        InputErrorKind.UnknownRole => $"Die Rolle @{error.Detail} gibt es nicht. Rollen: {error.Known}",
        InputErrorKind.UnknownMember => $"Das Mitglied @{error.Detail} gibt es nicht. Mitglieder: {error.Known}",
        InputErrorKind.NotANumber => $"„{error.Detail}“ ist keine Zahl.",
        InputErrorKind.NotABoolean => $"„{error.Detail}“ ist weder true noch false.",
        InputErrorKind.NothingToSuggest => $"Für „{error.Detail}“ gibt es keine Vorschläge; Vorschläge haben nur: {Or(error.Known)}",
        InputErrorKind.UnknownMeta => $"Unbekannter Befehl :{error.Detail}. Tippe :help.",
        InputErrorKind.MetaArgument => $"Verwende {error.Known}.",
        _ => error.Kind.ToString(),
    };

    private static string Or(string known) => known.Length == 0 ? "keine" : known;
}
