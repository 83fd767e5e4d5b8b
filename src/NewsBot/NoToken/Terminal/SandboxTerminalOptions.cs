using NewsBot.Texts;

namespace NewsBot.NoToken.Terminal;

/// <summary>How the sandbox terminal looks: colours, language, width.</summary>
internal sealed record SandboxTerminalOptions
{
    /// <summary>ANSI colours and line clearing; only for a real terminal.</summary>
    public bool Ansi { get; init; }

    /// <summary>Writes each read line after the prompt, for input that is not typed (a pipe, a test).</summary>
    public bool EchoInput { get; init; }

    /// <summary>The starting language; null takes it from <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.</summary>
    public BotLanguage? Language { get; init; }

    /// <summary>Lines are wrapped to this many characters.</summary>
    public int Width { get; init; } = 100;

    /// <summary>The no-token run's demo stream, announced in the banner; null: none.</summary>
    public DemoStreamNotice? DemoStream { get; init; }

    /// <summary>How long the hosted service waits for the bot's gateway session before showing the prompt anyway.</summary>
    public TimeSpan BotWait { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>What the banner says about the demo stream: which discussion, when it starts, when the reminder comes.</summary>
internal sealed record DemoStreamNotice(string Headline, DateTimeOffset StartsAt, TimeSpan FirstReminder);
