using NewsBot.Texts;

namespace NewsBot.NoToken.Terminal;

/// <summary>The sandbox terminal's own words in English and German (the bot's replies bring their own language).</summary>
internal abstract class TerminalTexts
{
    public static TerminalTexts For(BotLanguage language) => language == BotLanguage.German ? GermanTerminalTexts.Instance : EnglishTerminalTexts.Instance;

    /// <summary>The Discord locale sent with interactions in this language.</summary>
    public abstract string Locale { get; }

    public abstract string BannerTitle { get; }
    public abstract string BannerExplanation(string guild);
    public abstract string ActingAs(string member, string channel);
    public abstract string BannerExamples { get; }
    public abstract string BannerSwitch { get; }
    public abstract string BotNotConnectedYet { get; }
    public abstract string BannerHelp { get; }

    /// <param name="headline">The demo discussion's headline.</param>
    /// <param name="startTime">The start, already in the reader's time zone.</param>
    /// <param name="reminderMinutes">How many minutes before the start the reminder comes.</param>
    public abstract string DemoStream(string headline, string startTime, int reminderMinutes);

    public abstract string Help { get; }

    public abstract string OnlyYou { get; }
    public abstract string NotConnected { get; }
    public abstract string NoAnswer { get; }
    public abstract string StillThinking { get; }
    public abstract string Failed(int status, string? error);
    public abstract string ModalOpened(string title);
    public abstract string NoReply { get; }
    public abstract string Suggestions { get; }
    public abstract string NoSuggestions { get; }
    public abstract string Followup { get; }

    public abstract string NowActingAs(string member);
    public abstract string NowLanguage { get; }
    public abstract string NowChannel(string channel);
    public abstract string NoMessages(string channel);
    public abstract string NoCommands { get; }
    public abstract string NoButton(string label, string channel);
    public abstract string NoEvents { get; }
    public abstract string InputClosed { get; }
    public abstract string Goodbye { get; }
    public abstract string Unexpected { get; }

    public abstract string Describe(InputError error);
}
