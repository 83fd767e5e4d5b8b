namespace NewsBot.Texts;

internal sealed class EnglishTexts : BotTexts
{
    public override BotLanguage Language => BotLanguage.English;

    public override string Apology => "Sorry, something went wrong on my side. Please try again in a moment.";
    public override string UnknownCommand => "I don't know this command (any more). Please try /help.";
    public override string GuildOnly => "This command only works in a server.";
    public override string NoDiscussions => "No discussions are loaded right now.";
    public override string UnknownDiscussion(string given) => $"I don't know a discussion \"{given}\". Pick one from the suggestions.";
    public override string InvalidChoice(string option, string given, string allowed) =>
        $"\"{given}\" is not a valid {option}. Use one of: {allowed}.";

    public override string StreamLabel => "Stream";
    public override string ShowLabel => "Show";
    public override string StartLabel => "Start";
    public override string EndLabel => "End";
    public override string WatchLabel => "Watch";
    public override string NotScheduled => "Not scheduled yet.";
    public override string NoSummary => "There is no summary for this discussion yet.";
    public override string HostLabel => "Host";
    public override string NoPanel => "The announcement does not name the panel yet.";
    public override string QuestionsTitle => "Guiding questions";
    public override string NoQuestions => "The announcement names no guiding questions.";
    public override string ScheduleTitle => "Upcoming streams";
    public override string NothingScheduled => "No streams are scheduled right now.";

    public override string AnnouncedFor(string when) => $"Announced for {when} – not in the schedule yet.";
    public override string Day(DateOnly day) =>
        $"{Weekdays[(int)day.DayOfWeek]}, {day.Day} {Months[day.Month - 1]} {day.Year}";
    public override string NoTimeGiven => "no time given";
    public override string Clock(string times, string zone) => $"{times} ({zone}), no date given";

    public override string HelpTitle => "What I can do";
    public override string HelpIntro => "Times are shown in your own time zone. Leave out the discussion to get the next one.";

    public override string NotAllowed => "Only members with the Manage Server permission can change my settings.";
    public override string SettingsTitle => "Settings";
    public override string ChannelLabel => "Announcement channel";
    public override string RoleLabel => "Role to ping";
    public override string RemindersLabel => "Reminders";
    public override string LanguageLabel => "Language";
    public override string EventsLabel => "Scheduled events";
    public override string ProblemsLabel => "Problems";
    public override string NotSet => "not set";
    public override string NoAnnouncements => "not set – no announcements are posted";
    public override string NobodyPinged => "none – nobody is pinged";
    public override string NoProblems => "No known problems.";
    public override string On => "on";
    public override string Off => "off";
    public override string LanguageName(BotLanguage language) => language == BotLanguage.German ? "German" : "English";
    public override string Minutes(string list) => $"{list} minutes before the start (0 = at the start)";
    public override string ChannelSaved(string channel) => $"Announcements will go to {channel}.";
    public override string ChannelNotVisible => "Warning: I can't see this channel. Announcements will fail until I can.";
    public override string MissingPermissions(string permissions) =>
        $"Warning: I am missing these permissions there: {permissions}. Announcements will fail until they are granted.";
    public override string RoleSaved(string role) => $"Announcements will ping {role}.";
    public override string RoleCleared => "Announcements will ping nobody.";
    public override string RoleUnknown => "Warning: I can't find this role.";
    public override string RoleNotMentionable =>
        "Warning: this role is not mentionable and I lack the Mention Everyone permission, so the ping will do nothing. " +
        "Make the role mentionable or grant me that permission.";
    public override string RemindersSaved(string list) => $"Reminders: {list} minutes before the start (0 = at the start).";
    public override string RemindersInvalid(ReminderStepsError error, string? token) => error switch
    {
        ReminderStepsError.Empty => "Give up to 5 reminder steps in minutes, e.g. \"60, 15, 0\".",
        ReminderStepsError.NotANumber => $"\"{token}\" is not a whole number of minutes. Example: \"60, 15, 0\".",
        ReminderStepsError.OutOfRange => $"\"{token}\" is out of range: each step must be between 0 and 10080 minutes (7 days).",
        ReminderStepsError.TooMany => "At most 5 reminder steps are allowed.",
        ReminderStepsError.Duplicate => $"\"{token}\" is given twice. Each step may appear only once.",
        _ => "These reminder steps are not valid.",
    };
    public override string LanguageSaved(BotLanguage language) => $"Public replies and announcements are now in {LanguageName(language)}.";
    public override string EventsSaved(bool enabled) =>
        enabled ? "Streams will be mirrored as scheduled events." : "Streams will no longer be mirrored as scheduled events.";
    public override string MissingManageEvents =>
        "Warning: I lack the Manage Events (or Create Events) permission, so I can't create the events until it is granted.";
    public override string PreviewNotScheduled => "This discussion is not scheduled; the preview uses a sample start time.";
    public override string PreviewAnnounced => "This discussion is not scheduled; the preview uses the time its text announces.";
    public override string PreviewNoChannel => "No announcement channel is set yet, so nothing would be posted. Use /config channel.";

    private static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
}
