namespace NewsBot.NoToken.Terminal;

/// <summary>Why the terminal stopped reading.</summary>
internal enum TerminalExit
{
    /// <summary>The input ended (Ctrl+D, a closed pipe): the bot keeps running.</summary>
    EndOfInput,

    /// <summary><c>:quit</c>, <c>quit</c> or <c>exit</c>: the person wants the bot stopped.</summary>
    Quit,

    /// <summary>The application is stopping.</summary>
    Cancelled,
}
