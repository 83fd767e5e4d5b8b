namespace NewsBot.Texts;

/// <summary>The bot's own user-facing strings in one language; document text never passes through here.</summary>
internal abstract class BotTexts
{
    public static readonly BotTexts English = new EnglishTexts();
    public static readonly BotTexts German = new GermanTexts();

    public static BotTexts For(BotLanguage language) => language == BotLanguage.German ? German : English;

    /// <summary>Texts for a Discord locale; English when the locale is unknown or not German.</summary>
    public static BotTexts ForLocale(string? locale) => For(BotLocales.FromLocale(locale) ?? BotLanguage.English);

    public abstract BotLanguage Language { get; }

    // general
    public abstract string Apology { get; }
    public abstract string UnknownCommand { get; }
    public abstract string GuildOnly { get; }
    public abstract string NoDiscussions { get; }
    public abstract string UnknownDiscussion(string given);
    public abstract string InvalidChoice(string option, string given, string allowed);

    // discussion commands
    public abstract string StreamLabel { get; }
    public abstract string ShowLabel { get; }
    public abstract string StartLabel { get; }
    public abstract string EndLabel { get; }
    public abstract string WatchLabel { get; }
    public abstract string NotScheduled { get; }
    public abstract string NoSummary { get; }
    public abstract string HostLabel { get; }
    public abstract string NoPanel { get; }
    public abstract string QuestionsTitle { get; }
    public abstract string NoQuestions { get; }
    public abstract string ScheduleTitle { get; }
    public abstract string NothingScheduled { get; }

    // a time the document announces, for a discussion that is not in the schedule
    public abstract string AnnouncedFor(string when);
    public abstract string Day(DateOnly day);
    public abstract string NoTimeGiven { get; }
    public abstract string Clock(string times, string zone);

    // help
    public abstract string HelpTitle { get; }
    public abstract string HelpIntro { get; }

    // config
    public abstract string NotAllowed { get; }
    public abstract string SettingsTitle { get; }
    public abstract string ChannelLabel { get; }
    public abstract string RoleLabel { get; }
    public abstract string RemindersLabel { get; }
    public abstract string LanguageLabel { get; }
    public abstract string EventsLabel { get; }
    public abstract string ProblemsLabel { get; }
    public abstract string NotSet { get; }
    public abstract string NoAnnouncements { get; }
    public abstract string NobodyPinged { get; }
    public abstract string NoProblems { get; }
    public abstract string On { get; }
    public abstract string Off { get; }
    public abstract string LanguageName(BotLanguage language);
    public abstract string Minutes(string list);
    public abstract string ChannelSaved(string channel);
    public abstract string ChannelNotVisible { get; }
    public abstract string MissingPermissions(string permissions);
    public abstract string RoleSaved(string role);
    public abstract string RoleCleared { get; }
    public abstract string RoleUnknown { get; }
    public abstract string RoleNotMentionable { get; }
    public abstract string RemindersSaved(string list);
    public abstract string RemindersInvalid(ReminderStepsError error, string? token);
    public abstract string LanguageSaved(BotLanguage language);
    public abstract string EventsSaved(bool enabled);
    public abstract string MissingManageEvents { get; }
    public abstract string PreviewNotScheduled { get; }
    public abstract string PreviewAnnounced { get; }
    public abstract string PreviewNoChannel { get; }
}
