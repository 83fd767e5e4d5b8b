using NewsBot.Texts;

namespace NewsBot.Companion;

/// <summary>The companion's own words in the live thread, the queue and the recap, in the guild's language.</summary>
internal sealed record CompanionTexts(
    string IntroTitle,
    string IntroDescription,
    string PanelField,
    string QuestionsField,
    string WatchField,
    string NoPanel)
{
    public static readonly CompanionTexts German = new(
        IntroTitle: "Live-Thread: {0}",
        IntroDescription: "Hier verfolgen wir die Diskussion gemeinsam. Fragen an das Podium stellst du mit `/frage`; "
            + "freigegebene Fragen erscheinen hier und du kannst für sie stimmen.",
        PanelField: "Auf dem Podium",
        QuestionsField: "Leitfragen",
        WatchField: "Zuschauen",
        NoPanel: "Das Podium ist noch nicht bekannt.");

    public static readonly CompanionTexts English = new(
        IntroTitle: "Live thread: {0}",
        IntroDescription: "Follow the discussion together here. Put questions to the panel with `/ask`; "
            + "approved questions appear here and you can vote for them.",
        PanelField: "On the panel",
        QuestionsField: "Guiding questions",
        WatchField: "Watch",
        NoPanel: "The panel is not known yet.");

    public static CompanionTexts For(BotLanguage language) => language == BotLanguage.English ? English : German;
}
