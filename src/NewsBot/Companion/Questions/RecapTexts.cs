using NewsBot.Texts;

namespace NewsBot.Companion.Questions;

/// <summary>The words of the recap, the CSV message and /catchup.</summary>
internal sealed record RecapTexts(
    string RecapTitle,
    string Counts,
    string TopQuestions,
    string NoTopQuestions,
    string Panel,
    string Watch,
    string CsvMessage,
    string LiveSince,
    string StartsAt,
    string EndedAt,
    string Thread,
    string NothingOpen)
{
    public static readonly RecapTexts German = new(
        RecapTitle: "Rückblick: {0}",
        Counts: "Fragen gestellt: {0} · freigegeben: {1} · beantwortet: {2}",
        TopQuestions: "Die meistgewählten Fragen",
        NoTopQuestions: "Keine freigegebenen Fragen.",
        Panel: "Auf dem Podium",
        Watch: "Zum Stream",
        CsvMessage: "Alle Publikumsfragen zu „{0}“ als CSV.",
        LiveSince: "Live seit {0} ({1})",
        StartsAt: "Beginnt {0} ({1})",
        EndedAt: "Beendet {0} ({1})",
        Thread: "Live-Thread",
        NothingOpen: "Gerade läuft keine Diskussion, zu der du aufholen kannst.");

    public static readonly RecapTexts English = new(
        RecapTitle: "Recap: {0}",
        Counts: "Questions asked: {0} · approved: {1} · answered: {2}",
        TopQuestions: "The most voted questions",
        NoTopQuestions: "No approved questions.",
        Panel: "On the panel",
        Watch: "Watch",
        CsvMessage: "All audience questions on “{0}” as CSV.",
        LiveSince: "Live since {0} ({1})",
        StartsAt: "Starts {0} ({1})",
        EndedAt: "Ended {0} ({1})",
        Thread: "Live thread",
        NothingOpen: "No discussion is running right now to catch up on.");

    public static RecapTexts For(BotLanguage language) => language == BotLanguage.English ? English : German;
}
