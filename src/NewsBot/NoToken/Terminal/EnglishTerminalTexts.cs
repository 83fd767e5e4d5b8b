namespace NewsBot.NoToken.Terminal;

internal sealed class EnglishTerminalTexts : TerminalTexts
{
    public static readonly EnglishTerminalTexts Instance = new();

    public override string Locale => "en-US";

    public override string BannerTitle => "NewsBot sandbox — no Discord token is set, so the bot runs against a built-in local Discord.";
    public override string BannerExplanation(string guild) =>
        $"Type slash commands as a member of the server \"{guild}\" would; the bot's replies and the announcements it posts appear here.";
    public override string ActingAs(string member, string channel) => $"You are {member} in #{channel}.";
    public override string BannerExamples => "Try:  /help   /summary length:short   /panel   /schedule   /panel discussion:nord ?  (suggestions)";
    public override string BannerSwitch => "As a moderator:  :as moderator  then e.g.  /config show   /config channel channel:#announcements";
    public override string BotNotConnectedYet => "The bot has not connected yet; commands get an answer once it has.";
    public override string BannerHelp => ":help lists everything, :commands the bot's commands, :lang de switches to German, :quit stops the bot.";

    public override string DemoStream(string headline, string startTime, int reminderMinutes) =>
        $"Demo: “{headline}” starts at {startTime} (this run only). {reminderMinutes} minutes before, a reminder appears in " +
        "#announcements, at the start “live now”; meanwhile try /schedule and /stream.";

    public override string Help => """
        Slash commands:   /name [subcommand] option:value option:"value with spaces"
                          #channel and @role/@member are looked up by name; a last word "?" asks for suggestions
                          e.g. /summary length:short   /config reminders steps:"60, 15, 0"
        :as moderator|viewer|owner    act as another member (Manage Server needs the moderator)
        :lang en|de                   your language (this terminal and your Discord locale)
        :channel general|announcements|moderators|read-only   the channel you type in
        :messages [channel] [count]   the latest messages of a channel
        :commands                     the commands the bot registered, with their options
        :events                       the server's scheduled events (the mirrored streams)
        :press label                  press the button with this label on the latest message that has it
        :help                         this text
        :quit                         stop the bot (end of input only stops reading)
        """;

    public override string OnlyYou => "only you can see this";
    public override string NotConnected => "The bot is not connected (yet); try again in a moment.";
    public override string NoAnswer => "The bot did not answer within Discord's 3 seconds.";
    public override string StillThinking => "The bot is still thinking (no reply after the deferral).";
    public override string Failed(int status, string? error) => $"The sandbox could not deliver the command ({status}: {error ?? "no details"}).";
    public override string ModalOpened(string title) => $"The bot opened a form \"{title}\"; forms are not supported in this terminal.";
    public override string NoReply => "The bot acknowledged the command without a reply.";
    public override string Suggestions => "Suggestions (use the value after →):";
    public override string NoSuggestions => "No suggestions.";
    public override string Followup => "follow-up";

    public override string NowActingAs(string member) => $"You are now {member}.";
    public override string NowLanguage => "Language: English.";
    public override string NowChannel(string channel) => $"You now type in #{channel}.";
    public override string NoMessages(string channel) => $"#{channel} has no messages yet.";
    public override string NoCommands => "The bot has not registered any commands yet.";
    public override string NoButton(string label, string channel) => $"No message in #{channel} has a button \"{label}\" to press.";
    public override string NoEvents => "The bot has not created any scheduled events.";
    public override string InputClosed => "Input closed; the bot keeps running (Ctrl+C stops it).";
    public override string Goodbye => "Stopping the bot.";
    public override string Unexpected => "Something went wrong in the terminal; see the log. You can go on typing.";

    public override string Describe(InputError error) => error.Kind switch
    {
        InputErrorKind.UnclosedQuote => $"A quote is not closed: {error.Detail}",
        InputErrorKind.ExpectedNameValue => $"Expected option:value, not \"{error.Detail}\".",
        InputErrorKind.EmptyOptionName => $"An option needs a name before the colon: \"{error.Detail}\".",
        InputErrorKind.DuplicateOption => $"The option \"{error.Detail}\" is given twice.",
        InputErrorKind.MissingCommandName => "Type a command name after the slash, e.g. /help.",
        InputErrorKind.UnknownCommand => $"There is no command /{error.Detail}. Commands: {error.Known}",
        InputErrorKind.UnknownSubcommand => $"Unknown subcommand \"{error.Detail}\". Choose one of: {error.Known}",
        InputErrorKind.MissingSubcommand => $"This command needs a subcommand: {error.Known}",
        InputErrorKind.UnknownOption => $"Unknown option \"{error.Detail}\". Options: {Or(error.Known)}",
        InputErrorKind.MissingOption => $"The option \"{error.Detail}\" is required.",
        InputErrorKind.UnknownChannel => $"There is no channel #{error.Detail}. Channels: {error.Known}",
        InputErrorKind.UnknownRole => $"There is no role @{error.Detail}. Roles: {error.Known}",
        InputErrorKind.UnknownMember => $"There is no member @{error.Detail}. Members: {error.Known}",
        InputErrorKind.NotANumber => $"\"{error.Detail}\" is not a number.",
        InputErrorKind.NotABoolean => $"\"{error.Detail}\" is not true or false.",
        InputErrorKind.NothingToSuggest => $"No suggestions for \"{error.Detail}\"; only these options suggest: {Or(error.Known)}",
        InputErrorKind.UnknownMeta => $"Unknown command :{error.Detail}. Type :help.",
        InputErrorKind.MetaArgument => $"Use {error.Known}.",
        _ => error.Kind.ToString(),
    };

    private static string Or(string known) => known.Length == 0 ? "none" : known;
}
